/**
 * `text.matchAll(ADDRESS)` (contact-words.ts) with the same matches, faster. The pattern opens with an optional
 * street, so V8 has no first characters to look for and tries the street at every position of the text. Every
 * match has a PSČ, though, and starts either at its PSČ or at a street that ends, with a comma and white space,
 * right before it: here the PSČ-shaped runs of digits are found first and the pattern, sticky, is tried only at
 * them and at the capitals just before them that can open such a street, in text order.
 */

import { stickyOf } from './fast-match.js';

/** three digits 1–7…, an optional space, two digits: where every match has its PSČ (found overlapping) */
const PSC_SHAPE = /[1-7]\d{2} ?\d{2}/g;
/** characters of a street and its house number ("Archiváře Teplého 102/3a,"), white space apart */
const STREET_CHAR = /^[\p{L}\p{N}./,]$/u;
const SPACE = /^\s$/u;
const CAPITAL = /^\p{Lu}$/u;
const LETTER = /^\p{L}$/u;
/** spaces inside a street: at most three between its words and one before the house number */
const MAX_STREET_SPACES = 4;

/** The code point that ends at `end`, as a string (a surrogate pair whole). */
function charBefore(text: string, end: number): string {
  const lo = text.charCodeAt(end - 1);
  const hi = end >= 2 ? text.charCodeAt(end - 2) : 0;
  const pair = lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
  return text.slice(end - (pair ? 2 : 1), end);
}

/** The code point that starts at `at`, as a string. */
function charAt(text: string, at: number): string {
  const cp = text.codePointAt(at)!;
  return text.slice(at, at + (cp > 0xffff ? 2 : 1));
}

/** The earliest offset a street ending before the PSČ at `psc` can start at. */
function streetFrom(text: string, psc: number): number {
  let s = psc;
  while (s > 0 && SPACE.test(text[s - 1])) s--;
  let spaces = 0;
  while (s > 0) {
    const ch = charBefore(text, s);
    if (ch === ' ') {
      if (++spaces > MAX_STREET_SPACES) break;
    } else if (!STREET_CHAR.test(ch)) break;
    s -= ch.length;
  }
  return s;
}

/** The matches of the global `re` (ADDRESS) in `text`, as `text.matchAll(re)` gives them. */
export function* addressMatchAll(text: string, re: RegExp): IterableIterator<RegExpExecArray> {
  const exact = stickyOf(re);
  const psc = new RegExp(PSC_SHAPE.source, 'g');
  const starts: number[] = [];
  for (let m = psc.exec(text); m; m = psc.exec(text)) {
    const q = m.index;
    psc.lastIndex = q + 1;
    // a street opens with a capital that no letter precedes
    for (let p = streetFrom(text, q); p < q; p += charAt(text, p).length) {
      if (CAPITAL.test(charAt(text, p)) && (p === 0 || !LETTER.test(charBefore(text, p)))) starts.push(p);
    }
    starts.push(q);
  }
  starts.sort((a, b) => a - b);
  let pos = re.lastIndex; // where matchAll would search on from (the pattern's lastIndex), then past each match
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k];
    if (p < pos || (k > 0 && p === starts[k - 1])) continue;
    exact.lastIndex = p;
    const m = exact.exec(text);
    if (m) {
      yield m;
      pos = p + Math.max(1, m[0].length);
    }
  }
}
