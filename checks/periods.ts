import type { Evidence, ParsedDocument, Period } from '../schema/index.js';
import { MAX_YEAR, MIN_YEAR } from './constants.js';
import { overlaps } from './util.js';

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

/** Year ranges written in the text. */
export function writtenYearRanges(text: string): PeriodSpan[] {
  return [...text.matchAll(YEAR_RANGE)].map((m) => ({
    from: m[1],
    to: m[2],
    evidence: { text: m[0], start: m.index, end: m.index + m[0].length },
  }));
}

/**
 * The periods of a document: the extractor's findings, and the year ranges of the text that no finding
 * covers (so a rule still sees "2014 – 1017" if an extractor chose to drop it), in text order.
 */
export function allPeriods(doc: Pick<ParsedDocument, 'text'>, periods: readonly Period[]): PeriodSpan[] {
  const spans: PeriodSpan[] = periods.map((p) => ({ from: p.from, to: p.to, evidence: p.evidence, period: p }));
  for (const w of writtenYearRanges(doc.text)) {
    if (!spans.some((s) => overlaps(s.evidence, w.evidence))) spans.push(w);
  }
  return spans.sort((a, b) => a.evidence.start - b.evidence.start);
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
