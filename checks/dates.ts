import { MONTHS, WEEKDAYS } from './constants.js';
import { fold } from './util.js';
import { fastMatchAll } from '../extractors/czech/fast-match.js';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** "2017-10-17" → { 2017, 10, 17 }; "2017-10" and other forms → undefined. */
export function parseIsoDay(iso: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDay(d: Ymd): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** 0 = Sunday … 6 = Saturday, computed in UTC so the time zone of the machine does not matter. */
export function weekdayOf(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** "17. 10. 2017" in Czech notation, for messages. */
export function czechDate(d: Ymd): string {
  return `${d.day}. ${d.month}. ${d.year}`;
}

export function isoOf(d: Ymd): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export interface WrittenDate extends Ymd {
  start: number;
  end: number;
}

/** "17. 10. 2017", "17.10.2017", "20. dubna 2018": a day with its month and a four-digit year, as written. */
const NUMERIC_DATE = /(?<![\p{L}\p{N}.,/])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\p{N}])/gu;
const NAMED_DATE = /(?<![\p{L}\p{N}.,/])(\d{1,2})\.\s?(\p{L}+)\s(\d{4})(?![\p{N}])/gu;

/**
 * Every full date the text writes, real or not ("30. 2. 2021" comes back as day 30 of month 2): the checks
 * read the text themselves so that a date an extractor drops as impossible can still be reported.
 */
export function writtenDates(text: string): WrittenDate[] {
  if (text === memo.text) return memo.dates;
  const dates = readDates(text);
  memo.text = text;
  memo.dates = dates;
  return dates;
}

/** The last text read: the rules of one document ask for its dates several times. */
const memo: { text?: string; dates: WrittenDate[] } = { dates: [] };

function readDates(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  for (const m of fastMatchAll(text, NUMERIC_DATE)) {
    const month = +m[2];
    if (month < 1 || month > 12) continue;
    out.push({ day: +m[1], month, year: +m[3], start: m.index, end: m.index + m[0].length });
  }
  for (const m of fastMatchAll(text, NAMED_DATE)) {
    const month = MONTHS[fold(m[2])];
    if (!month) continue;
    out.push({ day: +m[1], month, year: +m[3], start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const WEEKDAY_BEFORE = /(?<![\p{L}])(\p{L}+)[\s,]*(?:dne\s+)?$/u;
const WEEKDAY_AFTER = /^\s*\(\s*(\p{L}+)\s*\)/u;

/** A weekday the text names right before ("ve čtvrtek 14. 6. 2018") or after ("14. 6. 2018 (čtvrtek)") a date. */
export function weekdayBeside(text: string, start: number, end: number): { weekday: number; start: number; end: number } | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  const b = WEEKDAY_BEFORE.exec(before);
  if (b && WEEKDAYS[fold(b[1])] !== undefined) {
    const s = start - before.length + b.index;
    return { weekday: WEEKDAYS[fold(b[1])], start: s, end: s + b[1].length };
  }
  const after = text.slice(end, end + 16);
  const a = WEEKDAY_AFTER.exec(after);
  if (a && WEEKDAYS[fold(a[1])] !== undefined) {
    const s = end + a[0].indexOf(a[1]);
    return { weekday: WEEKDAYS[fold(a[1])], start: s, end: s + a[1].length };
  }
  return undefined;
}

export interface DayMonth {
  day: number;
  month: number;
  start: number;
  end: number;
}

/** "15. 6.", "21. září": a day and month with no year after them ("15. 6. 2017" and "21. září 2022" are full dates). */
const NUMERIC_DAY_MONTH = /(?<![\p{L}\p{N}.,/])(\d{1,2})\.[ \t]?(\d{1,2})\.(?![ \t]?\p{N})/gu;
const NAMED_DAY_MONTH = /(?<![\p{L}\p{N}.,/])(\d{1,2})\.[ \t]?(\p{L}+)(?![\p{L}])(?!\s?\d{4}(?!\p{N}))/gu;

/** Every real day and month the text writes without a year. */
export function yearlessDates(text: string): DayMonth[] {
  const out: DayMonth[] = [];
  const add = (day: number, month: number | undefined, start: number, end: number) => {
    // 29 February exists in some years: any leap year will do to say the day is real
    if (month && isRealDay({ year: 2000, month, day })) out.push({ day, month, start, end });
  };
  for (const m of fastMatchAll(text, NUMERIC_DAY_MONTH)) add(+m[1], +m[2], m.index, m.index + m[0].length);
  for (const m of fastMatchAll(text, NAMED_DAY_MONTH)) add(+m[1], MONTHS[fold(m[2])], m.index, m.index + m[0].length);
  return out.sort((a, b) => a.start - b.start);
}

/** How near (in days) a full date of the document must be to settle the year of a date written without one. */
export const ANCHOR_DAYS = 92;

/**
 * The year the document's own full dates give a day written without one: the year that puts the day nearest to a
 * date the text writes with its year ("v úterý 21. září" in an article published 26. 9. 2022 about "20.–22. září
 * 2022"). Only a date within ANCHOR_DAYS settles it, and only when no other year comes that near to some other
 * date of the document; otherwise undefined.
 */
export function anchoredYear(text: string, day: number, month: number): { year: number; anchor: WrittenDate } | undefined {
  let best: { year: number; anchor: WrittenDate; days: number } | undefined;
  const near = new Set<number>();
  for (const w of writtenDates(text)) {
    if (!isRealDay(w)) continue;
    for (const year of [w.year - 1, w.year, w.year + 1]) {
      if (!isRealDay({ year, month, day })) continue;
      const days = Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(w.year, w.month - 1, w.day)) / 86_400_000;
      if (days > ANCHOR_DAYS) continue;
      near.add(year);
      if (!best || days < best.days) best = { year, anchor: w, days };
    }
  }
  return best && near.size === 1 ? { year: best.year, anchor: best.anchor } : undefined;
}
