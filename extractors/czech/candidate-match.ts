/**
 * `text.matchAll(re)` with the same matches, found faster through a cheap candidate pattern.
 *
 * A pattern built of `\p{Lu}`, `\p{Ll}` and `\p{L}` under the `u` flag is slow to scan: V8 tries it at
 * every position of the text and tests each Unicode class as a long list of ranges. A candidate pattern
 * without the `u` flag, made of plain ranges that contain those classes (`UPPER`, `LOWER`, `LETTER`
 * below), is scanned many times faster; the pattern itself is then tried, sticky, only where a candidate
 * starts. The candidate pattern must match at every position where the pattern does (a superset): then
 * no match is skipped, and a rejected candidate moves the search on by one character as the engine
 * itself would, so the matches, their order, groups and indices are those of `text.matchAll(re)`.
 *
 * Without the `u` flag a candidate pattern sees the two halves of a surrogate pair as two characters, so
 * a text that has one (rare: emoji, mathematical letters) is scanned by `text.matchAll(re)` itself.
 */

/** contains every `\p{Lu}` of the Basic Multilingual Plane: A–Z and all above U+007F */
export const UPPER = String.raw`[A-Z\u0080-\uffff]`;
/** contains every `\p{Ll}` of the Basic Multilingual Plane */
export const LOWER = String.raw`[a-z\u0080-\uffff]`;
/** contains every `\p{L}` of the Basic Multilingual Plane */
export const LETTER = String.raw`[A-Za-z\u0080-\uffff]`;

const SURROGATE = /[\ud800-\udfff]/;
const sticky = new WeakMap<RegExp, RegExp>();

let lastText: string | undefined;
let lastHasSurrogate = false;

function hasSurrogate(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasSurrogate = SURROGATE.test(text);
  }
  return lastHasSurrogate;
}

/**
 * The matches of a global `re` in `text`, as `text.matchAll(re)` gives them. `candidates` (global, no
 * `u` flag) must match at every position where `re` matches.
 */
export function* candidateMatchAll(text: string, re: RegExp, candidates: RegExp): IterableIterator<RegExpExecArray> {
  if (hasSurrogate(text)) {
    yield* text.matchAll(re) as IterableIterator<RegExpExecArray>;
    return;
  }
  let exact = sticky.get(re);
  if (!exact) {
    exact = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    sticky.set(re, exact);
  }
  let pos = re.lastIndex; // matchAll starts where the pattern's lastIndex stands, too
  while (pos <= text.length) {
    candidates.lastIndex = pos;
    const candidate = candidates.exec(text);
    if (!candidate) return;
    const at = candidate.index;
    exact.lastIndex = at;
    const m = exact.exec(text);
    if (m) {
      yield m;
      pos = at + (m[0].length || 1);
    } else {
      pos = at + 1;
    }
  }
}
