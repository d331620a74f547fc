/**
 * The light Czech stemmer of Dolamic & Savoy ("Indexing and stemming approaches for the Czech language",
 * Information Processing & Management 45, 2009), the one Lucene's CzechStemmer and OpenSearch implement:
 * three steps on a lower-cased word — remove the case ending, remove a possessive suffix, normalise
 * palatals — written here from the algorithm.
 *
 * `stemCzech` is the algorithm as published, on words with diacritics. `stemCzechFolded` runs the same
 * steps on a word whose diacritics are already folded (ASCII), with the suffix lists folded alike, so that
 * "sociálních" and "socialnich" reach the same stem: search uses that one, since people type without
 * diacritics. One step differs: the folded variant cannot tell "ů" from "u", so it does not rewrite
 * "dům" to "dom" (it would merge "ruka" with "rok").
 */

interface StemTables {
  /** [minimum length (exclusive), suffixes], tried in order; the first group that matches wins */
  cases: ReadonlyArray<readonly [number, readonly string[]]>;
  /** single final vowels removed when the word is longer than 3 */
  vowels: ReadonlySet<string>;
  possessives: readonly string[];
  /** two-letter endings rewritten: čt → ck, št → sk */
  pairs: ReadonlyArray<readonly [string, string]>;
  /** final letters rewritten: [cč] → k, [zž] → h */
  finals: ReadonlyMap<string, string>;
  /** the letter that becomes "o" before a final consonant (dům → dom); '' for none */
  longU: string;
}

const CASES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [7, ['atech']],
  [6, ['ětem', 'etem', 'atům']],
  [5, ['ech', 'ich', 'ích', 'ého', 'ěmi', 'emi', 'ému', 'ěte', 'ete', 'ěti', 'eti', 'ího', 'iho', 'ími', 'ímu', 'imu',
    'ách', 'ata', 'aty', 'ých', 'ama', 'ami', 'ové', 'ovi', 'ými']],
  [4, ['em', 'es', 'ém', 'ím', 'ům', 'at', 'ám', 'os', 'us', 'ým', 'mi', 'ou']],
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ů', 'y', 'á', 'é', 'í', 'ý', 'ě'];
const POSSESSIVES = ['ov', 'in', 'ův'];

/** Folds Czech (and other Latin) diacritics: "Ústí" → "Usti". Keeps the length of ordinary Czech text. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

const uniq = (items: readonly string[]) => [...new Set(items)];

const EXACT: StemTables = {
  cases: CASES,
  vowels: new Set(VOWELS),
  possessives: POSSESSIVES,
  pairs: [['čt', 'ck'], ['št', 'sk']],
  finals: new Map([['c', 'k'], ['č', 'k'], ['z', 'h'], ['ž', 'h']]),
  longU: 'ů',
};

const FOLDED: StemTables = {
  cases: CASES.map(([min, list]) => [min, uniq(list.map(foldDiacritics))] as const),
  vowels: new Set(uniq(VOWELS.map(foldDiacritics))),
  possessives: uniq(POSSESSIVES.map(foldDiacritics)),
  pairs: [['ct', 'ck'], ['st', 'sk']],
  finals: new Map([['c', 'k'], ['z', 'h']]),
  // "ů" folds to "u": rewriting every penultimate "u" would merge "ruka" with "rok", so the step is left out
  longU: '',
};

function removeCase(w: string, t: StemTables): string {
  for (const [min, list] of t.cases) {
    if (w.length > min) {
      for (const suffix of list) if (w.endsWith(suffix)) return w.slice(0, -suffix.length);
    }
  }
  if (w.length > 3 && t.vowels.has(w[w.length - 1])) return w.slice(0, -1);
  return w;
}

function removePossessives(w: string, t: StemTables): string {
  if (w.length > 5) for (const suffix of t.possessives) if (w.endsWith(suffix)) return w.slice(0, -2);
  return w;
}

function normalize(w: string, t: StemTables): string {
  for (const [from, to] of t.pairs) if (w.endsWith(from)) return w.slice(0, -2) + to;
  const last = w[w.length - 1];
  const final = t.finals.get(last);
  if (final) return w.slice(0, -1) + final;
  if (w.length > 1 && w[w.length - 2] === 'e') return w.slice(0, -2) + last; // e* → *
  if (t.longU && w.length > 2 && w[w.length - 2] === t.longU) return w.slice(0, -2) + 'o' + last; // ů* → o*
  return w;
}

function stemWith(word: string, t: StemTables): string {
  let w = removeCase(word, t);
  w = removePossessives(w, t);
  return w.length > 0 ? normalize(w, t) : w;
}

/** The published algorithm, on a lower-cased word with diacritics. */
export function stemCzech(word: string): string {
  return stemWith(word, EXACT);
}

/** The same steps on a lower-cased word without diacritics (see the module comment). */
export function stemCzechFolded(word: string): string {
  return stemWith(word, FOLDED);
}
