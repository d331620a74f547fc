import { MONTH_ALTERNATION } from './months.js';

/**
 * Regex sources shared by the dates and periods extractors. Each is a fragment for a `u`-flag regex;
 * groups are named so that the extractors read them by name.
 */

/** a year of a real date: 1900–2099 */
export const YEAR = String.raw`(?:19|20)\d{2}`;
/** not glued to a letter, digit or the dots and slashes of a number ("CZ.03.2.63", "16_063/0006583") */
export const NUMBER_START = String.raw`(?<![\p{L}\p{N}.,/_\-])`;
/** no digit and no decimal part after */
export const NUMBER_END = String.raw`(?![\p{N}]|[.,/]\p{N})`;
/** a dash between two ends of a range, or "až"/"do" */
export const RANGE_SEP = String.raw`(?:\s*[-–—]\s*|\s+až\s+|\s+do\s+)`;
/** a month name in any case */
export const MONTH = `(?:${MONTH_ALTERNATION})`;

/** "7. 6. 2012", "1.9.2017", "03.04.2013" with named groups d, m, y (prefix p for a second date) */
export function numericDate(p = ''): string {
  return String.raw`(?<${p}d>\d{1,2})\.\s{0,2}(?<${p}m>\d{1,2})\.\s{0,2}(?<${p}y>${YEAR})`;
}

/**
 * where a month name can start (see candidate-match.ts): one pattern for the dates and the periods
 * extractors, so that a document's month names are found once
 */
export const MONTH_CANDIDATE = new RegExp(MONTH, 'gi');
