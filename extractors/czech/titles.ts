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

/** a regex source for a title as written: a lower-case title may start a sentence ("Doc.", "Prof.") */
const escape = (s: string) => {
  // the final dot may be missing ("Mgr Jana Nová", "Ph.D"), then no letter may follow
  const body = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?').replace(/\\\.$/u, '(?:\\.|(?![\\p{L}]))');
  const first = s[0];
  return first !== first.toUpperCase() && s.length > 2 && s !== 'sl.' && s !== 'pí.' ? `[${first}${first.toUpperCase()}]${body.slice(1)}` : body;
};
const byLength = (a: string, b: string) => b.length - a.length;

/** regex source: one pre-title, optional spaces inside ("Ing.arch.") */
export const PRE_TITLE_SOURCE: string = `(?:${[...PRE_TITLES].sort(byLength).map(escape).join('|')})`;
export const POST_TITLE_SOURCE: string = `(?:${[...POST_TITLES].sort(byLength).map(escape).join('|')})`;
export const HONORIFIC_SOURCE: string = `(?:${[...HONORIFICS].sort(byLength).map(escape).join('|')})`;

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
