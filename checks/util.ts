import type { Evidence, Flag, Severity } from '../schema/index.js';

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case without diacritics: "Komunitního" → "komunitniho". For matching cue words, never for output. */
export function fold(text: string): string {
  // ASCII has nothing to decompose: most words of a text take the short way
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Evidence for [start, end) of the document text. */
export function evidenceAt(text: string, start: number, end: number): Evidence {
  return { text: text.slice(start, end), start, end };
}

/** Evidence items sorted by place, without repeats. */
export function uniqueEvidence(items: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return [...items]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((e) => {
      const key = `${e.start}:${e.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export interface FlagInput {
  rule: string;
  severity: Severity;
  message: string;
  evidence: readonly Evidence[];
  actual?: string | number;
  expected?: string | number;
}

/** A flag in the one shape checks speak (vfile-style message: rule id, place, actual and expected). */
export function makeFlag(input: FlagInput): Flag {
  const flag: Flag = { rule: input.rule, severity: input.severity, message: input.message, evidence: uniqueEvidence(input.evidence) };
  if (input.actual !== undefined) flag.actual = input.actual;
  if (input.expected !== undefined) flag.expected = input.expected;
  return flag;
}

/** Czech notation of an amount: 1214625 → "1 214 625", 60731.25 → "60 731,25". */
export function formatAmount(amount: number): string {
  const negative = amount < 0;
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const rest = cents % 100;
  return `${negative ? '−' : ''}${whole}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
}

/** Czech notation of a share: 12.5 → "12,5". */
export function formatPercent(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

/** Sums amounts in haléře, so that 0.1 + 0.2 stays 0.3. */
export function sumAmounts(amounts: readonly number[]): number {
  return amounts.reduce((sum, a) => sum + Math.round(a * 100), 0) / 100;
}

/** Equal to the haléř. */
export function sameAmount(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}

/** Half-open ranges overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** 1-based line and column of an offset in a text (column counts UTF-16 units, as editors mostly do). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
