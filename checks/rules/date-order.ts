import type { DateItem, Evidence, Flag, ParsedDocument, Period } from '../../schema/index.js';
import type { Rule } from '../index.js';
import { czechDate, isRealDay, isoOf, parseIsoDay, writtenDates } from '../dates.js';
import { allPeriods, precisionOf } from '../periods.js';
import { fold, makeFlag } from '../util.js';

const ID = 'date-order';

const START_CUE = /zahajen|zahajil|zacat|zacal|zacatek|spusten/;
const END_CUE = /ukoncen|ukoncil|skoncen|skonci|skoncil|dokoncen|konec/;
const PROJECT = /projekt/;

interface Dated {
  iso: string;
  evidence: Evidence;
  /** the project's name when the sentence gives one ("projektu Podpora V"), folded */
  name?: string;
}

/** A project's name after the word: quoted, or capitalised words and Roman numerals. */
const PROJECT_NAME = /[Pp]rojekt\p{L}*\s+(?:[„"“]([^"“”]+)["“”]|((?:\p{Lu}[\p{L}\p{N}]*\.?)(?:\s+(?:\p{Lu}[\p{L}\p{N}]*|[IVX]+|v|ve|a|pro|na)\b)*))/u;

/**
 * date-order: a date that must follow another but precedes it. Minutes written before the meeting they record,
 * a next meeting set before the meeting itself (from the date extractor's roles), and a project that ends before
 * it starts (from the words beside its dates: "zahájena", "ukončen", or the start of its realisation period).
 * Dates whose year was inferred are left out.
 */
export const dateOrder: Rule = {
  id: ID,
  severity: 'warning',
  description: 'a date that must follow another but precedes it',
  check({ doc, fields }) {
    const flags: Flag[] = [];
    const stated = fields.dates.filter((d) => !d.invalid && !d.inferred?.length && parseIsoDay(d.date) && isRealDay(parseIsoDay(d.date)!));
    const meeting = first(stated, 'meeting') ?? meetingFromText(doc.text);
    if (meeting) {
      for (const [role, what] of [['written', 'zápis je datován'], ['next_meeting', 'další jednání je stanoveno na']] as const) {
        for (const d of stated.filter((x) => x.role === role)) {
          if (d.date >= meeting.date) continue;
          flags.push(makeFlag({
            rule: ID,
            severity: dateOrder.severity,
            message: `${what} ${show(d.date)}, před jednáním ${show(meeting.date)}`,
            evidence: [meeting.evidence, d.evidence],
            actual: d.date,
            expected: `po ${meeting.date}`,
          }));
        }
      }
    }
    const project = projectDates(doc, fields.periods);
    // a page naming two projects (one ending, the next one starting) has an end before a start too, and that is
    // no contradiction: there, only dates that name the same project are compared
    const names = new Set([...doc.text.matchAll(new RegExp(PROJECT_NAME, 'gu'))].map((m) => fold(m[1] ?? m[2]).trim()));
    const same = (a: Dated, b: Dated) => (names.size > 1 ? a.name !== undefined && a.name === b.name : !a.name || !b.name || a.name === b.name);
    for (const end of project.ends) {
      const starts = project.starts.filter((s) => same(s, end));
      if (!starts.length) continue;
      const start = starts.reduce((a, b) => (b.iso < a.iso ? b : a));
      if (end.iso >= start.iso) continue;
      flags.push(makeFlag({
        rule: ID,
        severity: dateOrder.severity,
        message: `projekt končí ${show(end.iso)}, dřív než začíná (${show(start.iso)})`,
        evidence: [start.evidence, end.evidence],
        actual: end.iso,
        expected: `po ${start.iso}`,
      }));
      break;
    }
    return flags;
  },
};

/** Words right before the date of the meeting that minutes record: "Termín:", "Datum jednání:", "konaného dne". */
const MEETING_CUE = /(?:^|\n)[ \t]*(?:termín|datum(?:[ \t]+a[ \t]+čas)?(?:[ \t]+(?:jednání|konání|setkání))?|datum\/čas\.?|den[ \t]+konání)[ \t]*:[ \t]*$|(?<![\p{L}])(?:konan\p{L}*|konal\p{L}*|uskutečnil\p{L}*|proběhl\p{L}*)[ \t]+(?:se[ \t]+)?(?:(?:v|ve)[ \t]+\p{L}+[ \t]+)?(?:dne[ \t]+)?$/iu;

/**
 * The meeting date of minutes whose date extractor gave no date the meeting role: the first full date of the
 * text's first part that the words before it name as the meeting's.
 */
function meetingFromText(text: string): DateItem | undefined {
  if (!/(?<![\p{L}])zápis/iu.test(text.slice(0, 2000))) return undefined;
  for (const d of writtenDates(text)) {
    if (d.start > 3000) break;
    if (!isRealDay(d) || !MEETING_CUE.test(text.slice(Math.max(0, d.start - 60), d.start))) continue;
    return { date: isoOf(d), role: 'meeting', evidence: { text: text.slice(d.start, d.end), start: d.start, end: d.end }, extractor: 'checks' };
  }
  return undefined;
}

/** The earliest date of a role: when minutes name several meetings, only a date before all of them is a contradiction. */
function first(dates: readonly DateItem[], role: DateItem['role']): DateItem | undefined {
  return dates.filter((d) => d.role === role).reduce<DateItem | undefined>((a, b) => (!a || b.date < a.date ? b : a), undefined);
}

function show(iso: string): string {
  const d = parseIsoDay(iso);
  return d ? czechDate(d) : iso;
}

/**
 * Dates said to start or end a project: a cue word on the same line, in the same sentence, with "projekt" in that
 * sentence; and the start of a realisation period ("Doba realizace projektu: 1. 9. 2017 – 30. 9. 2018").
 */
function projectDates(doc: ParsedDocument, periods: readonly Period[]): { starts: Dated[]; ends: Dated[] } {
  const text = doc.text;
  const starts: Dated[] = [];
  const ends: Dated[] = [];
  for (const d of writtenDates(text)) {
    if (!isRealDay(d)) continue;
    const sentence = sentenceAround(text, d.start, d.end);
    if (!PROJECT.test(fold(sentence.text))) continue;
    const before = fold(text.slice(sentence.start, d.start)).slice(-60);
    const after = fold(text.slice(d.end, sentence.end)).slice(0, 40);
    // a date inside a written range is the range's end, not a date of its own
    if (/^\s*[–-]/.test(text.slice(d.end, d.end + 3)) || /[–-]\s*$/.test(text.slice(Math.max(0, d.start - 3), d.start))) continue;
    const item: Dated = { iso: isoOf(d), evidence: { text: text.slice(d.start, d.end), start: d.start, end: d.end } };
    const name = PROJECT_NAME.exec(sentence.text);
    if (name) item.name = fold(name[1] ?? name[2]).trim();
    const cueBefore = lastCue(before);
    const cueAfter = firstCue(after);
    const cue = cueBefore ?? cueAfter;
    if (cue === 'start') starts.push(item);
    else if (cue === 'end') ends.push(item);
  }
  for (const p of allPeriods(doc, periods)) {
    if (precisionOf(p.from) !== 'day') continue;
    const lineStart = text.lastIndexOf('\n', p.evidence.start - 1) + 1;
    if (!/realiz|projekt/.test(fold(text.slice(lineStart, p.evidence.start)))) continue;
    starts.push({ iso: p.from, evidence: p.evidence });
  }
  return { starts, ends };
}

function lastCue(words: string): 'start' | 'end' | undefined {
  const s = [...words.matchAll(new RegExp(START_CUE, 'g'))].pop()?.index ?? -1;
  const e = [...words.matchAll(new RegExp(END_CUE, 'g'))].pop()?.index ?? -1;
  if (s < 0 && e < 0) return undefined;
  return s > e ? 'start' : 'end';
}

function firstCue(words: string): 'start' | 'end' | undefined {
  const s = words.search(START_CUE);
  const e = words.search(END_CUE);
  if (s < 0 && e < 0) return undefined;
  if (s < 0) return 'end';
  if (e < 0) return 'start';
  return s < e ? 'start' : 'end';
}

/** The sentence on the line of [start, end): bounded by the line and by ". " before a capital letter. */
function sentenceAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  let s = lineStart;
  for (const m of text.slice(lineStart, start).matchAll(/[.!?]\s+(?=\p{Lu})/gu)) s = lineStart + m.index + m[0].length;
  let e = lineEnd;
  const next = /[.!?]\s+(?=\p{Lu})/u.exec(text.slice(end, lineEnd));
  if (next) e = end + next.index + 1;
  return { text: text.slice(s, e), start: s, end: e };
}
