/**
 * Academic and professional titles written around Czech names. Canonical spelling; matching is
 * case-insensitive for the lower-case ones ("Doc." at a sentence start is "doc.").
 */
export const PRE_TITLES: readonly string[] = [
  'prof.', 'doc.', 'Ing. arch.', 'Ing.', 'Mgr. art.', 'Mgr.', 'MgA.', 'Bc.', 'BcA.', 'PaedDr.', 'PhDr.', 'JUDr.',
  'MUDr.', 'MDDr.', 'MVDr.', 'RNDr.', 'PharmDr.', 'ThDr.', 'ThLic.', 'ThMgr.', 'ICDr.', 'RSDr.', 'PhMr.', 'Dr.',
];
export const POST_TITLES: readonly string[] = [
  'Ph.D.', 'PhD.', 'Th.D.', 'CSc.', 'DrSc.', 'DiS.', 'MBA', 'MPA', 'LL.M.', 'MSc.', 'M.A.', 'BBA', 'dr. h. c.',
];
/** address words that are no title but announce a name ("p. Vladimír Hejnic", "paní Nováková") */
export const HONORIFICS: readonly string[] = [
  'pan', 'pana', 'panu', 'panem', 'paní', 'pí.', 'p.', 'sl.', 'slečna', 'slečny', 'Pan', 'Pana', 'Panu', 'Paní', 'Pí.',
];

/** the end of a title whose final dot may be missing ("Mgr Jana Nová", "Ph.D"): then no letter may follow */
const OPTIONAL_DOT = '(?:\\.|(?![\\p{L}]))';

/** a regex source for a title as written, less its final dot; a lower-case title may start a sentence ("Doc.", "Prof.") */
const escape = (s: string) => {
  const body = s.replace(/\.$/u, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?');
  const first = s[0];
  return first !== first.toUpperCase() && s.length > 2 && s !== 'sl.' && s !== 'pí.' ? `[${first}${first.toUpperCase()}]${body.slice(1)}` : body;
};
const byLength = (a: string, b: string) => b.length - a.length;

/**
 * One alternation of titles, longest first. Neighbouring titles that end in a dot share one optional-dot
 * ending, `(?:A|B)(?:\.|(?!\p{L}))`, which tries the same alternatives in the same order as each title with
 * its own ending: the same matches, but V8 compiles the Unicode letter class once per run of titles instead
 * of once per title (it was most of the cost of a parsing worker's first document).
 */
function alternation(titles: readonly string[]): string {
  const parts: string[] = [];
  let dotted: string[] = [];
  const flush = () => {
    if (dotted.length) parts.push(`(?:${dotted.join('|')})${OPTIONAL_DOT}`);
    dotted = [];
  };
  for (const t of [...titles].sort(byLength)) {
    if (t.endsWith('.')) dotted.push(escape(t));
    else {
      flush();
      parts.push(escape(t));
    }
  }
  flush();
  return `(?:${parts.join('|')})`;
}

/** regex source: one pre-title, optional spaces inside ("Ing.arch.") */
export const PRE_TITLE_SOURCE: string = alternation(PRE_TITLES);
export const POST_TITLE_SOURCE: string = alternation(POST_TITLES);
export const HONORIFIC_SOURCE: string = alternation(HONORIFICS);

const CANONICAL = new Map([...PRE_TITLES, ...POST_TITLES].map((t) => [t.replace(/\s/g, '').toLowerCase(), t]));

/** The canonical spelling of a written title ("Doc." → "doc.", "Ph.D" → "Ph.D."), or undefined. */
export function canonicalTitle(written: string): string | undefined {
  const key = written.replace(/\s/g, '').toLowerCase();
  return CANONICAL.get(key) ?? CANONICAL.get(`${key}.`);
}

/** the gender and the cases an address word tells of the surname after it ("panu" → male dative) */
const HONORIFIC_READINGS: Readonly<Record<string, { gender: 'male' | 'female'; cases: readonly ('nom' | 'gen' | 'dat' | 'acc' | 'loc' | 'ins')[] }>> = {
  pan: { gender: 'male', cases: ['nom'] },
  pana: { gender: 'male', cases: ['gen', 'acc'] },
  panu: { gender: 'male', cases: ['dat', 'loc'] },
  panem: { gender: 'male', cases: ['ins'] },
  'paní': { gender: 'female', cases: ['nom', 'gen', 'dat', 'acc', 'loc', 'ins'] },
  'pí.': { gender: 'female', cases: ['nom', 'gen', 'dat', 'acc', 'loc', 'ins'] },
  'slečna': { gender: 'female', cases: ['nom'] },
  'slečny': { gender: 'female', cases: ['gen'] },
};

/** The gender and cases the last address word of a run of titles tells ("panu Mgr." → male, dative). */
export function honorificReading(titles: string): (typeof HONORIFIC_READINGS)[string] | undefined {
  const words = titles.toLowerCase().split(/\s+/u).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const r = HONORIFIC_READINGS[words[i]];
    if (r) return r;
  }
  return undefined;
}
