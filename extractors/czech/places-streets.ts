import { givenReadings } from './names.js';
import type { Token } from './places-gazetteer.js';

/**
 * Names of streets and of people that hold a place name without naming a place: "náměstí Krále Jiřího
 * z Poděbrad 1/14" is an address in Cheb, not Poděbrady; "Gymnázium Jana z Rokycan", "ulice Karla ze Žerotína".
 * Used by places-context.ts to leave such mentions out.
 */

/** Words that open a street name (compared in lower case, without a full stop): "náměstí", "nám.", "ul.", "tř." */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'ul', 'ulice', 'ulici', 'ulicí', 'ulicích', 'nám', 'náměstí', 'třída', 'třídě', 'třídu', 'třídou', 'tř', 'nábřeží', 'nábř',
  'sídliště', 'sídl',
]);

/** Lower-case words inside a street or a historical name: "Jiřího z Poděbrad", "Karla ze Žerotína". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['z', 'ze']);
/** Month names in the genitive, for streets named after a date: "náměstí 28. října", "ulice 17. listopadu". */
const MONTHS_GEN = /^(?:ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)$/u;
/** the longest street name read, in words */
const MAX_STREET_TOKENS = 8;

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const SPACES = /^[ \t\u00a0]+$/u;
/** after an initial ("T. G. Masaryka") a full stop may stand between two words of a street name */
const INITIAL_STOP = /^\.[ \t\u00a0]+$/u;

/** first letters and the greatest length of STREET_WORDS */
const STREET_INITIALS = new Set([...STREET_WORDS].map((w) => w[0]));
const STREET_WORD_MAX = Math.max(...[...STREET_WORDS].map((w) => w.length));

/**
 * A cheap test before lower-casing a whole word to look it up in STREET_WORDS (lower-casing never shortens a
 * word, and its first letter lower-cased is the first letter of the lower-cased word).
 */
function mayBeStreetWord(w: string): boolean {
  return w.length <= STREET_WORD_MAX && STREET_INITIALS.has(w[0].toLowerCase());
}

/**
 * Token ranges [first, last] of street names: the words after a street word, while they are capitalised, a
 * particle between two capitalised words ("Jiřího z Poděbrad"), or an ordinal day with its month ("28. října").
 * The name ends at a house number, a comma, a line break or a lower-case word ("náměstí v Kaplici" names no street).
 */
export function streetRanges(text: string, tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!mayBeStreetWord(tokens[i].text) || !STREET_WORDS.has(tokens[i].text.toLowerCase())) continue;
    let j = i + 1;
    let last = -1;
    while (j < tokens.length && j - i <= MAX_STREET_TOKENS) {
      const prev = tokens[j - 1];
      const sep = text.slice(prev.end, tokens[j].start);
      // "nám. Míru", and "T. G. Masaryka": a full stop after the street word or after an initial
      const glued = SPACES.test(sep) || (INITIAL_STOP.test(sep) && (j - 1 === i || (prev.text.length === 1 && isCapitalised(prev.text))));
      if (!glued) break;
      const w = tokens[j].text;
      if (isCapitalised(w)) {
        last = j;
        j++;
        continue;
      }
      if (NAME_PARTICLES.has(w) && last === j - 1 && tokens[j + 1] && isCapitalised(tokens[j + 1].text) && SPACES.test(text.slice(tokens[j].end, tokens[j + 1].start))) {
        j++;
        continue;
      }
      // "28. října": an ordinal right after the street word, then a month
      if (/^\d{1,2}$/u.test(w) && j === i + 1 && text[tokens[j].end] === '.' && tokens[j + 1] && MONTHS_GEN.test(tokens[j + 1].text)) {
        last = j + 1;
        j += 2;
        continue;
      }
      break;
    }
    if (last > i) out.push([i + 1, last]);
  }
  return out;
}

/**
 * A place name in a historical name of a person, after a given name and "z"/"ze": "Jiřího z Poděbrad",
 * "Jan ze Žerotína". `i` is the index of the place's first token. A surname before "z" ("Jana Nováková
 * z Brna") is a person from the place, and stays a place.
 */
export function inPersonalName(text: string, tokens: Token[], i: number): boolean {
  const particle = tokens[i - 1];
  const given = tokens[i - 2];
  if (!particle || !given || !NAME_PARTICLES.has(particle.text)) return false;
  if (!SPACES.test(text.slice(given.end, particle.start)) || !SPACES.test(text.slice(particle.end, tokens[i].start))) return false;
  return isCapitalised(given.text) && givenReadings(given.text).length > 0;
}
