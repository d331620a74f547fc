/**
 * `text.matchAll(re)` with the same matches, found faster through a cheap candidate pattern.
 *
 * A pattern built of `\p{Lu}`, `\p{Ll}` and `\p{L}` under the `u` flag is slow to scan: V8 tries it at
 * every position of the text and tests each Unicode class as a long list of ranges. A candidate pattern
 * without the `u` flag, made of plain ranges that contain those classes (`UPPER`, `LOWER` and
 * `LETTER_OR_DIGIT` below), is scanned many times faster; the pattern itself is then tried, sticky, only
 * where a candidate starts. The candidate pattern must match at every position where the pattern does (a superset): then
 * no match is skipped, and a rejected candidate moves the search on by one character as the engine
 * itself would, so the matches, their order, groups and indices are those of `text.matchAll(re)`. A
 * candidate pattern may open with a lookbehind of plain characters when the pattern's own lookbehind
 * excludes at least those: V8 checks it at little cost and skips the middle of words.
 *
 * Without the `u` flag a candidate pattern sees the two halves of a surrogate pair as two characters;
 * and under `iu` an "s" also matches "ſ" (U+017F) and a "k" the Kelvin sign (U+212A), which the `i` flag
 * alone does not fold (no other letter of Czech folds differently). A text that has any of these (rare:
 * emoji, mathematical letters, old print) is scanned by `text.matchAll(re)` itself; in any other text a
 * candidate pattern with the `i` flag may spell words as its pattern does.
 */

import { matchAtCandidates, stickyOf } from './fast-match.js';

/**
 * contains every `\p{Lu}` of the Basic Multilingual Plane: A–Z, the capitals of Latin-1 and all above
 * U+00FF but the small letters of Czech (č ď ě ň ř š ť ů ž), so that a candidate seldom starts inside a word
 */
export const UPPER = String.raw`[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u010c\u010e\u0110-\u011a\u011c-\u0147\u0149-\u0158\u015a-\u0160\u0162-\u0164\u0166-\u016e\u0170-\u017d\u017f-\uffff]`;
/** contains every `\p{Ll}` of the Basic Multilingual Plane */
export const LOWER = String.raw`[a-z\u0080-\uffff]`;
/** contains every `\p{L}` and `\p{N}` of the Basic Multilingual Plane */
export const LETTER_OR_DIGIT = String.raw`[A-Za-z0-9\u0080-\uffff]`;

const SURROGATE_OR_ODD_FOLD = /[\ud800-\udfff\u017f\u212a]/;

// a document's text is scanned by many patterns in a row: its check is kept; a short text is checked anew
let lastText: string | undefined;
let lastUnsafe = false;

function unsafe(text: string): boolean {
  if (text.length < 4096) return SURROGATE_OR_ODD_FOLD.test(text);
  if (text !== lastText) {
    lastText = text;
    lastUnsafe = SURROGATE_OR_ODD_FOLD.test(text);
  }
  return lastUnsafe;
}

/**
 * The matches of a global `re` in `text`, as `text.matchAll(re)` gives them. `candidates` (global, no
 * `u` flag) must match at every position where `re` matches.
 */
export function* candidateMatchAll(text: string, re: RegExp, candidates: RegExp): IterableIterator<RegExpExecArray> {
  if (unsafe(text)) {
    yield* text.matchAll(re) as IterableIterator<RegExpExecArray>;
    return;
  }
  // a text without surrogate pairs (unsafe() sends those to matchAll): one character is one code unit
  yield* matchAtCandidates(text, stickyOf(re), candidates, re.lastIndex, false);
}

const startsOf = new WeakMap<RegExp, { text: string; starts: readonly number[] }>();

/**
 * Every position where `candidates` (global, no `u` flag) matches in `text`, in order: the candidates of
 * several patterns that start at the same places, found once per text (kept for the last text).
 */
export function candidateStarts(text: string, candidates: RegExp): readonly number[] {
  const cached = startsOf.get(candidates);
  if (cached?.text === text) return cached.starts;
  const starts: number[] = [];
  candidates.lastIndex = 0;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    starts.push(m.index);
    candidates.lastIndex = m.index + 1;
  }
  startsOf.set(candidates, { text, starts });
  return starts;
}

const SPACE = /\s/;

/**
 * Where a pattern whose cue words end right before a found position can start: every position in the
 * last `words` runs of non-space characters before each of `positions`, and the white space between them
 * ("dne 2. 10.", "ze dne 17.10.17", "Datum konání: 17.10.17").
 */
export function cueStarts(text: string, positions: readonly number[], words: number): number[] {
  const starts: number[] = [];
  for (const at of positions) {
    let from = at;
    for (let w = 0; w < words; w++) {
      while (from > 0 && SPACE.test(text[from - 1])) from--;
      while (from > 0 && !SPACE.test(text[from - 1])) from--;
    }
    for (let p = Math.max(from, (starts.at(-1) ?? -1) + 1); p < at; p++) starts.push(p);
  }
  return starts;
}

/**
 * `candidateMatchAll` over candidate positions found beforehand (`candidateStarts`, or any list in order
 * that holds every position where `re` matches).
 */
export function* matchAllAt(text: string, re: RegExp, starts: readonly number[]): IterableIterator<RegExpExecArray> {
  if (unsafe(text)) {
    yield* text.matchAll(re) as IterableIterator<RegExpExecArray>;
    return;
  }
  const exact = stickyOf(re);
  let pos = re.lastIndex;
  for (const at of starts) {
    if (at < pos) continue;
    exact.lastIndex = at;
    const m = exact.exec(text);
    if (m) {
      yield m;
      pos = at + (m[0].length || 1);
    }
  }
}
