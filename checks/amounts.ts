import type { Money } from '../schema/index.js';
import { overlaps } from './util.js';
import { fastMatchAll } from '../extractors/czech/fast-match.js';

/**
 * Amounts in crowns as budgets write them: "1 214 625 Kč", "60 731,25 Kč", "2.345.678,- Kč", "845.000,-".
 * A currency mark (Kč, CZK) or the ",-" of whole crowns is required, so that years, counts, postcodes and phone
 * numbers are not taken for money.
 */
const AMOUNT = /(?<![\p{N}.,])(\d{1,3}(?:[  .]\d{3})+|\d{1,9})(?:,(\d{2})(?!\d)|(,[-–]{1,2}|\.[-–]))?(?:[  ]?(Kč|CZK)(?![\p{L}]))?/gu;

/** Every amount in crowns the text writes, as money findings of the checks (extractor `checks`). */
export function writtenAmounts(text: string): Money[] {
  const out: Money[] = [];
  for (const m of fastMatchAll(text, AMOUNT)) {
    if (!m[3] && !m[4]) continue;
    const whole = Number(m[1].replace(/[  .]/g, ''));
    const amount = m[2] ? whole + Number(m[2]) / 100 : whole;
    out.push({ amount, currency: 'CZK', evidence: { text: m[0], start: m.index, end: m.index + m[0].length }, extractor: 'checks' });
  }
  return out;
}

/** The last document's amounts, per money list: sum-mismatch and percent-mismatch both read them. */
const memo = new WeakMap<readonly Money[], { text: string; amounts: Money[] }>();

/**
 * The extractor's amounts, and the written amounts it did not report: it keeps each distinct amount once, while
 * a budget that states an amount twice (a total above and below a table, the same sum for two sources) needs both.
 */
export function allAmounts(text: string, money: readonly Money[]): Money[] {
  const hit = memo.get(money);
  if (hit && hit.text === text) return [...hit.amounts];
  const extra = writtenAmounts(text).filter((w) => !money.some((m) => overlaps(m.evidence, w.evidence)));
  const amounts = [...money, ...extra].sort((a, b) => a.evidence.start - b.evidence.start);
  memo.set(money, { text, amounts });
  return [...amounts];
}
