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
}

/** Abbreviations too short or too ambiguous to trust alone (notes of the data file). */
const AMBIGUOUS_ABBREVIATIONS = new Set(['PS', 'OS', 'DS', 'SR', 'TP', 'TK', 'RP', 'OA', 'AD', 'KC', 'IC', 'SAS', 'CDS']);

/** The stem of one word: short words stay whole, longer ones lose their last letters. */
export function wordStem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return escape(w);
  const keep = w.length <= 5 ? 3 : Math.max(4, w.length - 3);
  return `${escape(w.slice(0, keep))}\\p{L}{0,6}`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phrasePattern(name: string): string {
  return name.split(/\s+/).map(wordStem).join('\\s+');
}

function load(): ServiceTypeDef[] {
  const data = readDataJson<{ services: ServiceEntry[] }>('social-services.json');
  return data.services
    .filter((s) => s.paragraph && s.registeredService !== false)
    .map((s) => {
      const forms = [...new Set([s.name, s.nameSingular])].map(phrasePattern);
      return {
        id: s.paragraph!,
        name: s.name,
        pattern: new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'giu'),
        abbreviations: (s.commonAbbreviations ?? []).filter((a) => !AMBIGUOUS_ABBREVIATIONS.has(a) && /^[\p{Lu}]{3,}$/u.test(a)),
      };
    });
}

export const SERVICE_TYPES: readonly ServiceTypeDef[] = load();
