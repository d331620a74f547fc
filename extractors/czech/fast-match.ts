/**
 * `text.matchAll(re)` with the same matches, faster for patterns that open with a word-edge lookbehind.
 *
 * V8 finds the candidate positions of a pattern by its first characters (a quick check over the text); a
 * pattern that opens with `(?<![\p{L}\p{N}])` has no first characters, so the whole pattern, lookbehind and
 * alternation, is tried at every position of the text. Here a prefilter, the same pattern without its
 * word-edge lookbehinds, finds the candidates (it matches wherever the pattern does, and is scanned at
 * V8's full speed), and the pattern itself is tried, sticky, at each candidate only. A candidate the
 * pattern rejects moves the search on by one character, as the engine itself would: the matches, their
 * order, groups and indices are those of `text.matchAll(re)`.
 */

interface Compiled {
  /** the pattern without its word-edge lookbehinds, global; undefined when there is nothing to strip */
  pre?: RegExp;
  /** the pattern itself, sticky */
  exact?: RegExp;
}

const compiled = new WeakMap<RegExp, Compiled>();
const stickies = new WeakMap<RegExp, RegExp>();

/**
 * The pattern itself, sticky, to be tried at one position (one copy per pattern, shared by the scanners of
 * this folder: each sets `lastIndex` right before it tries).
 */
export function stickyOf(re: RegExp): RegExp {
  let exact = stickies.get(re);
  if (!exact) {
    exact = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    stickies.set(re, exact);
  }
  return exact;
}

/**
 * The source without its lookbehinds, or undefined when it has none to drop. Only lookbehinds that no
 * lookaround encloses go (one removed inside a negative lookaround would make the prefilter stricter, not
 * looser), and only those without capturing groups (group numbers stay). Dropping an assertion only
 * widens what matches at a position: the prefilter matches wherever the pattern does.
 */
export function stripEdgeLookbehinds(source: string): string | undefined {
  let out = '';
  let stripped = false;
  const groups: boolean[] = []; // per open group: is it a lookaround
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') { inClass = true; out += c; continue; }
    if (c === '(') {
      if (!groups.includes(true) && (source.startsWith('(?<!', i) || source.startsWith('(?<=', i))) {
        const end = groupEnd(source, i);
        if (end > 0 && !/\((?!\?)|\(\?<(?![=!])/.test(withoutEscapesAndClasses(source.slice(i + 4, end)))) {
          stripped = true;
          i = end;
          continue;
        }
      }
      groups.push(/^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4)));
      out += c;
      continue;
    }
    if (c === ')') groups.pop();
    out += c;
  }
  return stripped ? out : undefined;
}

/** The index of the parenthesis that closes the group opened at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function withoutEscapesAndClasses(source: string): string {
  return source.replace(/\\./gs, '').replace(/\[(?:[^\]\\]|\\.)*\]/gs, '');
}

function compile(re: RegExp): Compiled {
  let c = compiled.get(re);
  if (!c) {
    const source = re.flags.includes('y') ? undefined : stripEdgeLookbehinds(re.source);
    c = source === undefined ? {} : {
      pre: new RegExp(source, re.flags.includes('g') ? re.flags : `${re.flags}g`),
      exact: stickyOf(re),
    };
    compiled.set(re, c);
  }
  return c;
}

/** The matches of a global `re` in `text`, as `text.matchAll(re)` gives them. */
export function* fastMatchAll(text: string, re: RegExp): IterableIterator<RegExpExecArray> {
  const { pre, exact } = compile(re);
  if (!pre || !exact) {
    yield* text.matchAll(re) as IterableIterator<RegExpExecArray>;
    return;
  }
  yield* matchAtCandidates(text, exact, pre, re.lastIndex, /[uv]/.test(re.flags));
}

/**
 * The matches of the sticky `exact` tried where the global `candidates` match, from `from` on, as
 * `text.matchAll` of the pattern gives them, provided `candidates` matches wherever the pattern does: a
 * candidate the pattern rejects moves the search on by one character, as the engine itself would.
 */
export function* matchAtCandidates(text: string, exact: RegExp, candidates: RegExp, from: number, unicode: boolean): IterableIterator<RegExpExecArray> {
  let pos = from;
  while (pos <= text.length) {
    candidates.lastIndex = pos;
    const candidate = candidates.exec(text);
    if (!candidate) return;
    const at = candidate.index;
    exact.lastIndex = at;
    const m = exact.exec(text);
    if (m) {
      yield m;
      pos = m[0].length ? at + m[0].length : at + step(text, at, unicode);
    } else {
      pos = at + step(text, at, unicode);
    }
  }
}

/** One character on: a surrogate pair is one character under the u flag. */
function step(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return 1;
  const hi = text.charCodeAt(at);
  const lo = text.charCodeAt(at + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1;
}
