import type { Flag, Person } from '../../schema/index.js';
import type { Rule } from '../index.js';
import { NUMBER_WORDS } from '../constants.js';
import { fold, makeFlag } from '../util.js';
import { fastMatchAll } from '../../extractors/czech/fast-match.js';

const ID = 'count-mismatch';

/** "Přítomni (9):", "Přítomni (7 členů):", "Přítomno: 9 členů –": a label with its count, then the list. */
const LABELLED_COUNT = /(?<![\p{L}])(Přítomn\p{L}*|Omluven\p{L}*|Nepřítomn\p{L}*|Hosté|Členové)(?:[ \t]*\((\d{1,2})(?:[ \t]+(?:členů|členové|osob|osoby))?\)[ \t]*:|[ \t]*:[ \t]*(\d{1,2})(?:[ \t]+z[ \t]+\d{1,2})?[ \t]+(?:členů|členové|osob|osoby)(?:[ \t]+\p{L}+){0,2}(?:[ \t]*\([^)\n]*\))?[ \t]*(?:[:–-]|(?=\n)))/giu;
/** Where a count may stand: a number or a word, at a word start; the rest is tried only where it is a count. */
const COUNT_START = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d{1,2}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})(?=[ \\t])`, 'giu');
/**
 * A count that introduces a list: the counted noun phrase (at most three words, on one line) ends in a colon, a
 * phrase that announces the list ("4 pracovní skupiny, a to:", "3 oblasti jsou tyto:", "…, jsou následující:"),
 * a bracket ("4 pracovní skupiny (…)"), or ends its sentence and line right before bullet lines ("… se scházely
 * 4 pracovní skupiny.\n• senioři"). A count in running prose introduces nothing, nor does a count inside a list
 * item: the bullets after "• funkční síť 23 registrovaných služeb" are that item's siblings, not the 23 services.
 */
const COUNT_INTRO = /(\d{1,2}|\p{L}+)(?=([ \t]+(\p{L}+(?:[ \t]+\p{L}+){0,2}?)(?:[ \t]*(?:,[ \t]*)?(?:(?:a[ \t]+to|a[ \t]+sice|jsou[ \t]+to|jsou|jmenovitě|konkrétně)(?:[ \t]+(?:tyto|tito|následující))?|tyto|tito|následující))?[ \t]*([:(]|\.(?=[ \t]*\n[ \t]*(?:[•·\-–*▪◦]|\d{1,2}[.)]|[a-z]\))))))/uy;
/** Words that make the phrase a clause rather than a counted noun ("8 regionů bude členění na skupiny:"). */
const NOT_A_NOUN = new Set(['je', 'jsou', 'byl', 'byla', 'bylo', 'byly', 'bude', 'budou', 'na', 'do', 'v', 've', 'z', 'ze', 'pro', 'a', 'k', 'o', 'po', 'od', 'hod', 'hodin']);
const BULLET = /^[ \t]*(?:[•·\-–*▪◦]|\d{1,2}[.)]|[a-z]\))[ \t]*/u;
/** Titles written after a name, which a comma separates but which are no item of their own. */
const TRAILING_TITLE = /^(?:ph\.?\s?d\.?|csc\.?|drsc\.?|dis\.?|mba|ll\.?m\.?|th\.?d\.?|dr\.?)$/iu;
const MAX_COUNT = 40;
/** the end of a sentence inside a line: a dot after a word of three lower-case letters (no title: "Mgr.", "prof.") */
const SENTENCE_END = /(?<=\p{Ll}{3})(?<![Pp]rof|[Dd]oc)\.[ \t]+(?=\p{Lu})/u;
const MAX_ITEM = 120;
/** Nouns that count people, folded. */
const PERSON_NOUN = /^(?:osob|clen|ucastn|zastup|lid[ie]|obyvat|pritomn|host|pracovnik|pracovnic(?:e|i|emi)?$|zamestnan|expert|odborni|zak|student|senior|klient|uzivatel)/;
/** An item that names someone: two capitalised words, "paní Nováková", "K. Marcinková" or "Mgr. Nováková". */
const NAMED = /\p{Lu}\p{Ll}+[ \t]+\p{Lu}|(?:^|[ \t])(?:pan[ií]?|paní|p\.)[ \t]+\p{Lu}|\p{Lu}\.[ \t]*\p{Lu}\p{Ll}|(?<![\p{L}])(?:Ing|Mgr|Bc|MUDr|MVDr|PhDr|JUDr|RNDr|PaedDr|ThDr|Dr|doc|prof)\.[ \t]*\p{Lu}\p{Ll}/u;

interface ListRead {
  items: string[];
  start: number;
  end: number;
}

/**
 * count-mismatch: a stated count that differs from the items listed right after it ("Přítomno 9 členů:" with
 * eight names; "4 pracovní skupiny (senioři, rodiny, osoby se ZP)"). Reads the text itself: the count must introduce
 * the list (a colon or bracket right after the counted noun), the list must follow it directly (the rest of the line,
 * a following line of comma-separated items, consecutive bullet or numbered lines, or the bracket), and its items
 * must be of the counted kind.
 */
export const countMismatch: Rule = {
  id: ID,
  severity: 'warning',
  description: 'a stated count that differs from the items listed',
  check({ doc, fields }) {
    const text = doc.text;
    const flags: Flag[] = [];
    for (const start of fastMatchAll(text, COUNT_START)) {
      const count = /^\d+$/.test(start[1]) ? Number(start[1]) : NUMBER_WORDS[start[1].toLowerCase()];
      if (!count || count < 2 || count > MAX_COUNT) continue;
      COUNT_INTRO.lastIndex = start.index;
      const m = COUNT_INTRO.exec(text);
      if (!m) continue;
      const words = m[3].split(/[ \t]+/).map(fold);
      if (words.some((w) => NOT_A_NOUN.has(w.replace(/\.$/, '')) || /\d/.test(w))) continue;
      const after = m.index + m[1].length + m[2].length;
      if (m[4] === '.' && !endsItsSentence(text, m.index)) continue;
      const list = m[4] === '(' ? readBracket(text, after) : m[4] === ':' ? readColonList(text, after) : readBullets(text, endOfLine(text, after) + 1);
      if (!list || list.items.length < 2 || list.items.length === count) continue;
      // a breakdown ("5 hlasy (pro 5, proti 0)", "3 etapy (2016, 2017, 2018)") or running text is no list of things
      if (list.items.some((item) => /\d/.test(item) || item.length > MAX_ITEM)) continue;
      if (!ofCountedKind(words.some((w) => PERSON_NOUN.test(w)), list, fields.people)) continue;
      const stated = text.slice(m.index, m.index + m[1].length + m[2].indexOf(m[3]) + m[3].length);
      flags.push(mismatch(text, count, stated, m.index, list));
    }
    for (const m of fastMatchAll(text, LABELLED_COUNT)) {
      const count = Number(m[2] ?? m[3]);
      const after = m.index + m[0].length;
      const list = readColonList(text, after);
      if (!list || list.items.length < 2 || list.items.length === count) continue;
      if (list.items.some((item) => /\d/.test(item) || item.length > MAX_ITEM)) continue;
      if (!ofCountedKind(true, list, fields.people)) continue;
      const stated = m[0].replace(/[ \t]*[:–-]$/u, '');
      flags.push(mismatch(text, count, stated, m.index, list));
    }
    return flags.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
  },
};

/**
 * The items are of the kind the count counts. People ("9 členů", "Přítomni (4)") are listed by name: "12 osob:
 * zástupci obcí, poskytovatelé a uživatelé" names kinds of people, not people. Anything else (groups, areas,
 * services, points) is not listed as people: names under "3 pracovní skupiny:" are members, not groups.
 */
/** The flag: the count as stated, at `start`, against the items of the list that follows it. */
function mismatch(text: string, count: number, stated: string, start: number, list: ListRead): Flag {
  return makeFlag({
    rule: ID,
    severity: countMismatch.severity,
    message: `uvedeno ${count} (${stated}), ale vyjmenováno ${list.items.length}: ${list.items.join(', ')}`,
    evidence: [
      { text: stated, start, end: start + stated.length },
      { text: text.slice(list.start, list.end), start: list.start, end: list.end },
    ],
    actual: list.items.length,
    expected: count,
  });
}

function ofCountedKind(people: boolean, list: ListRead, persons: readonly Person[]): boolean {
  if (people) return list.items.every((item) => NAMED.test(item));
  const named = persons.filter((p) => p.evidence.start >= list.start && p.evidence.end <= list.end);
  return named.length < list.items.length;
}

/**
 * A count whose sentence ends right before the list introduces it only when the sentence counts nothing else ("Ve
 * městě působí 5 skupin a 14 organizací." announces no one list) and is no list item itself.
 */
function endsItsSentence(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  if (BULLET.test(text.slice(lineStart, at))) return false;
  let start = at;
  while (start > lineStart && !/[.!?:;]/u.test(text[start - 1])) start--;
  const end = text.indexOf('.', at);
  return [...fastMatchAll(text.slice(start, end), COUNT_START)].length === 1;
}

/** Bullet or numbered lines right after the line that ends with the count ("… 4 pracovní skupiny.\n• senioři"). */
function readBullets(text: string, start: number): ListRead | undefined {
  const items: Array<{ text: string; start: number; end: number }> = [];
  let pos = start;
  while (pos < text.length) {
    const end = endOfLine(text, pos);
    const line = text.slice(pos, end);
    if (!BULLET.test(line) || !line.replace(BULLET, '').trim()) break;
    items.push({ text: line.replace(BULLET, '').trim(), start: pos, end });
    pos = end + 1;
  }
  if (!items.length) return undefined;
  return { items: items.map((i) => i.text.replace(/[,;.]$/u, '')), start: items[0].start, end: items[items.length - 1].end };
}

function readBracket(text: string, start: number): ListRead | undefined {
  const close = text.indexOf(')', start);
  if (close < 0 || close - start > 600 || text.slice(start, close).includes('(')) return undefined;
  return { items: splitItems(text.slice(start, close)), start, end: close };
}

function readColonList(text: string, start: number): ListRead | undefined {
  const lineEnd = endOfLine(text, start);
  const rest = text.slice(start, lineEnd);
  if (rest.trim()) {
    const offset = start + (rest.length - rest.trimStart().length);
    let end = continued(text, lineEnd);
    // the list ends with its sentence: "… skupiny: Senioři, Rodina a děti. V obcích Chrast, Luže …"
    const stop = SENTENCE_END.exec(text.slice(offset, end));
    if (stop) end = offset + stop.index + 1;
    return { items: splitItems(text.slice(offset, end)), start: offset, end: offset + text.slice(offset, end).trimEnd().length };
  }
  // the list starts on a following line (one blank line allowed)
  let pos = lineEnd + 1;
  if (pos < text.length && text[pos] === '\n') pos++;
  const lines: Array<{ text: string; start: number; end: number }> = [];
  while (pos < text.length) {
    const end = endOfLine(text, pos);
    const line = text.slice(pos, end);
    if (!line.trim()) break;
    lines.push({ text: line, start: pos, end });
    pos = end + 1;
  }
  if (!lines.length) return undefined;
  if (BULLET.test(lines[0].text)) {
    const bullets = [];
    for (const l of lines) {
      if (!BULLET.test(l.text)) break;
      bullets.push(l);
    }
    return { items: bullets.map((l) => l.text.replace(BULLET, '').trim()), start: bullets[0].start, end: bullets[bullets.length - 1].end };
  }
  if (lines[0].text.includes(',')) {
    const end = continued(text, lines[0].end);
    return { items: splitItems(text.slice(lines[0].start, end)), start: lines[0].start, end };
  }
  // one item a line: short lines that are no heading of their own
  const short = [];
  for (const l of lines) {
    if (l.text.length > 80 || l.text.includes(':')) break;
    short.push(l);
  }
  return short.length ? { items: short.map((l) => l.text.trim()), start: short[0].start, end: short[short.length - 1].end } : undefined;
}

/** A comma list broken over lines (a PDF wraps "A, B, C,\nD, E"): the lines go on while one ends with a comma or "a". */
function continued(text: string, lineEnd: number): number {
  let end = lineEnd;
  while (end < text.length && /(?:[,;]|[ \t]a)[ \t]*$/u.test(text.slice(text.lastIndexOf('\n', end - 1) + 1, end))) {
    const next = endOfLine(text, end + 1);
    if (!text.slice(end + 1, next).trim()) break;
    end = next;
  }
  return end;
}

function endOfLine(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/** "a, b, c a d." → [a, b, c, d]; a title after a comma ("Ph.D.") stays with its name. */
function splitItems(list: string): string[] {
  // semicolons separate items that hold commas: "senioři; rodina, děti a mládež; osoby ohrožené …"
  const separators = /;/u.test(list.replace(/[.;]\s*$/u, '')) ? /;/u : /[,;\n]/u;
  const parts = list.replace(/[.;]\s*$/u, '').split(separators).map((s) => s.trim());
  const items: string[] = [];
  for (const p of parts) {
    if (!p) continue;
    if (TRAILING_TITLE.test(p) && items.length) {
      items[items.length - 1] += `, ${p}`;
      continue;
    }
    items.push(p);
  }
  const last = items[items.length - 1];
  if (last) {
    const split = last.split(/[ \t]+a[ \t]+/u);
    if (split.length === 2 && split.every((s) => s.trim())) items.splice(items.length - 1, 1, ...split.map((s) => s.trim()));
  }
  return items;
}
