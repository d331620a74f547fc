import type { Contact } from '../../schema/index.js';
import { BARE_DOMAIN, EMAIL, NOT_PHONE_LABEL, PHONE, PHONE_LABEL, WEB, WEB_TRAILING } from '../czech/contact-words.js';
import { evidenceAt, lineAround } from '../czech/field-spans.js';
import { defineExtractor, type ExtractContext } from '../types.js';
import { fastMatchAll } from '../czech/fast-match.js';
import { candidateMatchAll } from '../czech/candidate-match.js';

/**
 * where a BARE_DOMAIN can start (see candidate-match.ts): the start of a run of letters, digits, dots and
 * hyphens that reaches a top-level domain
 */
const BARE_DOMAIN_CANDIDATE = /(?<![a-z0-9.-])[a-z0-9][a-z0-9.-]*\.(?:cz|sk|eu|com|org|net|info)/gi;

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
    for (const m of [...fastMatchAll(text, WEB), ...candidateMatchAll(text, BARE_DOMAIN, BARE_DOMAIN_CANDIDATE)]) {
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
