import type { Person, PersonRole } from '../../schema/index.js';
import { givenReadings, isGivenName, surnameNominatives, type Case, type Gender } from '../czech/names.js';
import { ATTENDANCE_SHEET, PERSON_LABELS } from '../czech/person-labels.js';
import { NAMED_AFTER_CUE, NOT_NAME_WORDS } from '../czech/person-words.js';
import { HONORIFIC_SOURCE, POST_TITLE_SOURCE, PRE_TITLE_SOURCE, canonicalTitle } from '../czech/titles.js';
import { TakenSpans } from '../czech/taken-spans.js';
import { territories } from '../czech/territory.js';
import { defineExtractor, type ExtractContext } from '../types.js';

/**
 * People: attendee lists and labelled lines of minutes ("Přítomni:", "Omluveni:", "Zapsala:", "Z:",
 * "Kontakt:"), names in prose after a title or with a given name ("požádala … Bc. Dbalého", "předal slovo
 * Janě Procházkové"), turned to the nominative, given name first, titles split off. Initials and bare
 * surnames are resolved to the full name the same document gives.
 */

const ID = 'people';

const LETTERS = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const NAME_WORD = new RegExp(`^${LETTERS}$`, 'u');
const INITIAL = /^(\p{Lu}|Ch)\.$/u;
const LEADING_TITLE = new RegExp(String.raw`^(?:${PRE_TITLE_SOURCE}|${HONORIFIC_SOURCE}|et(?=\s))(?=\s|\p{Lu}|$)\s*`, 'u');
const TRAILING_TITLE = new RegExp(String.raw`[\s,]*(?<![\p{L}])(${POST_TITLE_SOURCE}|${PRE_TITLE_SOURCE})$`, 'u');
const ONLY_TITLES = new RegExp(String.raw`^(?:\s*(?:${POST_TITLE_SOURCE}|${PRE_TITLE_SOURCE}))+\s*$`, 'u');
const HONORIFIC_ONLY = new RegExp(String.raw`^${HONORIFIC_SOURCE}$`, 'u');
/** the end of a name's part of a list item: a bracket, a dash with spaces, a colon */
const ITEM_TAIL = /\s*(\(.*|\s[–-]\s.*|:.*|\/.*|\t.*)$/u;
/** a bullet or a number before a list item */
const ITEM_HEAD = /^([•·*\-–]\s*|\d{1,2}[.)]\s+)/u;
/** a label inside a line: "T: 30. 11. 2017, Z: Novák", "Publikováno: 12. 3. 2019 | Autor: Jana Nová" */
const INLINE_LABEL = /(?<=[\s,;(|])(?:(?<responsible>Z|Zodp\.?|Odp\.?|[Zz]odpovídá|[Oo]dpovídá)|(?<author>[Aa]utor(?:ka)?|[Tt]ext|[Zz]pracoval[a]?)|(?<recorder>[Zz]apsal[a]?)|(?<contact>[Kk]ontakt(?:ní osoba)?)|(?<other>[Ff]oto(?:grafie)?))\s*:\s*/gu;
const LIST_SPLIT = /\s*[,;]\s*|\s+a\s+(?=\p{Lu})/u;
/** a name after one or more titles in prose: "Bc. Dbalého", "PaedDr. Miroslav Pilát, Ph.D." */
const TITLED_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?<titles>(?:(?:${PRE_TITLE_SOURCE}|${HONORIFIC_SOURCE})\s*)+)(?<name>(?:\p{Lu}\.\s?)?${LETTERS}(?:\s+${LETTERS})?)(?<post>(?:,?\s*${POST_TITLE_SOURCE})*)`, 'gu');
/** a surname that is surely one even without a given name: Nováková, Dbalý, Kopecký */
const SURNAME_SHAPE = /(ová|ý|ská|cká|ský|cký|ná|lá|rá)$/u;
const ANY_TITLE = new RegExp(`${PRE_TITLE_SOURCE}|${POST_TITLE_SOURCE}|${HONORIFIC_SOURCE}`, 'gu');
/** lower-case words of a function before a name in a list item */
const FUNCTION_BEFORE = /^(?:[•·*\-–]\s*|\d{1,2}[.)]\s+)?(?:\p{Ll}[\p{L}.]*\s+){1,4}(?=\p{Lu})/u;
let townNames: Set<string> | undefined;
/** whether a word is the name of a town, a district or a region (read once from the territory list) */
function isTownName(word: string): boolean {
  townNames ??= new Set(territories().units.filter((u) => u.town).map((u) => u.name));
  return townNames.has(word);
}
/** a family's name in the plural ("Nadace Dagmar a Václava Havlových"): no one person */
const PLURAL_SURNAME = /(ých|ými|ovic)$/u;
/** two capitalised words, the first perhaps a given name in any case: "Janě Procházkové" */
const NAME_PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?<g>\p{Lu}\p{Ll}+)\s+(?<s>${LETTERS})(?![\p{L}])(?!\s*\d)`, 'gu');

interface Parsed {
  given?: string;
  surname: string;
  titles: string[];
  gender?: Gender;
  /** nominative candidates of the surname when written in another case */
  candidates: string[];
}

interface Mention extends Parsed {
  role: PersonRole;
  start: number;
  end: number;
  /** from a labelled list (nominative) rather than prose */
  listed: boolean;
  /** a bare surname in a list of responsible persons ("Z: Nováková"): kept only when it is surely a name */
  bare?: boolean;
}

const LABELS = PERSON_LABELS.map((l) => ({
  ...l,
  re: new RegExp(String.raw`^[\s•·*\-–]*(?:${l.source})(?:\s*\([^)\n]{0,60}\))?(?<sep>\s*:|\t|(?=\s*$)${l.verb ? String.raw`|\s+(?=\p{Lu})` : ''})`, l.exactCase ? 'u' : 'iu'),
}));

export const peopleExtractor = defineExtractor({
  id: ID,
  field: 'people',
  extract(ctx: ExtractContext): Person[] {
    const { text } = ctx;
    const mentions: Mention[] = [];
    const taken = new TakenSpans(text.length);
    const places = new TakenSpans(text.length);
    for (const p of ctx.found.places) places.take(p.evidence.start, p.evidence.end);
    // a title makes a name whatever the places extractor read there ("Ing. Jan Písek"); a bare pair needs no place
    const free = (s: number, e: number) => taken.free(s, e);
    const freeOfPlaces = (s: number, e: number) => taken.free(s, e) && places.free(s, e);

    readLists(text, mentions, taken);
    readTitled(text, mentions, taken, free);
    readPairs(text, mentions, taken, freeOfPlaces);

    return resolve(mentions)
      .filter((m) => !m.bare || m.given || SURNAME_SHAPE.test(m.surname))
      .map((m) => toPerson(text, m));
  },
});

// --- labelled lists

function readLists(text: string, mentions: Mention[], taken: TakenSpans): void {
  const lines = [...text.matchAll(/[^\n]+/gu)].map((m) => ({ s: m.index, t: m[0] }));
  for (let i = 0; i < lines.length; i++) {
    const { s, t } = lines[i];
    const label = matchLabel(t);
    if (!label) continue;
    const restStart = s + label.length;
    const rest = text.slice(restStart, s + t.length);
    if (ATTENDANCE_SHEET.test(rest)) continue;
    const found: Mention[] = [];
    if (rest.trim()) {
      found.push(...readItems(text, restStart, rest, label.role, 'none'));
      // a list that goes on over the next lines: only lines made of names alone
      for (let j = i + 1; j < lines.length && (rest.trim().endsWith(',') || found.length > 1); j++) {
        if (matchLabel(lines[j].t)) break;
        const more = readItems(text, lines[j].s, lines[j].t, label.role, 'all');
        if (!more.length) break;
        found.push(...more);
        i = j;
      }
    } else {
      for (let j = i + 1; j < lines.length && j <= i + 40; j++) {
        if (matchLabel(lines[j].t) || ATTENDANCE_SHEET.test(lines[j].t)) break;
        const more = readItems(text, lines[j].s, lines[j].t, label.role, 'first');
        if (!more.length) break;
        found.push(...more);
        if (label.role === 'recorder' || label.role === 'contact' || label.role === 'author') break;
        i = j;
      }
    }
    for (const m of found) {
      mentions.push(m);
      taken.take(m.start, m.end);
    }
  }
  for (const m of text.matchAll(INLINE_LABEL)) {
    const from = m.index + m[0].length;
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const role = Object.entries(m.groups ?? {}).find(([, v]) => v)?.[0] as PersonRole;
    for (const r of readItems(text, from, text.slice(from, to).split(/\s[|]\s/u)[0], role, 'first')) {
      if (!taken.free(r.start, r.end)) continue;
      mentions.push(r);
      taken.take(r.start, r.end);
    }
  }
}

function matchLabel(line: string): { role: PersonRole; length: number } | undefined {
  for (const l of LABELS) {
    const m = l.re.exec(line);
    if (!m) continue;
    // a verb label without a colon needs a capital letter after it (the `i` flag folds \p{Lu})
    if (l.verb && /^\s+$/u.test(m.groups?.sep ?? '') && !/^\p{Lu}/u.test(line.slice(m[0].length))) continue;
    return { role: l.role, length: m[0].length };
  }
  return undefined;
}

/**
 * The names of one list segment, split at commas, semicolons and "a". A piece made only of titles
 * belongs to the name before it ("Jan Farkač, CSc."). `strict`: 'all' — every piece must be a name;
 * 'first' — the first piece must be one (a following line of a list: "Petr Novák, předseda komise").
 */
function readItems(text: string, offset: number, segment: string, role: PersonRole, strict: 'all' | 'first' | 'none'): Mention[] {
  const out: Mention[] = [];
  let pos = 0;
  const pieces: { s: number; t: string }[] = [];
  for (const m of segment.matchAll(new RegExp(LIST_SPLIT.source, 'gu'))) {
    pieces.push({ s: pos, t: segment.slice(pos, m.index) });
    pos = m.index + m[0].length;
  }
  pieces.push({ s: pos, t: segment.slice(pos) });
  let last: Mention | undefined;
  for (const piece of pieces) {
    const raw = piece.t.trim();
    if (!raw) continue;
    if (last && ONLY_TITLES.test(raw)) {
      last.titles.push(...titlesIn(raw));
      last.end = offset + piece.s + piece.t.trimEnd().length;
      continue;
    }
    let parsed = parseListName(raw, role === 'responsible');
    // a function before the name: "starosta obce Petr Novák"
    const fn = parsed ? null : FUNCTION_BEFORE.exec(raw);
    if (fn) parsed = parseListName(raw.slice(fn[0].length), role === 'responsible');
    if (!parsed) {
      if (strict === 'all' || (strict === 'first' && !out.length)) return [];
      last = undefined;
      // a description after the name ends the usable part of a contact or a responsible line
      if (out.length && (role === 'contact' || role === 'responsible' || role === 'recorder' || role === 'author')) break;
      continue;
    }
    const lead = piece.t.length - piece.t.trimStart().replace(ITEM_HEAD, '').length + (fn ? fn[0].length : 0);
    const start = offset + piece.s + lead;
    const body = (fn ? raw.slice(fn[0].length) : raw.replace(ITEM_HEAD, '')).replace(ITEM_TAIL, '');
    last = { ...parsed, role, start, end: start + body.length, listed: true, ...(parsed.given ? {} : { bare: true }) };
    out.push(last);
  }
  void text;
  return out;
}

function titlesIn(s: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`${POST_TITLE_SOURCE}|${PRE_TITLE_SOURCE}`, 'gu');
  for (const m of s.matchAll(re)) {
    const c = canonicalTitle(m[0]);
    if (c) out.push(c);
  }
  return out;
}

/** "Mgr. Monika Čermáková", "Nováková Jana, Mgr.", "J.Nováková", "K. Marcinková" in a list: nominative. */
function parseListName(raw: string, bareSurname = false): Parsed | null {
  let s = raw.replace(ITEM_HEAD, '').replace(ITEM_TAIL, '').trim();
  const titles: string[] = [];
  let addressed = false;
  for (let m = LEADING_TITLE.exec(s); m && m[0].trim(); m = LEADING_TITLE.exec(s)) {
    if (HONORIFIC_ONLY.test(m[0].trim())) addressed = true;
    else titles.push(...titlesIn(m[0]));
    s = s.slice(m[0].length);
  }
  for (let m = TRAILING_TITLE.exec(s); m; m = TRAILING_TITLE.exec(s)) {
    titles.push(...titlesIn(m[1]));
    s = s.slice(0, m.index);
  }
  s = s.replace(/^(\p{Lu}|Ch)\.(?=\p{Lu})/u, '$1. ');
  let words = s.split(/\s+/u).filter(Boolean);
  // a surname in capitals beside a name in ordinary letters: "Jana NOVÁKOVÁ", "NOVÁK Petr"
  if (words.some((w) => NAME_WORD.test(w))) words = words.map((w) => (/^\p{Lu}{3,}$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w));
  // a surname alone after a title or "pan"/"paní": "Mgr. Nováková", "pan Starý"
  if (words.length === 1 && (titles.length || addressed || bareSurname) && NAME_WORD.test(words[0]) && !isGivenName(words[0]) && !NOT_NAME_WORDS.has(words[0])) {
    return { surname: words[0], titles, candidates: [words[0]] };
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
  return { given, surname, titles, candidates: [surname] };
}

// --- prose

function readTitled(text: string, mentions: Mention[], taken: TakenSpans, free: (s: number, e: number) => boolean): void {
  for (const m of text.matchAll(TITLED_NAME)) {
    const g = m.groups!;
    const start = m.index, end = m.index + m[0].length;
    if (!free(start, end)) continue;
    const honorificOnly = !titlesIn(g.titles).length;
    const parsed = parseProseName(g.name, honorificOnly);
    if (!parsed) continue;
    parsed.titles = [...titlesIn(g.titles), ...titlesIn(g.post ?? '')];
    mentions.push({ ...parsed, role: signatureRole(text, start, end), start, end, listed: false });
    taken.take(start, end);
  }
}

/** a phone or an e-mail in the lines right after a name: a contact's signature block */
const CONTACT_CUE = /(?<![\p{L}])(tel\.?|telefon|mobil|e-mail|email)(?![\p{L}])|@/iu;

/**
 * The role of a name that stands on its own line ("Mgr. Jana Nová" or "Mgr. Jana Nová, koordinátorka")
 * with a phone or an e-mail in the next lines: a contact. Any other name in prose: other.
 */
function signatureRole(text: string, start: number, end: number): PersonRole {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text.slice(lineStart, start).trim()) return 'other';
  const rest = text.slice(end, lineEnd);
  if (rest.trim() && !/^\s*[,–-]\s*\p{Ll}/u.test(rest)) return 'other';
  const next = text.slice(lineEnd, lineEnd + 200).split('\n').slice(1, 4).join('\n');
  return CONTACT_CUE.test(next) ? 'contact' : 'other';
}

function readPairs(text: string, mentions: Mention[], taken: TakenSpans, free: (s: number, e: number) => boolean): void {
  for (const m of text.matchAll(NAME_PAIR)) {
    const g = m.groups!;
    const start = m.index, end = m.index + m[0].length;
    if (!free(start, end)) continue;
    if (!givenReadings(g.g).length) continue;
    if (NOT_NAME_WORDS.has(g.g) || NOT_NAME_WORDS.has(g.s) || isGivenName(g.s) || PLURAL_SURNAME.test(g.s)) continue;
    // "Hana Hodonín", "Eliška Kyjov": a service named after a person in a town
    if (isTownName(g.s)) continue;
    if (NAMED_AFTER_CUE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const parsed = parseProseName(`${g.g} ${g.s}`, false);
    if (!parsed || !parsed.given) continue;
    mentions.push({ ...parsed, role: signatureRole(text, start, end), start, end, listed: false });
    taken.take(start, end);
  }
}

/**
 * A name in prose in any case: "Dbalého" (surname alone), "Václav Dbalý", "Janě Procházkové",
 * "J. Novák". Returns the nominative, or null when the words make no name.
 */
function parseProseName(written: string, weak: boolean): Parsed | null {
  const words = written.replace(/^(\p{Lu})\.\s?/u, '$1. ').split(/\s+/u).filter(Boolean);
  if (words.some((w) => NOT_NAME_WORDS.has(w))) return null;
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

// --- resolution: initials and bare surnames to the full names the document gives

function resolve(mentions: Mention[]): Mention[] {
  // full names by surname: given name → the first mention that gives it
  const bySurname = new Map<string, Map<string, Mention>>();
  for (const f of mentions) {
    if (!f.given || INITIAL.test(f.given)) continue;
    const given = bySurname.get(f.surname) ?? new Map<string, Mention>();
    if (!given.has(f.given) || (f.listed && !given.get(f.given)!.listed)) given.set(f.given, f);
    bySurname.set(f.surname, given);
  }
  for (const m of mentions) {
    if (m.given && !INITIAL.test(m.given)) continue;
    const initial = m.given?.replace(/\.$/u, '');
    const hits = new Set<string>();
    let hit: Mention | undefined;
    for (const c of m.candidates) {
      for (const [given, f] of bySurname.get(c) ?? []) {
        if (initial && !given.startsWith(initial)) continue;
        hits.add(`${given} ${f.surname}`);
        hit = f;
      }
    }
    if (hits.size === 1 && hit) {
      m.given = hit.given;
      m.surname = hit.surname;
    }
  }
  // prose forms of a listed surname: take the listed nominative
  for (const m of mentions) {
    if (m.listed || !m.given || INITIAL.test(m.given)) continue;
    for (const c of m.candidates) {
      const f = bySurname.get(c)?.get(m.given);
      if (f?.listed) { m.surname = f.surname; break; }
    }
  }
  return mentions;
}

function toPerson(text: string, m: Mention): Person {
  const name = m.given ? `${m.given} ${m.surname}` : m.surname;
  const written = text.slice(m.start, m.end);
  const p: Person = { name, role: m.role, evidence: { text: written, start: m.start, end: m.end }, extractor: ID };
  if (m.titles.length) p.titles = [...new Set(m.titles)];
  const bare = written.replace(ANY_TITLE, '').replace(/[\s,]+/gu, ' ').trim();
  if (bare !== name) p.written = written;
  return p;
}
