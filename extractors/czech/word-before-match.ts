/**
 * `text.matchAll(re)` with the same matches, for a pattern that opens with a whole word and then white space
 * and a literal: `(?<![\p{L}])\p{L}+(?:ým|ím)\s+cíl…` ("Hlavním cílem …"). Such a pattern has no first
 * characters for V8 to look for, so the engine tries the word, letter by letter, at every position of the text.
 * Every match of it starts at the first letter of the word that stands, across white space, before an
 * occurrence of `anchor`; here only those word starts are tried, with the pattern sticky, in text order.
 */

import { stickyOf } from './fast-match.js';

const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;

/** The start of the run of letters that ends at `end`, or `end` when no letter stands there. */
function wordStart(text: string, end: number): number {
  let s = end;
  while (s > 0) {
    // a letter outside the Basic Multilingual Plane is a surrogate pair, one character of the u flag
    const lo = text.charCodeAt(s - 1);
    const hi = s >= 2 ? text.charCodeAt(s - 2) : 0;
    const width = lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? 2 : 1;
    if (!LETTER.test(text.slice(s - width, s))) break;
    s -= width;
  }
  return s;
}

/**
 * The matches of a global `re` in `text`, as `text.matchAll(re)` gives them. The caller vouches that every
 * match of `re` is a word, then white space, then `anchor`: `(?<![\p{L}])\p{L}+…\s+ANCHOR…` with the word
 * closed by the white space (what follows `\p{L}+` before `\s` consists of letters).
 */
export function* wordBeforeMatchAll(text: string, re: RegExp, anchor: string): IterableIterator<RegExpExecArray> {
  // the anchor is looked for as written: a case-insensitive pattern goes the plain way
  if (re.flags.includes('i')) {
    yield* text.matchAll(re) as IterableIterator<RegExpExecArray>;
    return;
  }
  const exact = stickyOf(re);
  // where matchAll would search on from: the pattern's lastIndex, then past the match before (no overlaps)
  let pos = re.lastIndex;
  for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
    let w = at;
    while (w > 0 && SPACE.test(text[w - 1])) w--;
    if (w === at) continue;
    const s = wordStart(text, w);
    if (s === w || s < pos) continue;
    exact.lastIndex = s;
    const m = exact.exec(text);
    if (m) {
      yield m;
      pos = s + Math.max(1, m[0].length);
    }
  }
}
