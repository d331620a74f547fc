import type { Identifier } from '../../schema/index.js';
import {
  EU_ACT, ICO, LAW_NUMBER, REGISTRATION_NUMBER, RESOLUTION_CUE, RESOLUTION_VALUE, STANDALONE_RESOLUTION, validIco,
} from '../czech/identifier-words.js';
import { evidenceAt } from '../czech/field-spans.js';
import { fastMatchAll } from '../czech/fast-match.js';
import { defineExtractor, type ExtractContext } from '../types.js';

/**
 * Identifiers `{type, value}`:
 *   registration – project registration numbers ("CZ.03.2.63/0.0/0.0/16_063/0006583")
 *   resolution   – resolution numbers ("usnesení č. 0211/Z09/15", "usn. č. 63/2018", "Usnesení KS/3/2018:",
 *                  "UR/88/12/2019")
 *   law          – laws and decrees as "108/2006 Sb.", EU acts as "1303/2013" or "2014/24/EU"
 *   ico          – IČO whose mod-11 check digit is right
 * Each distinct value once.
 */

/**
 * "usnesení č. X", "usn. č. X", "Usnesením Zastupitelstva Středočeského kraje č. X" (up to eight words between),
 * "Usnesení: X", and a number right after the bare word ("Usnesení KS/3/2018:", "usnesením RM/123/4/2019"):
 * the `bare` group marks that reading, whose value must not be a date or a period (see `bareResolution`). After
 * a few words without "č." (`named`: "usnesení Koordinační skupiny KS/3/2018") only a number with a letter
 * prefix (LETTERED_RESOLUTION) is taken.
 */
export const RESOLUTION_WITH_CUE = new RegExp(
  String.raw`(?<![\p{L}])${RESOLUTION_CUE}(?:(?:\s+[\p{L}][\p{L}.]*){0,8}?\s*(?:č\.|čís\.|číslo|no\.)\s*:?|\s*:|(?<bare>[ \t\u00a0]+)|(?<named>(?:\s+[\p{L}][\p{L}.]*){1,4}?[ \t\u00a0]+))\s*(?<value>${RESOLUTION_VALUE})(?![\p{L}\p{N}/])`,
  'dgiu',
);
/** "12/3/2019": a date written with slashes (a valid day and month, a four-digit year) */
const SLASH_DATE = /^(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}$/;
/** "2014/2015", "2019/20", "3/2019" read as a month: a period of years or a month of a year */
const SLASH_PERIOD = /^(?:(?:19|20)\d{2}\/(?:19|20)?\d{2}|(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2})$/;
/** a resolution number opened by the letters of its body: "KS/3/2018", "RM/123/4/2019", "ŘS/2/2020" */
const LETTERED_RESOLUTION = /^\p{Lu}{1,4}[/ \u00a0]\d{1,4}(?:\/\d{1,4}){0,2}$/u;
/** an EU act ("2014/24/EU") after the word is a law, not a resolution */
const EU_SUFFIX = /\/(?:EU|ES|EHS)$/u;

/** A number right after the bare word "usnesení" (no "č."): a resolution unless it reads as a date or a period. */
function bareResolution(value: string): boolean {
  return !SLASH_DATE.test(value) && !SLASH_PERIOD.test(value) && !EU_SUFFIX.test(value);
}
/** further numbers after a resolution number: "usn. č. 63/2018 a 64/2018", "č. 12/2019, č. 13/2019" */
export const MORE_RESOLUTIONS = new RegExp(String.raw`^(?:\s*(?:,|a|i)\s*(?:č\.\s*)?(?<value>${RESOLUTION_VALUE}))`, 'du');
/** a vote count ("6/0/0") is no resolution number */
const VOTE = /^\d{1,2}\/\d{1,2}\/\d{1,2}$/;

export const identifiersExtractor = defineExtractor({
  id: 'identifiers',
  field: 'identifiers',
  extract(ctx: ExtractContext): Identifier[] {
    const { text } = ctx;
    const out: Identifier[] = [];
    const push = (type: Identifier['type'], value: string, start: number, end: number) => {
      out.push({ type, value, evidence: evidenceAt(text, start, end), extractor: 'identifiers' });
    };

    for (const m of text.matchAll(REGISTRATION_NUMBER)) push('registration', m[0], m.index!, m.index! + m[0].length);
    for (const m of fastMatchAll(text, LAW_NUMBER)) push('law', `${m[1]}/${m[2]} Sb.`, m.index!, m.index! + m[0].length);
    for (const m of fastMatchAll(text, EU_ACT)) {
      const value = m[1] ?? m[2];
      const at = m.index! + m[0].lastIndexOf(value);
      push('law', value, at, at + value.length);
    }
    const resolution = (raw: string, at: number) => {
      // the body's letters keep their space, a plain one: "ZK 312/09/23"
      const value = raw.replace(/-+$/, '').replace(/\u00a0/gu, ' ');
      if (!/\d/.test(value) || VOTE.test(value)) return;
      // a law cited after the word ("usnesení … zákona č. 108/2006 Sb.") is a law, not a resolution
      if (/^\s*Sb\./u.test(text.slice(at + value.length, at + value.length + 5))) return;
      push('resolution', value, at, at + value.length);
    };
    for (const m of text.matchAll(RESOLUTION_WITH_CUE)) {
      if (m.groups!.bare !== undefined && !bareResolution(m.groups!.value)) continue;
      if (m.groups!.named !== undefined && !LETTERED_RESOLUTION.test(m.groups!.value)) continue;
      let at = m.indices!.groups!.value[0];
      resolution(m.groups!.value, at);
      let end = at + m.groups!.value.length;
      for (let more = MORE_RESOLUTIONS.exec(text.slice(end)); more; more = MORE_RESOLUTIONS.exec(text.slice(end))) {
        at = end + more.indices!.groups!.value[0];
        resolution(more.groups!.value, at);
        end = end + more[0].length;
      }
    }
    for (const m of fastMatchAll(text, STANDALONE_RESOLUTION)) push('resolution', m[0], m.index!, m.index! + m[0].length);
    for (const m of text.matchAll(ICO)) {
      const digits = m[1].replace(/\s/g, '');
      if (!validIco(digits)) continue;
      const at = m.index! + m[0].lastIndexOf(m[1]);
      push('ico', digits, at, at + m[1].length);
    }

    out.sort((a, b) => a.evidence.start - b.evidence.start);
    const seen = new Set<string>();
    return out.filter((x) => {
      const key = x.value.replace(/\s+/g, '').toUpperCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
});
