import type { Money } from '../schema/index.js';
import { allAmounts } from './amounts.js';
import { fold } from './util.js';

/** A line that states the sum of the lines above it ("Celkem: 2.345.678,- Kč", "Součet 1 200 000 Kč", a table row "| Celkem | 600 748 |"). */
const TOTAL_LINE = /^[\s•·*–|-]*(?:celkem|soucet|uhrnem|rozpocet\s+celkem|naklady\s+celkem|celkove\s+naklady\s+celkem)(?![a-z])/;
/** Items that are themselves parts of another item ("z toho", "v tom") would be counted twice. */
const NESTED = /(?<![a-z])(?:z\s+toho|v\s+tom|z\s+ceho[zs]?)(?![a-z])/;

export interface Itemised {
  items: Money[];
  total: Money;
}

/**
 * Budgets itemised line by line and closed by a total line: "KA 1 …: 845.000,- Kč / KA 2 …: 1.100.000,- Kč /
 * Celkem: 2.345.678,- Kč". Each item line and the total line hold exactly one amount; the items are the
 * consecutive such lines right above the total (at least two).
 */
export function itemisedTotals(text: string, money: readonly Money[]): Itemised[] {
  const amounts = allAmounts(text, money).filter((m) => m.currency === 'CZK' && !m.approximate);
  const lines: Array<{ start: number; end: number; amounts: Money[] }> = [];
  let start = 0;
  let k = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const inLine: Money[] = [];
    while (k < amounts.length && amounts[k].evidence.start < end + 1) {
      if (amounts[k].evidence.start >= start) inLine.push(amounts[k]);
      k++;
    }
    lines.push({ start, end, amounts: inLine });
    start = end + 1;
  }
  const out: Itemised[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.amounts.length !== 1) continue;
    if (!TOTAL_LINE.test(fold(text.slice(line.start, line.amounts[0].evidence.start)))) continue;
    const items: Money[] = [];
    for (let j = i - 1; j >= 0 && lines[j].amounts.length === 1; j--) {
      if (TOTAL_LINE.test(fold(text.slice(lines[j].start, lines[j].amounts[0].evidence.start)))) break;
      items.unshift(lines[j].amounts[0]);
    }
    if (items.length < 2) continue;
    const itemText = fold(text.slice(items[0].evidence.start, line.start));
    if (NESTED.test(itemText)) continue;
    out.push({ items, total: line.amounts[0] });
  }
  return out;
}
