import type { Person, PersonRole } from '../../schema/index.js';
import { givenReadings, isGivenName, type Case } from '../czech/names.js';
import {
  INITIAL, ITEM_HEAD, ITEM_TAIL, LETTERS, PRE_TITLE_AFTER, onlyTitles, parseListName, parseProseName, surnameFirst, titlesIn,
  type Parsed,
} from '../czech/person-names.js';
import { ATTENDANCE_SHEET, PERSON_LABELS } from '../czech/person-labels.js';
import { CONTACT_LINE, signatureRole } from '../czech/person-contact.js';
import { cellsOf, responsibleColumn, tableHeader, tableRow, trailingStatus, type TableColumns } from '../czech/person-table.js';
import { NAMED_AFTER_CUE, NOT_NAME_WORDS } from '../czech/person-words.js';
import { HONORIFIC_SOURCE, POST_TITLE_SOURCE, PRE_TITLE_SOURCE, honorificReading } from '../czech/titles.js';
import { TakenSpans } from '../czech/taken-spans.js';
import { LOWER, UPPER, candidateMatchAll } from '../czech/candidate-match.js';
import { fastMatchAll } from '../czech/fast-match.js';
import { territories } from '../czech/territory.js';
import { defineExtractor, type ExtractContext } from '../types.js';

/**
 * People: attendee lists and labelled lines of minutes ("Přítomni:", "Omluveni:", "Zapsala:", "Z:",
 * "Kontakt:"), names in prose after a title or with a given name ("požádala … Bc. Dbalého", "předal slovo
 * Janě Procházkové"), turned to the nominative, given name first, titles split off. Initials and bare
 * surnames are resolved to the full name the same document gives.
 */

const ID = 'people';

/** a label inside a line: "T: 30. 11. 2017, Z: Novák", "Publikováno: 12. 3. 2019 | Autor: Jana Nová" */
const INLINE_LABEL = /(?<=[\s,;(|])(?:(?<responsible>Z|Zodp\.?|Odp\.?|[Zz]odpovídá|[Oo]dpovídá|[Zz]?[Oo]dpovědnost|[Oo]dpovědná osoba)|(?<author>[Aa]utor(?:ka)?|[Tt]ext|[Zz]pracoval[a]?|[Vv]ypracoval[a]?)|(?<recorder>[Zz]apsal[a]?)|(?<contact>[Kk]ontakt(?:ní osoba)?)|(?<other>[Ff]oto(?:grafie)?))\s*:\s*/gu;
const LIST_SPLIT = /\s*[,;]\s*|\s+a\s+(?=\p{Lu})/gu;
/** on a label's own line the cells of a table row are names too: "Přítomni\tJana Nová\tPetr Starý" */
const LIST_SPLIT_CELLS = /\s*[,;\t]\s*|\s+a\s+(?=\p{Lu})/gu;
/** a lower-case noun after an adjective that makes it a place or a body: "Pardubický kraj", "Městský úřad" */
const PLACE_NOUN = String.raw`(?:kraj|úřad|obvod|okres|spolek|svaz|ústav|magistrát|soud|fond)\p{L}*(?![\p{L}])`;
/**
 * a name after one or more titles in prose: "Bc. Dbalého", "PaedDr. Miroslav Pilát, Ph.D."; a tab is a
 * table's cell boundary, never inside a name ("Mgr.⇥Královéhradecký kraj")
 */
const TITLED_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?<titles>(?:(?:${PRE_TITLE_SOURCE}|${HONORIFIC_SOURCE})[^\S\t]*(?:et\s+)?)+)(?<name>(?:\p{Lu}\.\s?)?${LETTERS}(?:[^\S\t]+${LETTERS})?)(?![\p{L}-])(?![^\S\t]+${PLACE_NOUN})(?<post>(?:,?\s*${POST_TITLE_SOURCE})*)`, 'gu');
/** a surname that is surely one even without a given name: Nováková, Dbalý, Kopecký */
const SURNAME_SHAPE = /(ová|ý|ská|cká|ský|cký|ná|lá|rá)$/u;
const ANY_TITLE = new RegExp(`${PRE_TITLE_SOURCE}|${POST_TITLE_SOURCE}|${HONORIFIC_SOURCE}`, 'gu');
/** the header row of an attendance table: "Jméno\tOrganizace", "Titul, jméno a příjmení" */
const TABLE_HEADER = /^\s*(titul|jméno|příjmení|p\.\s?č\.|č\.|poř\.)(?![\p{L}])/iu;
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
// the surname in a lookahead, so that "Koordinátorka Petra Šimková" still tries "Petra Šimková"
const NAME_PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?<g>\p{Lu}\p{Ll}+)(?=(?<sp>\s+)(?<s>${LETTERS})(?![\p{L}])(?!\s*\d))`, 'gu');
/** where a NAME_PAIR can start: a capitalised word, spaces, a capitalised word */
const NAME_PAIR_CANDIDATE = new RegExp(String.raw`${UPPER}${LOWER}+\s+${UPPER}${LOWER}`, 'g');

interface Mention extends Parsed {
  role: PersonRole;
  start: number;
  end: number;
  /** from a labelled list (nominative) rather than prose */
  listed: boolean;
}

/**
 * A name just parsed as a mention: the parsed object (fresh from the parser, used nowhere else) takes the
 * mention's fields, the same as a spread copy but without copying objects of many shapes.
 */
function asMention(parsed: Parsed, role: PersonRole, start: number, end: number, listed: boolean): Mention {
  const m = parsed as Mention;
  m.role = role;
  m.start = start;
  m.end = end;
  m.listed = listed;
  return m;
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

    const lines = linesOf(text);
    readTaskTables(text, lines, mentions, taken);
    readLists(text, lines, mentions, taken, MEETING_RECORD.test(text));
    readTitled(text, mentions, taken, free);
    readPairs(text, mentions, taken, freeOfPlaces);
    readInitialed(text, mentions, taken, freeOfPlaces);

    return resolve(text, mentions)
      .filter((m) => !m.bare || m.given || SURNAME_SHAPE.test(m.surname))
      .map((m) => toPerson(text, m));
  },
});

// --- labelled lists

/** the lines of a text with their offsets */
type Line = { s: number; t: string };

/** The non-empty lines of a text, as `[^\n]+` finds them. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    if (e > s) lines.push({ s, t: text.slice(s, e) });
    s = e + 1;
  }
  return lines;
}

/** the rest of a label line that only counts the people listed below: "7 členů komise (…)" */
const COUNT_REST = /^\s*\d{1,2}(?![\p{N}.,])/u;

/** a table's rule line: pipes, dashes, colons, plus signs and spaces only */
const TABLE_RULE = /^[\s|+:=-]*-{3}[\s|+:=-]*$/u;

/** a line that opens minutes or records attendance, or a person's attendance: lists of members are attendance in such a document */
const MEETING_RECORD = /^[\s•·*\-–]*(?:zápis|přítomn\p{L}*|omluven\p{L}*|nepřítomn\p{L}*|hosté|zapsal\p{L}*|prezen\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:přítomen|přítomna|omluven[aáý]?|nepřítomen|nepřítomna)(?![\p{L}])/imu;

function readLists(text: string, lines: readonly Line[], mentions: Mention[], taken: TakenSpans, meeting: boolean): void {
  for (let i = 0; i < lines.length; i++) {
    const { s, t } = lines[i];
    const matched = matchLabel(t);
    if (!matched) continue;
    let label = matched.membership && !meeting ? { ...matched, role: 'other' as const } : matched;
    // "Manažerka projektu: Ing. Jana Nová⏎tel.: …": a line of contact details below makes the person the one
    // to contact; on the label's own line they do not ("Garant dokumentu: Jakub Šlajs, DiS., …, tel: …")
    if ((label.role === 'responsible' || label.role === 'author') && CONTACT_LINE.test(text.slice(s + t.length + 1, s + t.length + 200))) {
      label = { ...label, role: 'contact' };
    }
    const restStart = s + label.length;
    const rest = text.slice(restStart, s + t.length);
    if (ATTENDANCE_SHEET.test(rest)) continue;
    const found: Mention[] = [];
    const inline = rest.trim() ? readItems(restStart, rest, label.role, 'none') : [];
    // "Přítomno: 7 členů komise (usnášeníschopná)" with the names on the lines below: a count, no names
    const countOnly = !inline.length && COUNT_REST.test(rest);
    if (rest.trim() && !countOnly) {
      found.push(...inline);
      // a list that goes on over the next lines: only lines made of names alone
      for (let j = i + 1; j < lines.length && (rest.trim().endsWith(',') || found.length > 1); j++) {
        if (matchLabel(lines[j].t)) break;
        const more = readItems(lines[j].s, lines[j].t, label.role, 'all');
        if (!more.length) break;
        found.push(...more);
        i = j;
      }
    } else {
      let columns: TableColumns | undefined;
      const labelLine = i;
      for (let j = i + 1; j < lines.length && j <= labelLine + 40; j++) {
        if (matchLabel(lines[j].t) || ATTENDANCE_SHEET.test(lines[j].t)) break;
        // a header row right after the label tells the columns; one without cells is skipped
        if (j === labelLine + 1) {
          columns = tableHeader(lines[j].t);
          if (columns || TABLE_HEADER.test(lines[j].t)) continue;
        }
        const { s: rowStart, t: row } = lines[j];
        // the rule under a table's header row ("|------|------|")
        if (TABLE_RULE.test(row)) continue;
        const cells = tableRow(row, columns);
        const more = cells
          ? readItems(rowStart + cells.start, cells.text, cells.role ?? label.role, 'first')
          : readItems(rowStart, row, trailingStatus(row) ?? label.role, 'first');
        if (!more.length) break;
        if (columns?.surnameFirst) more.forEach(surnameFirst);
        found.push(...more);
        // the other cells of a row (organisation, attendance) are no names
        if (cells) taken.take(rowStart, rowStart + row.length);
        // one person signs, unless the label says several ("Zpracovatelé:", "Autoři:", "Zpracovali:")
        if ((label.role === 'recorder' || label.role === 'contact' || label.role === 'author') && !matched.plural) break;
        i = j;
      }
    }
    settleOrder(found);
    for (const m of found) {
      mentions.push(m);
      taken.take(m.start, m.end);
    }
  }
  for (const m of fastMatchAll(text, INLINE_LABEL)) {
    const from = m.index + m[0].length;
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const role = Object.entries(m.groups ?? {}).find(([, v]) => v)?.[0] as PersonRole;
    for (const r of readItems(from, text.slice(from, to).split(/\s[|]\s/u)[0], role, 'first')) {
      if (!taken.free(r.start, r.end)) continue;
      mentions.push(r);
      taken.take(r.start, r.end);
    }
  }
}

/**
 * Task tables ("Úkol | Zodpovídá | Termín", "Aktivita⇥Garant⇥Termín"): the names in the column of the
 * person answerable, row by row until a line without cells, are responsible ("Bc. Zimová, p. Hrabal").
 */
function readTaskTables(text: string, lines: readonly Line[], mentions: Mention[], taken: TakenSpans): void {
  if (!/odp|garant|gestor/iu.test(text)) return;
  for (let i = 0; i < lines.length; i++) {
    const col = responsibleColumn(lines[i].t);
    if (col === undefined) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const cells = cellsOf(lines[j].t)?.filter((c) => c.text.trim());
      if (!cells || responsibleColumn(lines[j].t) !== undefined) break;
      const cell = cells[col];
      if (!cell) continue;
      for (const m of readItems(lines[j].s + cell.start, cell.text, 'responsible', 'first')) {
        mentions.push(m);
        taken.take(m.start, m.end);
      }
      i = j;
    }
  }
}

/**
 * Two given names ("Urban Miroslav") in a list written surname first ("Kovářová Jana, Malý Ondřej"):
 * the order of the list's other names decides.
 */
function settleOrder(found: Mention[]): void {
  const decided = found.filter((m) => m.order && !m.ambiguousOrder);
  const surnameFirstCount = decided.filter((m) => m.order === 'surname').length;
  if (surnameFirstCount * 2 <= decided.length) return;
  for (const m of found) if (m.ambiguousOrder) surnameFirst(m);
}

/**
 * the first letters of every label ("Z" alone is one; the `i` flag as theirs, so that it folds as they
 * do): a line that starts otherwise needs no label tried
 */
const LABEL_START = /^[\s•·*\-–]*(?:z|ne|př|pr|se|úč|čl|om|ho|vy|au|te|od|ga|ko|ov|sc|ří|mo|mí|fo|ma|pl|do|an|bl|da|ví|vi|in)/iu;

/** a label that names several people: "Zpracovatelé", "Autoři", "Zpracovali", "Kontakty" */
const PLURAL_LABEL = /(?:telé|oři|ovali|ovaly|avili|kty)\s*:?\s*$/iu;

function matchLabel(line: string): { role: PersonRole; length: number; membership?: boolean; plural?: boolean } | undefined {
  if (!LABEL_START.test(line)) return undefined;
  for (const l of LABELS) {
    const m = l.re.exec(line);
    if (!m) continue;
    // a verb label without a colon needs a capital letter after it (the `i` flag folds \p{Lu})
    if (l.verb && /^\s+$/u.test(m.groups?.sep ?? '') && !/^\p{Lu}/u.test(line.slice(m[0].length))) continue;
    return { role: l.role, length: m[0].length, ...(l.membership ? { membership: true } : {}), ...(PLURAL_LABEL.test(m[0]) ? { plural: true } : {}) };
  }
  return undefined;
}

/**
 * The names of one list segment, split at commas, semicolons and "a". A piece made only of titles
 * belongs to the name before it ("Jan Farkač, CSc."). `strict`: 'all' — every piece must be a name;
 * 'first' — the first piece must be one (a following line of a list: "Petr Novák, předseda komise").
 */
function readItems(offset: number, segment: string, role: PersonRole, strict: 'all' | 'first' | 'none'): Mention[] {
  const out: Mention[] = [];
  let pos = 0;
  const pieces: { s: number; t: string }[] = [];
  for (const m of segment.matchAll(strict === 'none' ? LIST_SPLIT_CELLS : LIST_SPLIT)) {
    pieces.push({ s: pos, t: segment.slice(pos, m.index) });
    pos = m.index + m[0].length;
  }
  pieces.push({ s: pos, t: segment.slice(pos) });
  let last: Mention | undefined;
  for (const piece of pieces) {
    const raw = piece.t.trim();
    if (!raw) continue;
    if (last && onlyTitles(raw)) {
      last.titles.push(...titlesIn(raw));
      // "Urban Miroslav, PhDr.": a pre-title after the name, the surname-first order of lists
      if (PRE_TITLE_AFTER.test(raw)) surnameFirst(last);
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
    last = asMention(parsed, role, start, start + body.length, true);
    out.push(last);
  }
  return out;
}

// --- prose

function readTitled(text: string, mentions: Mention[], taken: TakenSpans, free: (s: number, e: number) => boolean): void {
  for (const m of fastMatchAll(text, TITLED_NAME)) {
    const g = m.groups!;
    const start = m.index, end = m.index + m[0].length;
    if (!free(start, end)) continue;
    const honorificOnly = !titlesIn(g.titles).length;
    const parsed = parseProseName(g.name, honorificOnly, honorificReading(g.titles) ?? abbreviatedAddress(g.titles, g.name));
    if (!parsed) continue;
    parsed.titles = [...titlesIn(g.titles), ...titlesIn(g.post ?? '')];
    mentions.push(asMention(parsed, signatureRole(text, start, end), start, end, false));
    taken.take(start, end);
  }
}

/**
 * "p. Kratochvíl", "pí Zimová": an abbreviated address word tells no gender; the surname's ending does
 * (a woman's in any case, a man's in the nominative, the case of lists and minutes).
 */
function abbreviatedAddress(titles: string, name: string): { gender: 'male' | 'female'; cases: readonly Case[] } | undefined {
  if (!/^\s*(?:p|pí)\.?\s*$/iu.test(titles) || /\s/u.test(name.trim())) return undefined;
  return /(ová|ové|ovou|á|é|ou)$/u.test(name.trim())
    ? { gender: 'female', cases: ['nom', 'gen', 'dat', 'acc', 'loc', 'ins'] }
    : { gender: 'male', cases: ['nom'] };
}

function readPairs(text: string, mentions: Mention[], taken: TakenSpans, free: (s: number, e: number) => boolean): void {
  for (const m of candidateMatchAll(text, NAME_PAIR, NAME_PAIR_CANDIDATE)) {
    const g = m.groups!;
    let end = m.index + g.g.length + g.sp.length + g.s.length;
    const start = m.index;
    // two given names and a surname: "Jan Amos Komenský"
    let middle: string | undefined;
    // a surname that is also a given name ("Martin Marek") when no third name follows
    let surnameLikeGiven = false;
    if (isGivenName(g.g) && isGivenName(g.s)) {
      const third = THIRD_NAME.exec(text.slice(end, end + 40));
      if (third && !isGivenName(third[1])) {
        middle = g.s;
        g.s = third[1];
        end += third[0].length;
      } else surnameLikeGiven = true;
    }
    if (!free(start, end)) continue;
    if (!givenReadings(g.g).length) continue;
    if (NOT_NAME_WORDS.has(g.g) || NOT_NAME_WORDS.has(g.s) || (isGivenName(g.s) && !surnameLikeGiven) || PLURAL_SURNAME.test(g.s)) continue;
    // "Hana Hodonín", "Eliška Kyjov": a service named after a person in a town
    if (isTownName(g.s)) continue;
    const before = text.slice(Math.max(0, start - 20), start);
    if (NAMED_AFTER_CUE.test(before)) continue;
    // the middle of three names ("Jan Amos Komenský") is no given name of its own
    const prev = /(\p{Lu}\p{Ll}+)\s+$/u.exec(before);
    if (prev && isGivenName(prev[1])) continue;
    const parsed = parseProseName(`${g.g} ${g.s}`, false);
    if (!parsed || !parsed.given) continue;
    if (middle) {
      if (parsed.given !== g.g) continue;
      parsed.given = `${parsed.given} ${middle}`;
    }
    mentions.push(asMention(parsed, signatureRole(text, start, end), start, end, false));
    taken.take(start, end);
  }
}

const THIRD_NAME = new RegExp(String.raw`^\s+(${LETTERS})(?![\p{L}])(?!\s*\d)`, 'u');

/** an initial and a surname in prose: "Koordinátor R. Janík přivítal přítomné" (not "T. G. Masaryka") */
const INITIALED_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}.]|\p{Lu}\.\s?)(?<i>\p{Lu})\.\s?(?<s>${LETTERS})(?![\p{L}])(?!\s*\d)(?!\s*\p{Lu}\.)`, 'gu');
/** where an INITIALED_NAME can start: a capital, a dot, a capitalised word */
const INITIALED_CANDIDATE = new RegExp(String.raw`(?<![A-Za-z0-9.])${UPPER}\.\s?${UPPER}${LOWER}`, 'g');

const CITATION_BEFORE = /\p{Lu}{2,}[\p{Lu}\-]*,\s*$/u;
/** an abbreviated town in a plural case: "v K. Varech", "v Č. Budějovicích" */
const PLURAL_PLACE_CASE = /(ech|ích|ách|ami|emi|ice|y)$/u;

function readInitialed(text: string, mentions: Mention[], taken: TakenSpans, free: (s: number, e: number) => boolean): void {
  for (const m of candidateMatchAll(text, INITIALED_NAME, INITIALED_CANDIDATE)) {
    const g = m.groups!;
    const start = m.index, end = m.index + m[0].length;
    if (!free(start, end)) continue;
    if (NOT_NAME_WORDS.has(g.s) || isGivenName(g.s) || isTownName(g.s) || PLURAL_SURNAME.test(g.s) || PLURAL_PLACE_CASE.test(g.s)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    // "MATOUŠEK, O. Slovník sociální práce": a citation, the initial belongs to the name before it
    if (NAMED_AFTER_CUE.test(before) || CITATION_BEFORE.test(before)) continue;
    const parsed = parseProseName(`${g.i}. ${g.s}`, false);
    if (!parsed) continue;
    mentions.push(asMention(parsed, signatureRole(text, start, end), start, end, false));
    taken.take(start, end);
  }
}

// --- resolution: initials and bare surnames to the full names the document gives

/**
 * A surname read from another case takes the nominative candidate the document itself writes
 * ("Svobodovi" is Svoboda, not Svobod, when "Svoboda" stands elsewhere), else the rules' first guess.
 * Written means: the surname of a name read in the nominative, or the word after a given name in the
 * nominative ("Petr Hruška, vedoucí odboru") — not any word ("Davida Šípka" attests no surname "Davida").
 */
function attestSurnames(text: string, mentions: Mention[]): void {
  const nominative = new Set(mentions.filter((m) => m.listed || m.candidates.length === 1).map((m) => m.surname));
  const afterGiven = (word: string) => {
    // a word of letters that the text does not hold cannot follow a given name there
    if (/^[\p{L}-]+$/u.test(word) && !text.includes(word)) return false;
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+${word}(?![\p{L}])`, 'gu'))) {
      if (isGivenName(m[1])) return true;
    }
    return false;
  };
  for (const m of mentions) {
    if (m.listed || m.candidates.length < 2) continue;
    const asWritten = m.candidates.at(-1)!;
    const hit = m.candidates.slice(0, -1).find((c) => c !== asWritten && (nominative.has(c) || afterGiven(c)));
    if (hit && hit !== m.surname) {
      m.surname = hit;
      m.candidates = [hit, ...m.candidates.filter((c) => c !== hit)];
    }
  }
}

/**
 * Two given names read in either order ("Ověřil: Urban Miroslav"): the order another mention of the
 * document settles — the same two names read unambiguously, or one of them standing alone as a surname
 * ("PhDr. Urban upozornil").
 */
function settleOrderByDocument(mentions: Mention[]): void {
  const surnames = new Set(mentions.filter((m) => !m.ambiguousOrder).map((m) => m.surname));
  for (const m of mentions) {
    if (m.ambiguousOrder && m.given && surnames.has(m.given) && !surnames.has(m.surname)) surnameFirst(m);
  }
}

function resolve(text: string, mentions: Mention[]): Mention[] {
  attestSurnames(text, mentions);
  settleOrderByDocument(mentions);
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
