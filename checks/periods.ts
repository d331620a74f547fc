import type { Evidence, ParsedDocument, Period } from '../schema/index.js';
import { MAX_YEAR, MIN_YEAR } from './constants.js';
import { isoOf, isRealDay, writtenDates } from './dates.js';
import { overlaps } from './util.js';
import { fastMatchAll } from '../extractors/czech/fast-match.js';

/** A period as the checks read it: its two ends as written and where it stands. */
export interface PeriodSpan {
  from: string;
  to: string;
  evidence: Evidence;
  /** the period finding of an extractor, when it came from one */
  period?: Period;
}

/**
 * "2014 – 2017", "2016-2020", "2018–2021": two four-digit numbers joined by a dash. A typo such as
 * "2014 – 1017" is kept: the checks exist to report it.
 */
const YEAR_RANGE = /(?<![\p{L}\p{N}.,/–-])([12]\d{3})\s?[–—-]\s?([012]\d{3})(?![\p{N}.,/]\d|\p{L})/gu;

/** A unit after the range makes it an amount or a count ("1000 – 2000 Kč", "1500–1700 hod."), not years. */
const UNIT_AFTER = /^[ \t]*(?:Kč|Kc|CZK|EUR|€|%|osob\p{L}*|lidí|obyvatel\p{L}*|klient\p{L}*|uživatel\p{L}*|dětí|km|m²|m2|m|hod\p{L}*|min|ks|tis|mil|bod\p{L}*|stran\p{L}*|str)(?![\p{L}])/u;
/** Words that announce a period ("na období 2014 – 1017", "v letech", "na léta", "plán … 2016–2020"). */
const PERIOD_WORDS = /obdob|let(?:ech|a)?\b|roky|rok(?:u|y)?\b|plán|strategi|koncepc|program|projekt|realizac/iu;
const PLAUSIBLE_FROM = 1990;

/**
 * Year ranges written in the text. Both numbers must be years (MIN_YEAR–MAX_YEAR); a range with one impossible
 * year ("2014 – 1017") counts only where the words before it announce a period, so that "1000 – 2000" of
 * something else is not taken for years.
 */
export function writtenYearRanges(text: string): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  for (const m of fastMatchAll(text, YEAR_RANGE)) {
    const end = m.index + m[0].length;
    if (UNIT_AFTER.test(text.slice(end, end + 12))) continue;
    const years = [Number(m[1]), Number(m[2])];
    const possible = years.every((y) => y >= MIN_YEAR && y <= MAX_YEAR);
    if (!possible) {
      const anchored = years.some((y) => y >= PLAUSIBLE_FROM && y <= MAX_YEAR);
      const announced = PERIOD_WORDS.test(text.slice(Math.max(0, m.index - 40), m.index));
      if (!anchored || !announced) continue;
    }
    out.push({ from: m[1], to: m[2], evidence: { text: m[0], start: m.index, end } });
  }
  return out;
}

/**
 * The periods of a document: the extractor's findings, and the year ranges of the text that no finding
 * covers (so a rule still sees "2014 – 1017" if an extractor chose to drop it), in text order.
 */
export function allPeriods(doc: Pick<ParsedDocument, 'text'>, periods: readonly Period[]): PeriodSpan[] {
  const cached = memo.get(periods);
  if (cached && cached.text === doc.text) return cached.spans;
  const found: PeriodSpan[] = periods.map((p) => ({ from: p.from, to: p.to, evidence: p.evidence, period: p }));
  const byStart = [...found].sort((a, b) => a.evidence.start - b.evidence.start);
  const maxEnd: number[] = [];
  for (const [i, span] of byStart.entries()) maxEnd.push(Math.max(span.evidence.end, i ? maxEnd[i - 1] : 0));
  const spans = [...found];
  for (const w of [...writtenYearRanges(doc.text), ...writtenDateRanges(doc.text)]) {
    if (!coveredBy(byStart, maxEnd, w.evidence)) spans.push(w);
  }
  spans.sort((a, b) => a.evidence.start - b.evidence.start);
  memo.set(periods, { text: doc.text, spans });
  return spans;
}

/** The rules of one document ask for its periods several times. */
const memo = new WeakMap<readonly Period[], { text: string; spans: PeriodSpan[] }>();

/** Whether any span (sorted by start, with the running maximum of their ends) overlaps the range. */
function coveredBy(sorted: readonly PeriodSpan[], maxEnd: readonly number[], range: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].evidence.start < range.end) lo = mid + 1;
    else hi = mid;
  }
  // some span starts before the range ends; one of them ends after the range starts
  return lo > 0 && maxEnd[lo - 1] > range.start;
}

/** "1. 9. 2018 – 30. 6. 2018", "od 1. 10. 2018 do 30. 3. 2022": two full dates joined by a dash or od … do. */
export function writtenDateRanges(text: string): PeriodSpan[] {
  const dates = writtenDates(text).filter(isRealDay);
  const out: PeriodSpan[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i], dates[i + 1]];
    const between = text.slice(a.end, b.start);
    const od = /(?:^|[^\p{L}])od\s+$/u.test(text.slice(Math.max(0, a.start - 4), a.start)) && /^\s+do\s+$/u.test(between);
    if (!/^\s*[–—-]\s*$/u.test(between) && !od) continue;
    out.push({ from: isoOf(a), to: isoOf(b), evidence: { text: text.slice(a.start, b.end), start: a.start, end: b.end } });
    i++;
  }
  return out;
}

/** Year of a period end: "2017-09-01" → 2017. */
export function yearOf(point: string): number {
  return Number(point.slice(0, 4));
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function precisionOf(point: string): 'year' | 'month' | 'day' {
  return point.length === 4 ? 'year' : point.length === 7 ? 'month' : 'day';
}

/** A period for messages, in Czech notation: "2014 – 1017", "1. 9. 2017 – 30. 9. 2018". */
export function showPeriod(from: string, to: string): string {
  return `${showPoint(from)} – ${showPoint(to)}`;
}

function showPoint(point: string): string {
  const [y, m, d] = point.split('-');
  if (d) return `${+d}. ${+m}. ${y}`;
  if (m) return `${+m}/${y}`;
  return y;
}

/** Both years possible and the end not before the start: what period-order leaves alone. */
export function plausiblePeriod(span: PeriodSpan): boolean {
  const years = [yearOf(span.from), yearOf(span.to)];
  return years.every((y) => y >= MIN_YEAR && y <= MAX_YEAR) && span.from <= span.to;
}

/** Two periods of the same precision that differ and share a start, an end, or more than a boundary year. */
export function periodsConflict(a: PeriodSpan, b: PeriodSpan): boolean {
  if (precisionOf(a.from) !== precisionOf(b.from) || precisionOf(a.to) !== precisionOf(b.to)) return false;
  if (a.from === b.from && a.to === b.to) return false;
  if (a.from === b.from || a.to === b.to) return true;
  const start = a.from > b.from ? a.from : b.from;
  const end = a.to < b.to ? a.to : b.to;
  return start < end;
}
