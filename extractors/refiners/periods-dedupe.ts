import type { Period } from '../../schema/index.js';
import type { Refiner } from '../types.js';

/**
 * Each distinct pair once. The first occurrence stays as the item; every occurrence (with the subject
 * and role it was read with) is kept in `mentions`, so that the checks can compare the periods one plan
 * or project is given. A pair without a subject takes the first subject another occurrence names.
 */
export const periodsDedupe: Refiner = {
  id: 'periods-dedupe',
  refine(fields) {
    const byPair = new Map<string, Period>();
    for (const p of fields.periods) {
      const key = `${p.from}/${p.to}`;
      const mention = { ...(p.subject ? { subject: p.subject } : {}), ...(p.role ? { role: p.role } : {}), evidence: p.evidence };
      const kept = byPair.get(key);
      if (!kept) {
        byPair.set(key, { ...p, mentions: [mention] });
        continue;
      }
      kept.mentions = [...(kept.mentions ?? []), mention];
      if (!kept.subject && p.subject) kept.subject = p.subject;
      if (!kept.role && p.role) kept.role = p.role;
    }
    return { ...fields, periods: [...byPair.values()] };
  },
};
