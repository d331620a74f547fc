/**
 * Czech month names in every grammatical case, each mapped to its number (1–12).
 * Nominative, genitive, dative/locative, accusative, instrumental (and the odd vocative).
 */
const MONTH_FORMS: Readonly<Record<number, readonly string[]>> = {
  1: ['leden', 'ledna', 'lednu', 'lednem', 'ledne'],
  2: ['únor', 'února', 'únoru', 'únorem'],
  3: ['březen', 'března', 'březnu', 'březnem'],
  4: ['duben', 'dubna', 'dubnu', 'dubnem'],
  5: ['květen', 'května', 'květnu', 'květnem'],
  6: ['červen', 'června', 'červnu', 'červnem'],
  7: ['červenec', 'července', 'červenci', 'červencem'],
  8: ['srpen', 'srpna', 'srpnu', 'srpnem'],
  9: ['září', 'zářím'],
  10: ['říjen', 'října', 'říjnu', 'říjnem'],
  11: ['listopad', 'listopadu', 'listopadem'],
  12: ['prosinec', 'prosince', 'prosinci', 'prosincem'],
};

/** form (lower case) → month number */
export const MONTH_BY_FORM: ReadonlyMap<string, number> = new Map(
  Object.entries(MONTH_FORMS).flatMap(([n, forms]) => forms.map((f) => [f, Number(n)] as const)),
);

/** every form, longest first, as a regex alternation (for use inside a `u`-flag regex) */
export const MONTH_ALTERNATION: string = [...MONTH_BY_FORM.keys()].sort((a, b) => b.length - a.length).join('|');

/** The month number of a written form ("června" → 6), or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_FORM.get(word.toLowerCase());
}

/** Roman month numerals as Czech writes them in dates ("17. X. 2017"), longest first */
export const ROMAN_MONTHS: readonly string[] = ['XII', 'XI', 'X', 'IX', 'VIII', 'VII', 'VI', 'V', 'IV', 'III', 'II', 'I'];
const ROMAN_VALUE: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };

/** The month number of a Roman numeral ("X" → 10), or undefined. */
export function romanMonth(numeral: string): number | undefined {
  return ROMAN_VALUE[numeral];
}
