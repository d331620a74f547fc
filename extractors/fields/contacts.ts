import type { Contact } from '../../schema/index.js';
import { BARE_DOMAIN, EMAIL, NOT_PHONE_LABEL, PHONE, PHONE_LABEL, WEB, WEB_TRAILING } from '../czech/contact-words.js';
import { evidenceAt, lineAround } from '../czech/field-spans.js';
import { defineExtractor, type ExtractContext } from '../types.js';
import { fastMatchAll } from '../czech/fast-match.js';
import { matchAllAt } from '../czech/candidate-match.js';

/** a top-level domain with its dot: every BARE_DOMAIN holds one */
const TOP_LEVEL_DOMAIN = /\.(?:cz|sk|eu|com|org|net|info)/gi;

/** a letter, digit, dot or hyphen of a domain name (either case, as BARE_DOMAIN reads them) */
function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/**
 * Where a BARE_DOMAIN can start (see candidate-match.ts): the start of the run of domain characters before
 * each top-level domain — its lookbehind admits no position inside such a run.
 */
function domainStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(TOP_LEVEL_DOMAIN)) {
    let r = m.index;
    while (r > 0 && isDomainChar(text.charCodeAt(r - 1))) r--;
    if (starts.at(-1) !== r) starts.push(r);
  }
  return starts;
}

/**
 * Contacts `{type, value}`:
 *   email   – as written ("lukesova@sossumavsko.cz")
 *   web     – without scheme and trailing "/" or punctuation ("www.strakonice.eu/kpss")
 *   phone   – Czech numbers as nine digits, without +420 ("730870046")
 * Each distinct value once. Postal addresses are the addresses extractor's.
 */
export const contactsExtractor = defineExtractor({
  id: 'contacts',
  field: 'contacts',
  extract(ctx: ExtractContext): Contact[] {
    const { text } = ctx;
    const out: Contact[] = [];
    const spans: Array<[number, number]> = [];
    const inside = (s: number, e: number) => spans.some(([a, b]) => s < b && e > a);
    const push = (type: Contact['type'], value: string, start: number, end: number) => {
      spans.push([start, end]);
      out.push({ type, value, evidence: evidenceAt(text, start, end), extractor: 'contacts' });
    };

    // every e-mail address holds an "@": a text without one (most) need not be scanned
    for (const m of text.includes('@') ? text.matchAll(EMAIL) : []) {
      const raw = m[0].replace(/[.-]+$/, '');
      push('email', raw, m.index!, m.index! + raw.length);
    }
    for (const m of [...fastMatchAll(text, WEB), ...matchAllAt(text, BARE_DOMAIN, domainStarts(text))]) {
      const raw = m[0].replace(WEB_TRAILING, '');
      if (inside(m.index!, m.index! + raw.length)) continue;
      const value = raw.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
      if (!/\.\p{L}{2,}/u.test(value)) continue;
      push('web', value, m.index!, m.index! + raw.length);
    }
    for (const m of fastMatchAll(text, PHONE)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (inside(start, end)) continue;
      const digits = m.groups!.num.replace(/\D/g, '');
      const line = lineAround(text, start);
      const before = text.slice(Math.max(line.start, start - 30), start);
      if (NOT_PHONE_LABEL.test(before)) continue;
      // nine digits run together are a phone number only with +420 or a phone label before them
      if (!m.groups!.prefix && /^\d{9}$/.test(m.groups!.num) && !PHONE_LABEL.test(before)) continue;
      push('phone', digits, start, end);
    }
    out.sort((a, b) => a.evidence.start - b.evidence.start);
    const seen = new Set<string>();
    return out.filter((c) => {
      const key = `${c.type}|${c.value.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
});
