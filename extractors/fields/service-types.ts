import type { ServiceType } from '../../schema/index.js';
import { SERVICE_TYPES } from '../czech/service-words.js';
import { evidenceAt } from '../czech/field-spans.js';
import { defineExtractor, type ExtractContext } from '../types.js';
import { fastMatchAll } from '../czech/fast-match.js';

/** Each type's required literal (see ServiceTypeDef.required), case-insensitive as its pattern. */
const REQUIRED = new Map(SERVICE_TYPES.map((t) => [
  t,
  t.required ? new RegExp(t.required.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu') : undefined,
]));

/** Each abbreviation's pattern, compiled once. */
const ABBREVIATION_PATTERNS = new Map(SERVICE_TYPES.map((t) => [t, t.abbreviations.map((abbr) => [abbr, new RegExp(`(?<![\\p{L}\\p{N}])${abbr}(?![\\p{L}\\p{N}])`, 'gu')] as const)]));

/**
 * Service types (not scored): the types of social services of zákon 108/2006 Sb. that the text names, in any
 * case ("azylového domu", "Nízkoprahových zařízení pro děti a mládež") or by an unambiguous abbreviation
 * ("NZDM", "DOZP"). `id` is the paragraph of the law ("62"), `name` the type's name as the law heads it.
 * A name inside a longer one ("krizová pomoc" in "telefonická krizová pomoc") counts only as the longer.
 * Each type once, at its first mention.
 */
export const serviceTypesExtractor = defineExtractor({
  id: 'service-types',
  field: 'serviceTypes',
  extract(ctx: ExtractContext): ServiceType[] {
    const { text } = ctx;
    const hits: ServiceType[] = [];
    for (const t of SERVICE_TYPES) {
      // a text without the type's required stem (a quick literal search) holds no match of its pattern
      if (REQUIRED.get(t)?.test(text) !== false) {
        for (const m of fastMatchAll(text, t.pattern)) {
          hits.push({ id: t.id, name: t.name, evidence: evidenceAt(text, m.index!, m.index! + m[0].length), extractor: 'service-types' });
        }
      }
      for (const [abbr, re] of ABBREVIATION_PATTERNS.get(t)!) {
        // the abbreviation is matched as written, so a text without it as a substring holds no match
        if (!text.includes(abbr)) continue;
        for (const m of fastMatchAll(text, re)) {
          hits.push({ id: t.id, name: t.name, evidence: evidenceAt(text, m.index!, m.index! + m[0].length), extractor: 'service-types' });
        }
      }
    }
    // drop a hit that lies inside a longer hit of another type
    const kept = hits.filter((h) => !hits.some((o) => o !== h && o.id !== h.id
      && o.evidence.start <= h.evidence.start && o.evidence.end >= h.evidence.end
      && o.evidence.end - o.evidence.start > h.evidence.end - h.evidence.start));
    kept.sort((a, b) => a.evidence.start - b.evidence.start);
    const seen = new Set<string>();
    return kept.filter((h) => (seen.has(h.id) ? false : (seen.add(h.id), true)));
  },
});
