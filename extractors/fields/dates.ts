import type { DateItem, DateRole, Weekday } from '../../schema/index.js';
import { MONTH, MONTH_CANDIDATE, NUMBER_END, NUMBER_START, RANGE_SEP, YEAR, numericDate } from '../czech/date-patterns.js';
import { ROMAN_MONTHS, monthNumber, romanMonth } from '../czech/months.js';
import { WEEKDAY_ALTERNATION, WEEKDAY_BY_FORM } from '../czech/weekdays.js';
import { WEEKDAY_BEFORE, dateRole } from '../czech/date-roles.js';
import { TakenSpans } from '../czech/taken-spans.js';
import { fastMatchAll } from '../czech/fast-match.js';
import { candidateStarts, cueStarts, matchAllAt } from '../czech/candidate-match.js';
import { defineExtractor, type ExtractContext } from '../types.js';

/**
 * Calendar dates: numeric ("17. 10. 2017", "1.9.2017"), with month names in any case ("15. ledna 2009",
 * "v září 2012"), day ranges ("20. – 25. 9. 2018") and dates whose year the document implies
 * ("od 2. do 10. 10." in minutes of 17. 10. 2017, marked inferred). Each gets a role from its context.
 * Bare years and seasons are no dates; ranges of full dates are periods (extractors/fields/periods.ts).
 */

const ID = 'dates';

// --- patterns, most specific first; a later one never takes text an earlier one took
const ISO_DATE = new RegExp(String.raw`${NUMBER_START}(?<y>${YEAR})-(?<m>\d{2})-(?<d>\d{2})${NUMBER_END}`, 'gu');
/** between two days of one month: a range ("20. – 25.", "od 2. do 10.") or a pair ("24. a 26. 9.") */
const DAY_SEP = String.raw`(?:${RANGE_SEP}|\s+a\s+)`;
/** "20. – 25. 9. 2018", "12.–15. 2. 2018", "od 2. do 10. 10.", "24. a 26. 9." (year optional) */
const DAY_RANGE_NUMERIC = new RegExp(
  String.raw`${NUMBER_START}(?<!\d\.\s{0,2})(?<d1>\d{1,2})\.${DAY_SEP}(?<d>\d{1,2})\.\s{0,2}(?<m>\d{1,2})\.(?:\s{0,2}(?<y>${YEAR}))?${NUMBER_END}`, 'gu');
/** "20. – 25. září 2018", "od 3. do 5. května", "14. a 16. října" */
const DAY_RANGE_MONTH_NAME = new RegExp(
  String.raw`${NUMBER_START}(?<d1>\d{1,2})\.${DAY_SEP}(?<d>\d{1,2})\.\s{0,2}(?<mn>${MONTH})(?![\p{L}])(?:\s+(?<y>${YEAR})${NUMBER_END})?`, 'giu');
/** "od 28. září do 3. října 2020": two days of one year with month names (a span of more than two weeks is a period, taken by periods.ts) */
const TWO_NAMED_DAYS_ONE_YEAR = new RegExp(
  String.raw`${NUMBER_START}(?<d1>\d{1,2})\.\s{0,2}(?<mn1>${MONTH})${RANGE_SEP}(?<d>\d{1,2})\.\s{0,2}(?<mn>${MONTH})\s+(?<y>${YEAR})${NUMBER_END}`, 'giu');
/** "13. 6. – 14. 6. 2019", "30. 9. – 2. 10. 2018": two days of one year (a span of more than two weeks is a period, taken by periods.ts) */
const TWO_DAYS_ONE_YEAR = new RegExp(
  String.raw`${NUMBER_START}(?<d1>\d{1,2})\.\s{0,2}(?<m1>\d{1,2})\.${RANGE_SEP}(?<d>\d{1,2})\.\s{0,2}(?<m>\d{1,2})\.\s{0,2}(?<y>${YEAR})${NUMBER_END}`, 'gu');
/** "12_09_2019", "12/09/2019", "12-09-2019": one separator twice (not a number "č. 1/2/2019") */
const SEPARATED_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/_\-]|č\.\s?|čj\.\s?|č\.\s?j\.\s?)(?<d>\d{1,2})(?<sep>[_/-])(?<m>\d{1,2})\k<sep>(?<y>${YEAR})(?![\p{N}]|[.,/_-]\p{N})`, 'gu');
const SLASH_DATE_CUE = /(?<![\p{L}])(dne|datum\p{L}*|od|do|ke?)\s*:?\s*$/iu;
/** "17. X. 2017": a Roman month */
const ROMAN_DATE = new RegExp(
  String.raw`${NUMBER_START}(?<d>\d{1,2})\.\s{0,2}(?<rm>${ROMAN_MONTHS.join('|')})\.\s{0,2}(?<y>${YEAR})${NUMBER_END}`, 'gu');
const FULL_NUMERIC = new RegExp(String.raw`${NUMBER_START}${numericDate()}${NUMBER_END}`, 'gu');
/** "15. ledna 2009", "19. března" (year optional) */
const DAY_MONTH_NAME = new RegExp(
  String.raw`${NUMBER_START}(?<d>\d{1,2})\.\s{0,2}(?<mn>${MONTH})(?![\p{L}])(?:\s+(?<y>${YEAR})${NUMBER_END})?`, 'giu');
/** "listopad - prosinec 2017", "v dubnu a květnu 2018" */
const MONTH_RANGE_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(?<mn1>${MONTH})(?:\s*[-–—,]\s*|\s+(?:a|až|i|do)\s+)(?<mn>${MONTH})\s+(?<y>${YEAR})${NUMBER_END}`, 'giu');
/** "dne 17.10.17": a two-digit year, only after a word that makes it a date */
const SHORT_YEAR_DATE = new RegExp(
  String.raw`(?<![\p{L}])(?:dne|ze?\s+dne|od|do|termín\p{L}*|T\s*:|datum\p{L}*(?:\s+\p{L}+)?\s*:?)\s*(?<d>\d{1,2})\.\s{0,2}(?<m>\d{1,2})\.\s{0,2}(?<yy>[0-3]\d)(?![\p{N}.,/:])`, 'giu');
/** "01/2017": a month with a leading zero and its year (not a number "č. 1/2017") */
const MONTH_SLASH_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}.,/_\-]|č\.\s?|č\s)(?<m>0[1-9])/(?<y>${YEAR})${NUMBER_END}`, 'gu');
/** "září 2012", "v průběhu měsíce června 2012", "leden 2018" */
const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}])(?<mn>${MONTH})\s+(?<y>${YEAR})${NUMBER_END}`, 'giu');
/** a yearless numeric day and month after a word that makes it a date: "dne 2. 10.", "do 10. 10." */
const NUMERIC_NO_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(?:dne|od|do|ke?|termín(?:u)?:?|uskuteční|proběhne|proběhl[aoy]?|konal[aoy]?|${WEEKDAY_ALTERNATION})\s+(?<d>\d{1,2})\.\s{0,2}(?<m>\d{1,2})\.(?!\s{0,2}\p{N})`, 'giu');
/** "v měsíci dubnu a květnu" (the year implied) */
const MONTH_OF_YEAR_IMPLIED = new RegExp(
  String.raw`(?<![\p{L}])(?:v\s+)?měsíc(?:i|ích|e)\s+(?<mn1>${MONTH})(?:\s+(?:a|až|[-–—])\s+(?<mn>${MONTH}))?(?![\p{L}])`, 'giu');

/**
 * Candidates (see candidate-match.ts) for the patterns that open with a word rather than a digit, tried
 * only where they can start. The patterns that open with a month name share one scan for month names.
 */
const OPENS_WITH_MONTH: ReadonlySet<RegExp> = new Set([MONTH_RANGE_YEAR, MONTH_YEAR]);
/** a day and a month: a yearless date's number */
const DAY_MONTH_DIGITS = /\d{1,2}\.\s{0,2}\d{1,2}\./g;
/** a date with a two-digit year: "17.10.17" */
const SHORT_YEAR_DIGITS = /\d{1,2}\.\s{0,2}\d{1,2}\.\s{0,2}[0-3]\d(?![\d.,/:])/g;
/** the word MONTH_OF_YEAR_IMPLIED turns on ("v měsíci dubnu") */
const MONTH_WORD = /měsíc/gi;

interface Found {
  y?: number;
  m: number;
  d?: number;
  start: number;
  end: number;
  inferred?: boolean;
  /** start of the particular day of a range, for the weekday before it */
  at: number;
  /** a single date, not one end of a range: a weekday may follow it */
  alone?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const datesExtractor = defineExtractor({
  id: ID,
  field: 'dates',
  extract(ctx: ExtractContext): DateItem[] {
    const { text } = ctx;
    const taken = new TakenSpans(text.length);
    const free = (s: number, e: number) => taken.free(s, e);
    const found: Found[] = [];
    const take = (items: Found[], s: number, e: number) => {
      if (!items.length) return;
      taken.take(s, e);
      found.push(...items);
    };

    const matchesOf = (re: RegExp): IterableIterator<RegExpExecArray> => {
      if (OPENS_WITH_MONTH.has(re)) return matchAllAt(text, re, candidateStarts(text, MONTH_CANDIDATE));
      if (re === NUMERIC_NO_YEAR) return matchAllAt(text, re, cueStarts(text, candidateStarts(text, DAY_MONTH_DIGITS), 1));
      if (re === SHORT_YEAR_DATE) return matchAllAt(text, re, cueStarts(text, candidateStarts(text, SHORT_YEAR_DIGITS), 3));
      // its word and the "v" before it: the two runs of characters that end in the word's first letter
      if (re === MONTH_OF_YEAR_IMPLIED) return matchAllAt(text, re, cueStarts(text, candidateStarts(text, MONTH_WORD).map((at) => at + 1), 2));
      return fastMatchAll(text, re);
    };
    const scan = (re: RegExp, read: (g: Record<string, string | undefined>, s: number, e: number) => Found[] | null, yearless = false, yearGroup = 'y') => {
      for (const m of matchesOf(re)) {
        const s = m.index, e = s + m[0].length;
        const g = m.groups ?? {};
        if (!yearless && !g[yearGroup]) continue;
        if (yearless && g[yearGroup]) continue;
        if (!free(s, e)) continue;
        const items = read(g, s, e);
        if (items) take(items, s, e);
      }
    };
    const num = (x?: string) => (x === undefined ? undefined : Number(x));
    const okDayMonth = (d: number | undefined, m: number | undefined) => m !== undefined && m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= 39));

    const dayRange = (g: Record<string, string | undefined>, s: number, e: number): Found[] | null => {
      const m = g.mn ? monthNumber(g.mn) : num(g.m);
      const d1 = num(g.d1), d2 = num(g.d);
      if (!okDayMonth(d1, m) || !okDayMonth(d2, m) || d1! >= d2!) return null;
      return [{ y: num(g.y), m: m!, d: d1, start: s, end: e, at: s }, { y: num(g.y), m: m!, d: d2, start: s, end: e, at: s }];
    };
    const single = (g: Record<string, string | undefined>, s: number, e: number): Found[] | null => {
      const m = g.mn ? monthNumber(g.mn) : num(g.m);
      const d = num(g.d);
      if (!okDayMonth(d, m)) return null;
      return [{ y: num(g.y), m: m!, d, start: s, end: e, at: s, alone: true }];
    };
    const twoDays = (g: Record<string, string | undefined>, s: number, e: number): Found[] | null => {
      const first = single({ d: g.d1, m: g.m1, mn: g.mn1, y: g.y }, s, e), second = single(g, s, e);
      if (!first || !second) return null;
      const [a, b] = [{ ...first[0], alone: false }, { ...second[0], alone: false }];
      if (a.m > b.m || (a.m === b.m && (a.d ?? 0) >= (b.d ?? 0))) return null;
      return [a, b];
    };
    const monthRange = (g: Record<string, string | undefined>, s: number, e: number): Found[] | null => {
      const m1 = g.mn1 ? monthNumber(g.mn1) : undefined, m2 = g.mn ? monthNumber(g.mn) : undefined;
      const out: Found[] = [];
      if (m1) out.push({ y: num(g.y), m: m1, start: s, end: e, at: s });
      if (m2) out.push({ y: num(g.y), m: m2, start: s, end: e, at: s });
      return out.length ? out : null;
    };

    // dates that state their year
    scan(ISO_DATE, single);
    scan(TWO_DAYS_ONE_YEAR, twoDays);
    scan(TWO_NAMED_DAYS_ONE_YEAR, twoDays);
    scan(DAY_RANGE_NUMERIC, dayRange);
    scan(DAY_RANGE_MONTH_NAME, dayRange);
    scan(FULL_NUMERIC, single);
    scan(ROMAN_DATE, (g, s, e) => single({ ...g, m: String(romanMonth(g.rm!)) }, s, e));
    // slashes also number resolutions ("12/3/2019"): a slashed date needs a date word before it
    scan(SEPARATED_DATE, (g, s, e) => (g.sep !== '/' || SLASH_DATE_CUE.test(text.slice(Math.max(0, s - 15), s)) ? single(g, s, e) : null));
    scan(SHORT_YEAR_DATE, (g, s, e) => {
      const at = s + text.slice(s, e).search(/\d/u);
      const r = single({ ...g, y: `20${g.yy}` }, at, e);
      return r && r.map((x) => ({ ...x, start: at, at }));
    }, false, 'yy');
    scan(DAY_MONTH_NAME, single);
    scan(MONTH_RANGE_YEAR, monthRange);
    scan(MONTH_YEAR, single);
    scan(MONTH_SLASH_YEAR, single);

    const items = found.map((f) => toItem(text, f, dateRole(text, f.start, f.end)));

    // dates whose year the document's own date implies
    const main = mainDate(items);
    if (main) {
      const year = Number(main.date.slice(0, 4));
      const before = found.length;
      scan(DAY_RANGE_NUMERIC, dayRange, true);
      scan(DAY_RANGE_MONTH_NAME, dayRange, true);
      scan(DAY_MONTH_NAME, single, true);
      scan(NUMERIC_NO_YEAR, (g, s, e) => {
        const r = single(g, s, e);
        // the evidence starts at the number, not at the word before it
        const at = s + text.slice(s, e).search(/\d/u);
        return r && r.map((x) => ({ ...x, start: at, at }));
      }, true);
      scan(MONTH_OF_YEAR_IMPLIED, (g, s, e) => monthRange({ ...g, y: undefined }, s, e), true);
      for (const f of found.slice(before)) {
        f.y = year;
        f.inferred = true;
        items.push(toItem(text, f, dateRole(text, f.start, f.end)));
      }
    }
    return items.sort((a, b) => a.evidence.start - b.evidence.start);
  },
});

/** The document's own date: its meeting, else its publication, else its writing. */
export function mainDate(items: readonly DateItem[]): DateItem | undefined {
  for (const role of ['meeting', 'published', 'written'] as const) {
    const hit = items.find((i) => i.role === role && !i.inferred && !i.invalid && i.date.length === 10);
    if (hit) return hit;
  }
  return undefined;
}

function toItem(text: string, f: Found, role: DateRole): DateItem {
  const y = f.y!;
  const date = f.d === undefined ? `${y}-${pad(f.m)}` : `${y}-${pad(f.m)}-${pad(f.d)}`;
  const item: DateItem = { date, role, evidence: { text: text.slice(f.start, f.end), start: f.start, end: f.end }, extractor: ID };
  if (f.d !== undefined && f.d > daysIn(y, f.m)) item.invalid = true;
  if (f.inferred) item.inferred = ['year'];
  const weekday = weekdayBefore(text, f.at) ?? (f.alone ? weekdayAfter(text, f.end) : undefined);
  if (weekday && f.d !== undefined) item.weekday = weekday;
  return item;
}

/** "22. 11. 2017 (středa)", "22. 11. 2017, středa" */
const WEEKDAY_AFTER = new RegExp(String.raw`^\s*[(,]?\s*(?<wd>${WEEKDAY_ALTERNATION})(?![\p{L}])`, 'iu');

function weekdayAfter(text: string, at: number): Weekday | undefined {
  const m = WEEKDAY_AFTER.exec(text.slice(at, at + 20));
  return m?.groups ? WEEKDAY_BY_FORM.get(m.groups.wd.toLowerCase()) : undefined;
}

function weekdayBefore(text: string, at: number): Weekday | undefined {
  const pre = text.slice(Math.max(0, at - 30), at);
  const m = WEEKDAY_BEFORE.exec(pre);
  return m?.groups ? WEEKDAY_BY_FORM.get(m.groups.wd.toLowerCase()) : undefined;
}
