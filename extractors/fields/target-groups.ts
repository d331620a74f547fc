import type { TargetGroup } from '../../schema/index.js';
import { TARGET_GROUPS } from '../czech/target-group-words.js';
import { evidenceAt } from '../czech/field-spans.js';
import { fastMatchAll } from '../czech/fast-match.js';
import { defineExtractor, type ExtractContext } from '../types.js';

/**
 * Target groups (not scored): the groups of people that services are for ("senioři", "osoby se zdravotním
 * postižením", "rodiny s dětmi" …), named in any case. `name` is the group's nominative plural. Each group once,
 * at its first mention.
 */
export const targetGroupsExtractor = defineExtractor({
  id: 'target-groups',
  field: 'targetGroups',
  extract(ctx: ExtractContext): TargetGroup[] {
    const { text } = ctx;
    const out: TargetGroup[] = [];
    for (const [name, re] of TARGET_GROUPS) {
      re.lastIndex = 0;
      // the first match from the start, as re.exec(text) gives it (fastMatchAll: the patterns open with a lookbehind)
      const m = fastMatchAll(text, re).next().value;
      if (m) out.push({ name, evidence: evidenceAt(text, m.index, m.index + m[0].length), extractor: 'target-groups' });
    }
    return out.sort((a, b) => a.evidence.start - b.evidence.start);
  },
});
