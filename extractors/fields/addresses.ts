import type { Address } from '../../schema/index.js';
import { ADDRESS } from '../czech/contact-words.js';
import { addressMatchAll } from '../czech/address-match.js';
import { evidenceAt, lineAround, squeeze } from '../czech/field-spans.js';
import { defineExtractor, type ExtractContext } from '../types.js';

/** A PSČ without a street counts after a label, a comma or at the start of a line. */
const BARE_PSC_CONTEXT = /(?:PSČ|adresa|sídlo|sídlem|,)\s*:?\s*$|^\s*$/iu;

/**
 * Postal addresses with PSČ ("Archiváře Teplého 102, 387 06 Malenice"), white space squeezed, each distinct
 * value once. Runs after contacts and leaves their spans alone (a phone number is not a PSČ).
 */
export const addressesExtractor = defineExtractor({
  id: 'addresses',
  field: 'addresses',
  extract(ctx: ExtractContext): Address[] {
    const { text } = ctx;
    const taken = ctx.found.contacts.map((c) => [c.evidence.start, c.evidence.end] as const);
    const out: Address[] = [];
    const seen = new Set<string>();
    for (const m of addressMatchAll(text, ADDRESS)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const before = text.slice(lineAround(text, start).start, start);
      if (!m.groups!.street && !BARE_PSC_CONTEXT.test(before)) continue;
      const value = squeeze(m[0]);
      if (seen.has(value)) continue;
      seen.add(value);
      out.push({ value, psc: m.groups!.psc.replace(/\D/g, ''), evidence: evidenceAt(text, start, end), extractor: 'addresses' });
    }
    return out;
  },
});
