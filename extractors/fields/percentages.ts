import type { Percentage } from '../../schema/index.js';
import { evidenceAt } from '../czech/field-spans.js';
import { fastMatchAll } from '../czech/fast-match.js';
import { defineExtractor, type ExtractContext } from '../types.js';

/**
 * Percentages: stated shares as numbers — "5 %", "(85 %)", "5%", "12,5 %", "5 procent", and both ends of a
 * range "10–15 %". Each distinct value once, with its first occurrence as evidence.
 */

const PCT_NUMBER = String.raw`\d{1,3}(?:[,.]\d{1,2})?`;
/** the percent sign or the word (not "procentní body", which are points, nor "procentní" as an adjective) */
const PCT_UNIT = String.raw`(?:%|procent(?:a|o|y|ech|ům)?(?![\p{L}]))`;

/** "5 %", "5%", "5 procent" */
export const PERCENT = new RegExp(String.raw`(?<![\p{L}\p{N}.,/])(?<value>${PCT_NUMBER})\s?${PCT_UNIT}`, 'gu');
/** "10–15 %", "10 až 15 %": the first end of a range whose unit follows the second */
export const PERCENT_RANGE_START = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/])(?<value>${PCT_NUMBER})\s*(?:[–-]|až)\s*${PCT_NUMBER}\s?${PCT_UNIT}`,
  'gu',
);

export const percentagesExtractor = defineExtractor({
  id: 'percentages',
  field: 'percentages',
  extract(ctx: ExtractContext): Percentage[] {
    const { text } = ctx;
    const found: Percentage[] = [];
    for (const re of [PERCENT, PERCENT_RANGE_START]) {
      for (const m of fastMatchAll(text, re)) {
        const value = Number(m.groups!.value.replace(',', '.'));
        if (!Number.isFinite(value) || value > 1000) continue;
        const start = m.index!;
        const end = re === PERCENT ? start + m[0].length : start + m.groups!.value.length;
        found.push({ value, evidence: evidenceAt(text, start, end), extractor: 'percentages' });
      }
    }
    found.sort((a, b) => a.evidence.start - b.evidence.start);
    const seen = new Set<number>();
    return found.filter((p) => (seen.has(p.value) ? false : (seen.add(p.value), true)));
  },
});
