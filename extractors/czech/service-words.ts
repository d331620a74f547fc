import { readDataJson } from './data.js';

/**
 * The 33 types of social services of zákon č. 108/2006 Sb. (data/social-services.json), each with a pattern
 * that finds its name in any grammatical case: every word longer than three letters is cut to a stem
 * (Czech endings change, the beginning stays) and may take any ending.
 */
interface ServiceEntry {
  paragraph: string | null;
  name: string;
  nameSingular: string;
  commonAbbreviations?: string[];
  registeredService?: boolean;
}

export interface ServiceTypeDef {
  /** the paragraph of the law that defines the type ("57", "60a"), used as its id */
  id: string;
  name: string;
  pattern: RegExp;
  abbreviations: string[];
  /**
   * The longest literal (a stem cut of its `\p{L}{0,6}`) that every wording of the name holds, lower case:
   * `pattern` (case-insensitive) cannot match a text in which this does not occur, in any case.
   */
  required: string;
}

/** Abbreviations too short or too ambiguous to trust alone (notes of the data file). */
const AMBIGUOUS_ABBREVIATIONS = new Set(['PS', 'OS', 'DS', 'SR', 'TP', 'TK', 'RP', 'OA', 'AD', 'KC', 'IC', 'SAS', 'CDS']);

/** The stem of one word: short words stay whole, longer ones lose their last letters. */
export function wordStem(word: string): string {
  const w = word.toLowerCase();
  const stem = stemLiteral(word);
  return stem === w ? escape(w) : `${escape(stem)}\\p{L}{0,6}`;
}

/** The letters `wordStem` keeps of a word, lower case: short words whole, longer ones cut. */
function stemLiteral(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  return w.slice(0, w.length <= 5 ? 3 : Math.max(4, w.length - 3));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phrasePattern(name: string): string {
  return name.split(/\s+/).map(wordStem).join('\\s+');
}

/** The longest stem literal that every wording holds ('' when they share none). */
function requiredLiteral(wordings: string[]): string {
  const [first, ...rest] = wordings.map((name) => name.split(/\s+/).map(stemLiteral));
  return first.filter((lit) => rest.every((r) => r.includes(lit))).reduce((a, b) => (b.length > a.length ? b : a), '');
}

function load(): ServiceTypeDef[] {
  const data = readDataJson<{ services: ServiceEntry[] }>('social-services.json');
  return data.services
    .filter((s) => s.paragraph && s.registeredService !== false)
    .map((s) => {
      const wordings = [...new Set([s.name, s.nameSingular])];
      const forms = wordings.map(phrasePattern);
      return {
        id: s.paragraph!,
        name: s.name,
        pattern: new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'giu'),
        abbreviations: (s.commonAbbreviations ?? []).filter((a) => !AMBIGUOUS_ABBREVIATIONS.has(a) && /^[\p{Lu}]{3,}$/u.test(a)),
        required: requiredLiteral(wordings),
      };
    });
}

export const SERVICE_TYPES: readonly ServiceTypeDef[] = load();
