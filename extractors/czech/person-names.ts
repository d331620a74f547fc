import { givenReadings, isGivenName, surnameNominatives, type Case, type Gender } from './names.js';
import { NOT_NAME_WORDS } from './person-words.js';
import { HONORIFIC_SOURCE, POST_TITLES, POST_TITLE_SOURCE, PRE_TITLES, PRE_TITLE_SOURCE, canonicalTitle } from './titles.js';

/**
 * One person's name read from its words: titles split off, given name first, the nominative of a surname
 * written in another case. The people extractor (extractors/fields/people.ts) finds where names stand.
 */

export const LETTERS = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
export const NAME_WORD = new RegExp(`^${LETTERS}$`, 'u');
export const INITIAL = /^(\p{Lu}|Ch)\.$/u;
const LEADING_TITLE = new RegExp(String.raw`^(?:${PRE_TITLE_SOURCE}|${HONORIFIC_SOURCE}|et(?=\s))(?=\s|\p{Lu}|$)\s*`, 'u');
const TRAILING_TITLE = new RegExp(String.raw`[\s,]*(?<![\p{L}])(${POST_TITLE_SOURCE}|${PRE_TITLE_SOURCE})$`, 'u');
/** a title that stands before names in prose ("Mgr.", "PhDr."), not one that follows them ("Ph.D.") */
export const PRE_TITLE_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:${PRE_TITLE_SOURCE})`, 'u');
export const ONLY_TITLES = new RegExp(String.raw`^(?:\s*(?:${POST_TITLE_SOURCE}|${PRE_TITLE_SOURCE}))+\s*$`, 'u');
/** the first letter of every title, in both cases: a piece that starts otherwise is no run of titles */
const TITLE_START = new RegExp(`^\\s*[${[...new Set([...PRE_TITLES, ...POST_TITLES].flatMap((t) => [t[0], t[0].toUpperCase()]))].join('')}]`, 'u');

/** Whether a piece of a list is only titles ("CSc.", "Ph.D., MBA"): they belong to the name before it. */
export function onlyTitles(s: string): boolean {
  return TITLE_START.test(s) && ONLY_TITLES.test(s);
}
const HONORIFIC_ONLY = new RegExp(String.raw`^${HONORIFIC_SOURCE}$`, 'u');
/** the end of a name's part of a list item: a bracket, a dash with spaces, a colon */
export const ITEM_TAIL = /\s*(\(.*|\s[–-]\s.*|:.*|\/.*|\t.*)$/u;
/** a bullet or a number before a list item */
export const ITEM_HEAD = /^([•·*\-–]\s*|\d{1,2}[.)]\s+)/u;

export interface Parsed {
  given?: string;
  surname: string;
  titles: string[];
  gender?: Gender;
  /** nominative candidates of the surname when written in another case */
  candidates: string[];
  /** a surname alone, without a title ("Z: Nováková"): to be kept only when it is surely a name */
  bare?: boolean;
  /**
   * two words that are both given names ("Urban Miroslav", "Marek Tomáš"), read given name first; the
   * list around or a title after a comma ("Urban Miroslav, PhDr.") may show the surname comes first
   */
  ambiguousOrder?: boolean;
  /** the order a list item was written in: given name first or surname first */
  order?: 'given' | 'surname';
}

/** The same name read the other way round: "Urban Miroslav" → given Miroslav, surname Urban. */
export function surnameFirst(p: Parsed): void {
  if (!p.ambiguousOrder || !p.given) return;
  [p.given, p.surname] = [p.surname, p.given];
  p.candidates = [p.surname];
  p.ambiguousOrder = false;
  p.order = 'surname';
}

/** The titles written in a piece of text, in their canonical spelling. */
export function titlesIn(s: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`${POST_TITLE_SOURCE}|${PRE_TITLE_SOURCE}`, 'gu');
  for (const m of s.matchAll(re)) {
    const c = canonicalTitle(m[0]);
    if (c) out.push(c);
  }
  return out;
}

/** "Mgr. Monika Čermáková", "Nováková Jana, Mgr.", "J.Nováková", "K. Marcinková" in a list: nominative. */
export function parseListName(raw: string, bareSurname = false): Parsed | null {
  let s = raw.replace(ITEM_HEAD, '').replace(ITEM_TAIL, '').trim();
  const titles: string[] = [];
  let addressed = false;
  for (let m = LEADING_TITLE.exec(s); m && m[0].trim(); m = LEADING_TITLE.exec(s)) {
    if (HONORIFIC_ONLY.test(m[0].trim())) addressed = true;
    else titles.push(...titlesIn(m[0]));
    s = s.slice(m[0].length);
  }
  // "Příjmení Jméno, Mgr.": a title written before names in prose but standing after one goes with the
  // surname-first order of attendance lists ("Ph.D." after a name says nothing)
  let preTitleAfter = false;
  // a title is at most ten characters long: a name whose end holds none needs no search along it
  for (let m = TRAILING_TITLE.test(s.slice(-16)) ? TRAILING_TITLE.exec(s) : null; m; m = TRAILING_TITLE.exec(s)) {
    titles.push(...titlesIn(m[1]));
    if (PRE_TITLE_AFTER.test(m[1])) preTitleAfter = true;
    s = s.slice(0, m.index);
  }
  // "Jan Novák ml.", "Jan Novák st.": junior and senior are no part of the name
  if (s.endsWith('.')) s = s.replace(/,?\s+(ml|st|nejml)\.$/u, '');
  s = s.replace(/^(\p{Lu}|Ch)\.(?=\p{Lu})/u, '$1. ');
  let words = s.split(/\s+/u).filter(Boolean);
  // a surname in capitals beside a name in ordinary letters: "Jana NOVÁKOVÁ", "NOVÁK Petr"
  if (words.some((w) => NAME_WORD.test(w))) words = words.map((w) => (/^\p{Lu}{3,}$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w));
  // a surname alone after a title or "pan"/"paní": "Mgr. Nováková", "pan Starý"
  if (words.length === 1 && (titles.length || addressed || bareSurname) && NAME_WORD.test(words[0]) && !isGivenName(words[0]) && !NOT_NAME_WORDS.has(words[0])) {
    return { surname: words[0], titles, candidates: [words[0]], ...(titles.length || addressed ? {} : { bare: true }) };
  }
  if (words.length < 2 || words.length > 3) return null;
  if (!words.every((w) => NAME_WORD.test(w) || INITIAL.test(w))) return null;
  if (words.some((w) => NOT_NAME_WORDS.has(w))) return null;
  if (INITIAL.test(words.at(-1)!)) return null;
  let given: string, surname: string;
  if (INITIAL.test(words[0]) || isGivenName(words[0])) {
    given = words[0];
    surname = words.slice(1).join(' ');
  } else if (isGivenName(words.at(-1)!)) {
    given = words.at(-1)!;
    surname = words.slice(0, -1).join(' ');
  } else if (words.length === 2 && (titles.length || /(ová|ská|cká|ý|á)$/u.test(words[1]))) {
    [given, surname] = words;
  } else return null;
  if (words.length === 3 && !INITIAL.test(given) && !isGivenName(words[1]) && !/(ová|á)$/u.test(words[2])) {
    // three words: a given name and a double surname ("Jana Nováková Svobodová") or no name at all
    return null;
  }
  const parsed: Parsed = { given, surname, titles, candidates: [surname], order: given === words[0] ? 'given' : 'surname' };
  if (words.length === 2 && isGivenName(words[0]) && isGivenName(words[1])) {
    parsed.ambiguousOrder = true;
    if (preTitleAfter) surnameFirst(parsed);
  }
  return parsed;
}

/**
 * A name in prose in any case: "Dbalého" (surname alone), "Václav Dbalý", "Janě Procházkové",
 * "J. Novák". Returns the nominative, or null when the words make no name.
 */
export function parseProseName(written: string, weak: boolean, address?: { gender: Gender; cases: readonly Case[] }): Parsed | null {
  const words = written.replace(/^(\p{Lu})\.\s?/u, '$1. ').split(/\s+/u).filter(Boolean);
  if (words.some((w) => NOT_NAME_WORDS.has(w))) return null;
  if (words.length === 1 && address) {
    // "panu Svobodovi", "panem Vondrou", "paní Malé": the address word tells the gender and the case
    let candidates = surnameNominatives(words[0], address.gender);
    for (const c of address.cases) {
      const byCase = surnameNominatives(words[0], address.gender, c);
      if (byCase[0] !== words[0]) { candidates = byCase; break; }
    }
    if (address.gender === 'male' && /(ová|á)$/u.test(candidates[0])) return null;
    return { surname: candidates[0], titles: [], gender: address.gender, candidates };
  }
  if (words.length === 1) {
    if (weak && !/(ová|ové|ovou|ý|ého|ému|á|é|ou)$/u.test(words[0])) return null;
    const candidates = surnameNominatives(words[0]);
    return { surname: candidates[0], titles: [], candidates };
  }
  const [first, second] = words;
  if (INITIAL.test(first)) {
    const candidates = surnameNominatives(second);
    return { given: first, surname: candidates[0], titles: [], candidates };
  }
  const readings = givenReadings(first);
  if (!readings.length) {
    // "Surname Given" or a surname and some other capitalised word: keep the surname alone
    if (isGivenName(second)) return { given: second, surname: first, titles: [], candidates: [first] };
    const candidates = surnameNominatives(first);
    return weak ? null : { surname: candidates[0], titles: [], candidates };
  }
  let best: { score: number; given: string; gender: Gender; cases: Case[]; candidates: string[] } | undefined;
  for (const r of readings) {
    for (const c of r.cases) {
      const candidates = surnameNominatives(second, r.gender, c);
      const score = agreement(second, candidates[0], r.gender, c);
      if (!best || score > best.score) best = { score, given: r.name, gender: r.gender, cases: r.cases, candidates };
    }
  }
  if (!best || best.score <= 0) return null;
  return { given: best.given, surname: best.candidates[0], titles: [], gender: best.gender, candidates: best.candidates };
}

/** How well a surname's form agrees with a given name's gender and case (higher is better, 0 = not). */
function agreement(written: string, nominative: string, gender: Gender, c: Case): number {
  const femaleNom = /(ová|á)$/u.test(nominative);
  if (gender === 'female') {
    if (femaleNom) return c === 'nom' ? 3 : 2.5;
    // a Czech woman's surname that does not decline ends in -ů or -í (Pavlů, Krejčí), not in a consonant
    if (/[ůí]$/u.test(nominative) && written === nominative) return c === 'nom' ? 2 : 1;
    return 0;
  }
  if (femaleNom && !/ý$/u.test(nominative)) return 0;
  if (written !== nominative) return 2.5;
  if (c === 'nom') return 3;
  // a declined given name beside an undeclined surname: only a surname that never declines (Krejčí, Pavlů)
  return /[íůé]$/u.test(nominative) ? 0.5 : 0;
}
