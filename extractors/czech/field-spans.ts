import type { Evidence } from '../../schema/evidence.js';

/**
 * Small text helpers shared by the money, identifier, contact and goal extractors: evidence from a span,
 * the line around an offset, and a Czech-aware search for the end of a sentence.
 */

/** Evidence for [start, end) of `text`. */
export function evidenceAt(text: string, start: number, end: number): Evidence {
  return { text: text.slice(start, end), start, end };
}

/** Start and end of the line that holds `offset`. */
export function lineAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * Abbreviations after which a full stop does not end a sentence ("č.", "tzv.", "např.", "s. r. o.").
 * Lower-case, without the dot; compared with the word just before the dot.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'č', 'čj', 'tzv', 'např', 'resp', 'tj', 'tzn', 'odst', 'písm', 'zák', 'reg', 'registr', 'mil', 'mld',
  'tis', 'p', 'pí', 'ing', 'mgr', 'bc', 'judr', 'mudr', 'phdr', 'paeddr', 'rndr', 'doc', 'prof', 'dis', 'csc',
  'ph', 'd', 's', 'r', 'o', 'z', 'ú', 'a', 'v', 'k', 'spol', 'soc', 'ul', 'nám', 'tel', 'mob', 'popř', 'cca', 'min',
  'max', 'hod', 'str', 'viz', 'vč', 'st', 'sv', 'ev', 'usn', 'mj', 'aj', 'atp', 'příp',
]);

const SENTENCE_END = /[.!?](?=[\s"“”»)]*(?:\s+[\p{Lu}\d„"•·–-]|\s*$))/gu;

/**
 * Where the sentence that begins at `from` ends (the offset after its final stop), not past `limit`.
 * A full stop ends a sentence when an upper-case letter, a digit or a bullet follows after a space, and the
 * word before it is not an abbreviation or a number of a date ("1. 10. 2017").
 */
export function sentenceEnd(text: string, from: number, limit = text.length): number {
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < limit; m = SENTENCE_END.exec(text)) {
    if (m[0] === '.') {
      const before = text.slice(Math.max(from, m.index - 12), m.index);
      const word = /([\p{L}\p{N}]+)$/u.exec(before)?.[1] ?? '';
      if (NON_FINAL_ABBREVIATIONS.has(word.toLowerCase())) continue;
      // an ordinal or a date part ("1. 10. 2017", "5. Komunitní plán"): a number of one or two digits
      if (/^\d{1,2}$/.test(word)) continue;
    }
    return m.index + 1;
  }
  return limit;
}

/** Collapses runs of white space (line breaks of a wrapped paragraph included) into single spaces. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
