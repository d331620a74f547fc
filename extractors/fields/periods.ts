import type { Period } from '../../schema/index.js';
import { fastMatchAll } from '../czech/fast-match.js';
import { MONTH, MONTH_CANDIDATE, NUMBER_END, NUMBER_START, RANGE_SEP, YEAR } from '../czech/date-patterns.js';
import { MONTH_ALTERNATION, monthNumber } from '../czech/months.js';
import { LOWER, candidateMatchAll, candidateStarts, cueStarts, matchAllAt } from '../czech/candidate-match.js';
import { TakenSpans } from '../czech/taken-spans.js';
import { defineExtractor, type ExtractContext } from '../types.js';

/**
 * Periods: ranges of years ("2014 – 2017", "na léta 2021 – 2023"), of full dates ("1.9.2017 – 30. 9. 2018",
 * "od 1. 10. 2018 do 30. 3. 2022") and of months ("03/2019 - 02/2021"), at the text's precision. A typo is
 * kept as written ("2014 – 1017") for the checks. Each item names what it belongs to (`subject`, `role`)
 * when the text before it does, so that the checks can compare the periods of one plan or project.
 */

const ID = 'periods';

const pad = (n: number) => String(n).padStart(2, '0');

/** a full date with a numeric or a named month, groups {p}d, {p}m or {p}mn, {p}y */
const fullDate = (p: string) =>
  String.raw`(?<${p}d>\d{1,2})\.\s{0,2}(?:(?<${p}m>\d{1,2})\.|(?<${p}mn>${MONTH}))\s{0,2}(?<${p}y>${YEAR})`;
/** "od 1. 10. 2018 do 30. 3. 2022", "1.9.2017 – 30. 9. 2018", "od 1. ledna 2019 do 31. prosince 2021" */
const DATE_RANGE = new RegExp(
  String.raw`${NUMBER_START}(?:od\s+)?${fullDate('a')}${RANGE_SEP}${fullDate('b')}${NUMBER_END}`, 'giu');
/**
 * "od 1. 2. do 31. 3. 2021", "1. 9. – 31. 12. 2019", "od 15. září do 15. listopadu 2020": the start without its
 * year, in another month than the end. Weeks or months of time are a period; a few days across a month's
 * end ("30. 9. – 2. 10. 2018", the days of an event) are left to the dates extractor as a day range.
 */
const YEARLESS_START_RANGE = new RegExp(
  String.raw`${NUMBER_START}(?:od\s+)?(?<ad>\d{1,2})\.\s{0,2}(?:(?<am>\d{1,2})\.|(?<amn>${MONTH})(?![\p{L}]))${RANGE_SEP}${fullDate('b')}${NUMBER_END}`, 'giu');
/** the longest a day range runs: an event's days, not a period of time */
const DAY_RANGE_MAX_DAYS = 14;
/** "03/2019 - 02/2021" */
const MONTH_NUMERIC_RANGE = new RegExp(
  String.raw`${NUMBER_START}(?<am>\d{1,2})\s?/\s?(?<ay>${YEAR})${RANGE_SEP}(?<bm>\d{1,2})\s?/\s?(?<by>${YEAR})${NUMBER_END}`, 'gu');
/** "září 2017 – červen 2019", "od ledna 2019 do prosince 2021" */
const MONTH_NAME_RANGE = new RegExp(
  String.raw`(?<![\p{L}])(?:od\s+)?(?<amn>${MONTH})\s+(?<ay>${YEAR})${RANGE_SEP}(?<bmn>${MONTH})\s+(?<by>${YEAR})${NUMBER_END}`, 'giu');
/** a start year mistyped into the next century ("2105 – 2018" for 2015): kept as written when the end is a year before it */
const TYPO_START_YEAR = String.raw`21\d{2}`;
/** "2014 – 2017", "2018-2021", "od roku 2014 do roku 2017", "2014–17"; the end may be a typo ("1017"), the start too ("2105") */
const YEAR_RANGE = new RegExp(
  String.raw`${NUMBER_START}(?:od\s+(?:roku|r\.)\s*)?(?<a>${YEAR}|${TYPO_START_YEAR})(?:\s*[-–—]\s*|\s+až\s+|\s+do\s+(?:roku\s+|r\.\s*)?)(?<b>[12]\d{3}|\d{2}(?![\p{N}.,]))${NUMBER_END}(?!\s*(?:Sb|Kč|mil|tis|CZK|EUR|%|obyv|osob|klient|lid|km|ks|hod|m2|m²|let(?![\p{L}])))`, 'giu');
/**
 * Candidate patterns (see candidate-match.ts): each matches wherever its pattern does (a day and a
 * month, a year and a range separator) and is scanned many times faster.
 */
const DATE_RANGE_CANDIDATE = new RegExp(String.raw`(?:od\s+)?\d{1,2}\.\s{0,2}(?:\d{1,2}\.|(?:${MONTH_ALTERNATION}))`, 'gi');
const YEAR_RANGE_CANDIDATE = new RegExp(String.raw`(?:od\s+(?:roku|r\.)\s*)?(?:${YEAR}|${TYPO_START_YEAR})(?:\s*[-–—]|\s+(?:až|do)\s)`, 'gi');
/** words before a number range that make it no period: pages, paragraphs, amounts, counts */
const NOT_PERIOD_BEFORE = /(?<![\p{L}])(s|str|stran[ay]?|strany|č|čís|číslo|tel|§|odst|čl|bod[y]?|pozn)\.?\s*$/iu;

// what a period belongs to: a plan or project named before it
const SUBJECT_START = /(?<![\p{L}])((\d+\.\s*)?(komunitní\p{L}*|střednědob\p{L}*|akční\p{L}*|strategick\p{L}*|krajsk\p{L}*|nov\p{L}*)\s+(plán|dokument|strategi)\p{L}*|plán\p{L}*\s+(rozvoje|sociálních|péče)|projekt\p{L}*|KPSS|SPRSS|KP(?![\p{L}]))/giu;
const PLAN_WORD = /plán|KPSS|SPRSS|KP(?![\p{L}])|strategi|dokument/iu;
const ACTION_WORD = /akční/iu;
const PROJECT_WORD = /projekt|realizace/iu;
const VALIDITY_WORD = /(volební\s+období|platnost|účinnost)/iu;
/** a verb or a relative word ends the name of a plan or project: "Projekt bude realizován v období …" */
const CLAUSE_WORDS = /[\s,]+(?:je|jsou|byl[aoy]?|bude|budou|se|si|který|která|které|kterým|a\s+to|kdy|jenž|jež)(?=\s|$)/u;
const TAIL_WORDS = /[\s,(]*(?<![\p{L}])(na\s+období(\s+let)?|pro\s+období(\s+let)?|na\s+léta|na\s+roky|pro\s+roky|pro\s+léta|v\s+letech|období(\s+let)?|let|na)\s*$/iu;
/** the words TAIL_WORDS ends in: a subject that ends in none of them has no tail to drop */
const TAIL_END = /(?:období|let|léta|roky|letech|na)$/iu;
const dropTail = (subject: string) => (TAIL_END.test(subject.trimEnd().slice(-6)) ? subject.replace(TAIL_WORDS, '') : subject);
/** a sentence end before a period: a dot after a lower-case word and a capital next; a colon */
const SENTENCE_CUT = /\p{Ll}{2}[.!?;]\s+(?=\p{Lu})|:\s+/gu;
/** where SENTENCE_CUT and SUBJECT_START can start (see candidate-match.ts) */
const SENTENCE_CUT_CANDIDATE = new RegExp(String.raw`${LOWER}{2}[.!?;]\s|:\s`, 'g');
const SUBJECT_START_CANDIDATE = /(?<![a-z])(?:\d+\.\s*)?(?:komunitní|střednědob|akční|strategick|krajsk|nov|plán|projekt|KPSS|SPRSS|KP)/gi;

export const periodsExtractor = defineExtractor({
  id: ID,
  field: 'periods',
  extract(ctx: ExtractContext): Period[] {
    const { text } = ctx;
    const taken = new TakenSpans(text.length);
    const out: Period[] = [];
    const free = (s: number, e: number) => taken.free(s, e);
    const add = (from: string, to: string, s: number, e: number) => {
      if (!free(s, e)) return;
      taken.take(s, e);
      const p: Period = { from, to, evidence: { text: text.slice(s, e), start: s, end: e }, extractor: ID };
      const { subject, role } = subjectOf(text, s);
      if (role) p.role = role;
      if (subject) p.subject = subject;
      out.push(p);
    };

    for (const m of candidateMatchAll(text, DATE_RANGE, DATE_RANGE_CANDIDATE)) {
      const g = m.groups!;
      const ad = Number(g.ad), bd = Number(g.bd);
      const am = g.amn ? monthNumber(g.amn)! : Number(g.am), bm = g.bmn ? monthNumber(g.bmn)! : Number(g.bm);
      if (am < 1 || am > 12 || bm < 1 || bm > 12 || ad < 1 || ad > 31 || bd < 1 || bd > 31) continue;
      add(`${g.ay}-${pad(am)}-${pad(ad)}`, `${g.by}-${pad(bm)}-${pad(bd)}`, m.index, m.index + m[0].length);
    }
    for (const m of candidateMatchAll(text, YEARLESS_START_RANGE, DATE_RANGE_CANDIDATE)) {
      const g = m.groups!;
      const ad = Number(g.ad), bd = Number(g.bd), by = Number(g.by);
      const am = g.amn ? monthNumber(g.amn)! : Number(g.am), bm = g.bmn ? monthNumber(g.bmn)! : Number(g.bm);
      if (am < 1 || am > 12 || bm < 1 || bm > 12 || ad < 1 || ad > 31 || bd < 1 || bd > 31 || am === bm) continue;
      // "od 1. 11. do 31. 1. 2021" starts the year before
      const ay = am > bm ? by - 1 : by;
      const days = (Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000;
      if (days <= DAY_RANGE_MAX_DAYS) continue;
      add(`${ay}-${pad(am)}-${pad(ad)}`, `${by}-${pad(bm)}-${pad(bd)}`, m.index, m.index + m[0].length);
    }
    for (const m of fastMatchAll(text, MONTH_NUMERIC_RANGE)) {
      const g = m.groups!;
      const am = Number(g.am), bm = Number(g.bm);
      if (am < 1 || am > 12 || bm < 1 || bm > 12) continue;
      add(`${g.ay}-${pad(am)}`, `${g.by}-${pad(bm)}`, m.index, m.index + m[0].length);
    }
    // a month name (found once with the dates extractor's) and the "od" before it
    const monthNameRangeStarts = cueStarts(text, candidateStarts(text, MONTH_CANDIDATE).map((at) => at + 1), 2);
    for (const m of matchAllAt(text, MONTH_NAME_RANGE, monthNameRangeStarts)) {
      const g = m.groups!;
      add(`${g.ay}-${pad(monthNumber(g.amn)!)}`, `${g.by}-${pad(monthNumber(g.bmn)!)}`, m.index, m.index + m[0].length);
    }
    for (const m of candidateMatchAll(text, YEAR_RANGE, YEAR_RANGE_CANDIDATE)) {
      const g = m.groups!;
      if (NOT_PERIOD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      // "2014–17": the end takes the century of the start
      const b = g.b.length === 2 ? g.a.slice(0, 2) + g.b : g.b;
      // only glued ("2014–17"): "2019 - 20 klientů" is a year and a count
      if (g.b.length === 2 && (b <= g.a || /\s/u.test(m[0].slice(4, -2)))) continue;
      if (g.a === b) continue;
      // a start in the 22nd century is a typo only before a four-digit end of this era ("2105 – 2018")
      if (g.a.startsWith('21') && !(g.b.length === 4 && /^(?:19|20)/u.test(g.b))) continue;
      // an end after 2100 is a count, not a year ("2000–2500 obyvatel"); an end before the start is a typo, kept
      if (Number(b) > 2100 && Number(b) > Number(g.a)) continue;
      add(g.a, b, m.index, m.index + m[0].length);
    }
    return out.sort((a, b) => a.evidence.start - b.evidence.start);
  },
});

/**
 * The plan or project a period belongs to, from the words before it in its line or sentence:
 * "Střednědobého plánu rozvoje sociálních služeb v Ústeckém kraji na období 2014 – 2017".
 */
export function subjectOf(text: string, start: number): { subject?: string; role?: Period['role'] } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const from = Math.max(lineStart, start - 160);
  let before = text.slice(from, start);
  // stay within the sentence: cut at the last sentence end (a dot after a lower-case letter and a space)
  const cut = [...candidateMatchAll(before, SENTENCE_CUT, SENTENCE_CUT_CANDIDATE)].at(-1);
  if (cut) before = before.slice(cut.index + cut[0].length);
  if (VALIDITY_WORD.test(before)) return { role: 'validity' };
  const starts = [...candidateMatchAll(before, SUBJECT_START, SUBJECT_START_CANDIDATE)];
  if (!starts.length) {
    let lineBefore = text.slice(lineStart, start);
    // a label on the line above: "Období realizace:\n1. 10. 2017 – 30. 9. 2019", "Volební období\n2018-2022"
    if (!lineBefore.trim()) lineBefore = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart);
    if (VALIDITY_WORD.test(lineBefore)) return { role: 'validity' };
    if (PROJECT_WORD.test(lineBefore)) return { role: 'project' };
    return {};
  }
  // the first plan/project word of the nearest phrase: walk back over adjacent matches
  const first = starts.at(-1)!;
  let subject = dropTail(before.slice(first.index)).replace(/[\s,(–-]+$/u, '').trim();
  subject = subject.replace(/^[„"“]/u, '').split(CLAUSE_WORDS)[0];
  for (let prev = ''; prev !== subject;) {
    prev = subject;
    subject = dropTail(subject).replace(/[\s,(–-]+(v|ve|na|pro|od|do|za|k|ke)?\s*$/u, '').trim();
  }
  let role: Period['role'];
  if (ACTION_WORD.test(subject)) role = 'action-plan';
  else if (PLAN_WORD.test(subject)) role = 'plan';
  else if (PROJECT_WORD.test(subject)) role = 'project';
  return subject.length > 2 ? { subject, role } : { role };
}
