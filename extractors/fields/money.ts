import type { Money } from '../../schema/index.js';
import { fastMatchAll } from '../czech/fast-match.js';
import { candidateMatchAll } from '../czech/candidate-match.js';
import {
  APPROXIMATE_CUE, COUNT_COLUMN, CURRENCY, CZECH_NUMBER, HEADER_CURRENCY, MONEY_LABEL_CUES, MONEY_LINE_LABEL, MULTIPLIER,
  NOT_MONEY_HEADER, currencyOf, multiplierValue, parseCzechNumber,
} from '../czech/money-words.js';
import { evidenceAt, lineAround } from '../czech/field-spans.js';
import { defineExtractor, type ExtractContext } from '../types.js';

/**
 * Money: amounts in CZK (or EUR) as numbers, with a label read from their line or sentence, a share where a
 * percentage belongs to the amount, and `approximate` after "přibližně", "cca" and the like.
 *
 *   "1 214 625 Kč", "1.734.210,50 Kč", "12.300 ,- Kč", "1,9 mil. Kč", "350 tis. Kč", "Kč 5 000,-", "2 000 EUR",
 *   "Výše spolufinancování města: 60 731,25 (5 %)" (a bare number under a money label).
 *
 * Not money: years, phone numbers, registration numbers, counts, dates, PSČ — none of them carries a
 * currency, and a bare number counts only right after a money label and only when it looks like an amount.
 */

const NUM = CZECH_NUMBER;
/** a dash after the number: "2 000 625,- Kč", "12.300 ,- Kč", "500,-- Kč" */
const DASH_SUFFIX = String.raw`(?: ?[,.](?:-{1,2}|–|—))?`;
/** white space inside one amount: never a line break */
const SP = String.raw`[ \t]`;

/** number (optionally a range), an optional multiplier, then the currency: "1,9 mil. Kč", "5 000 – 8 000 Kč" */
export const AMOUNT_THEN_CURRENCY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/_])(?<num>${NUM})(?:${SP}*[–-]${SP}*(?<num2>${NUM}))?${DASH_SUFFIX}${SP}*(?:(?<mult>${MULTIPLIER})${SP}*)?(?<cur>${CURRENCY})(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * where AMOUNT_THEN_CURRENCY can start (see candidate-match.ts): a number's first digit, then the
 * characters of numbers, ranges and dashes, perhaps a multiplier word, then the start of a currency
 */
const AMOUNT_THEN_CURRENCY_CANDIDATE = /(?<![A-Za-z0-9.,/_])\d[\d .,\t–—-]*(?:[a-zà-ž]+\.?[ \t]*)?(?:kč|kc|czk|korun|eur|€)/gi;

/** currency first: "Kč 5 000,-", "€ 1 200", "EUR 3 000" */
export const CURRENCY_THEN_AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<cur>Kč|CZK|EUR|€)${SP}*(?<num>${NUM})(?<dash>${DASH_SUFFIX})(?:${SP}*(?<mult>${MULTIPLIER}))?(?![\p{N}]|[.,]\d)`,
  'gu',
);

/** a bare number right after a money label and a colon or a table tab: "Národní zdroje: 121 462,50" */
export const LABELLED_BARE_AMOUNT = new RegExp(
  String.raw`(?<=[:\t]\s*)(?<num>${NUM})${DASH_SUFFIX}(?=\s*(?:\(|;|,\s|$|\t))`,
  'gmu',
);

/** a bare number after words that state a sum in prose: "dotace ve výši 500 000", "rozpočet činí 1 200 000" */
export const PROSE_BARE_AMOUNT = new RegExp(
  String.raw`(?<![\p{L}])(?:ve výši|v (?:celkové )?výši|v hodnotě|v částce|částk(?:u|ou|a)|činí|činil[aoy]?|dosáhl[aoy]?)\s+(?:(?:cca\.?|přibližně|zhruba|téměř|maximálně|až)\s+)?(?<num>${NUM})(?<dash>${DASH_SUFFIX})(?=\s*(?:[.,;:)](?!\d)|$)|\s(?:na|pro|z|ze|a|i|v|ve|do|za|k|od|je|jsou|bude|byl[aoy]?|měsíčně|ročně|celkem)(?![\p{L}]))`,
  'dgu',
);

/** a number with the Czech dash of whole crowns and no currency: "vstupné 50,-", "1 500,-- měsíčně" */
export const DASH_AMOUNT = new RegExp(String.raw`(?<![\p{L}\p{N}.,/_])(?<num>${NUM})(?<dash> ?,(?:-{1,2}|–|—))(?![\p{N}-])`, 'dgu');

/** labels under which a number is no amount even though a money word stands there */
const BARE_LABEL_NOT_MONEY = /%|(?<![\p{L}])(?:datum\p{L}*|dne|telefon\p{L}*|tel\.|IČO?|čísl\p{L}*|č\.|poč\p{L}*)(?![\p{L}])|^[\s•·*–-]*(?:rok|období|doba|termín)(?![\p{L}])/iu;

/** a percentage in parentheses, right after an amount or in its label: "(5 %)" */
export const SHARE_IN_PARENS = /\(\s*(\d{1,3}(?:,\d+)?)\s*%\s*\)/gu;

/** plain years and other numbers that a bare label line never means as an amount */
const YEAR_LIKE = /^(?:19|20)\d{2}$/;

export const moneyExtractor = defineExtractor({
  id: 'money',
  field: 'money',
  extract(ctx: ExtractContext): Money[] {
    const { text } = ctx;
    const spans: Array<[number, number]> = [];
    const out: Money[] = [];
    const taken = (s: number, e: number) => spans.some(([a, b]) => s < b && e > a);
    const add = (start: number, end: number, amount: number, currency: 'CZK' | 'EUR', amountStart: number, amountEnd: number): Money | undefined => {
      if (!Number.isFinite(amount) || amount <= 0) return undefined;
      spans.push([start, end]);
      const item: Money = { amount: round2(amount), currency, evidence: evidenceAt(text, start, end), extractor: 'money' };
      const label = labelFor(text, amountStart, spans);
      if (label) item.label = label;
      const share = shareFor(text, amountStart, amountEnd);
      if (share !== undefined) item.share = share;
      if (APPROXIMATE_CUE.test(text.slice(Math.max(0, start - 20), start))) item.approximate = true;
      out.push(item);
      return item;
    };

    for (const m of candidateMatchAll(text, AMOUNT_THEN_CURRENCY, AMOUNT_THEN_CURRENCY_CANDIDATE)) {
      const g = m.groups!;
      const start = m.index!;
      const end = start + m[0].length;
      const factor = multiplierValue(g.mult);
      const currency = currencyOf(g.cur);
      if (g.num2 !== undefined) {
        // a range: "5 000 – 8 000 Kč" gives both ends in the currency and multiplier of the second
        const secondAt = start + m[0].indexOf(g.num2, g.num.length);
        add(start, start + g.num.length, parseCzechNumber(g.num) * factor, currency, start, start + g.num.length);
        add(secondAt, end, parseCzechNumber(g.num2) * factor, currency, start, end);
      } else {
        add(start, end, parseCzechNumber(g.num) * factor, currency, start, end);
      }
    }
    for (const m of fastMatchAll(text, CURRENCY_THEN_AMOUNT)) {
      const g = m.groups!;
      const start = m.index!;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      // "Kč 2019" is a currency followed by a year, unless the dash says it is an amount
      if (YEAR_LIKE.test(g.num) && !g.dash) continue;
      add(start, end, parseCzechNumber(g.num) * multiplierValue(g.mult), currencyOf(g.cur), start, end);
    }
    for (const cell of tableMoneyCells(text)) {
      if (taken(cell.start, cell.end)) continue;
      const item = add(cell.start, cell.end, parseCzechNumber(cell.num) * cell.factor, cell.currency, cell.start, cell.end);
      if (item && !item.label) {
        const label = labelCue(cell.header);
        if (label) item.label = label;
      }
    }
    for (const m of fastMatchAll(text, LABELLED_BARE_AMOUNT)) {
      const g = m.groups!;
      const start = m.index!;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      if (!looksLikeAmount(g.num)) continue;
      const line = lineAround(text, start);
      const before = text.slice(line.start, start);
      // the label: the words before the number on its line (a table row's cells of shares or numbers left out)
      const label = before.split('\t').filter((c) => /\p{L}/u.test(c)).join(' ');
      if (!MONEY_LINE_LABEL.test(label) || BARE_LABEL_NOT_MONEY.test(label)) continue;
      add(start, end, parseCzechNumber(g.num), 'CZK', start, end);
    }
    for (const re of [PROSE_BARE_AMOUNT, DASH_AMOUNT]) {
      for (const m of fastMatchAll(text, re)) {
        const g = m.groups!;
        const start = m.indices!.groups!.num[0];
        const end = m.index! + m[0].length;
        if (taken(start, end)) continue;
        if (re === PROSE_BARE_AMOUNT && !looksLikeAmount(g.num)) continue;
        if (YEAR_LIKE.test(g.num) && !g.dash) continue;
        add(start, end, parseCzechNumber(g.num), 'CZK', start, end);
      }
    }

    out.sort((a, b) => a.evidence.start - b.evidence.start);
    // one item per distinct amount and label
    const seen = new Set<string>();
    return out.filter((x) => {
      const key = `${x.amount}|${x.currency}|${x.label ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
});

/** A row label of counts or shares: "Počet klientů", "Kapacita (lůžka)", "Podíl v %". */
const COUNT_ROW = /(?<![\p{L}])(?:počet|počty|počtu|kapacit\p{L}*)(?![\p{L}])|%/iu;

/** the currencies HEADER_CURRENCY ends in (its flags, so that it folds as it does): a caption without one is none */
const HEADER_CURRENCY_WORD = /k[čc]|czk|eur|€/iu;

/** One bare number in a table column whose header gives the currency. */
interface TableMoneyCell {
  start: number;
  end: number;
  num: string;
  factor: number;
  currency: 'CZK' | 'EUR';
  header: string;
}

/** A cell separator of a table row: a tab (tables of DOCX and HTML) or a "|" (tables typed in plain text). */
const CELL_SEPARATOR = /\t|[ \t]*\|[ \t]*/gu;
/** a cell that is only an amount: "8 450 000", "1 200,50", "3 150,-" */
const AMOUNT_CELL = new RegExp(String.raw`^(?<num>${CZECH_NUMBER})${DASH_SUFFIX}$`, 'u');

/** The cells of one line, with their offsets in the text; undefined for a line that is no table row. */
function rowCells(text: string, start: number, end: number): Array<{ start: number; end: number; text: string }> | undefined {
  const line = text.slice(start, end);
  if (!/\t|\|/u.test(line)) return undefined;
  const cells: Array<{ start: number; end: number; text: string }> = [];
  let from = 0;
  for (const m of line.matchAll(CELL_SEPARATOR)) {
    cells.push(trimmedCell(line, start, from, m.index!));
    from = m.index! + m[0].length;
  }
  cells.push(trimmedCell(line, start, from, line.length));
  // a "| a | b |" row opens and closes with a separator
  if (/^\s*\|/u.test(line) && !cells[0].text) cells.shift();
  return cells.length >= 2 ? cells : undefined;
}

function trimmedCell(line: string, offset: number, from: number, to: number): { start: number; end: number; text: string } {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  return { start: offset + from + lead, end: offset + from + lead + t.length, text: t };
}

/**
 * Bare numbers in table columns whose header names the currency: a header row with "Náklady 2023 (Kč)" or
 * "částka v tis. Kč" in a cell makes the numbers under that cell amounts (times 1000 for "tis."), down to the
 * first line that is no row of the table. A currency in the first (label) cell covers the columns headed by a
 * year or a money word ("Položka (v tis. Kč) | 2022 | 2023"). Columns of counts, capacities and shares never.
 */
export function tableMoneyCells(text: string): TableMoneyCell[] {
  const out: TableMoneyCell[] = [];
  let columns: Map<number, { factor: number; currency: 'CZK' | 'EUR'; header: string }> | undefined;
  // a caption line right above the table: "Tabulka 3: Rozpočet kapitoly (v tis. Kč)"
  let caption: { factor: number; currency: 'CZK' | 'EUR'; header: string } | undefined;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const cells = rowCells(text, start, end);
    if (!cells) {
      columns = undefined;
      const line = text.slice(start, end).trim();
      const m = line.length <= 160 && HEADER_CURRENCY_WORD.test(line) && !NOT_MONEY_HEADER.test(line) ? HEADER_CURRENCY.exec(line) : null;
      caption = m ? { factor: multiplierValue(m.groups!.mult), currency: currencyOf(m.groups!.cur), header: line } : undefined;
    } else {
      const header = headerColumns(cells) ?? (caption ? captionColumns(cells, caption) : undefined);
      caption = undefined;
      if (header) columns = header;
      else if (columns && !COUNT_ROW.test(cells[0].text)) {
        // a row of counts ("Počet klientů | 45 | 52") holds no money whatever its columns say
        cells.forEach((cell, col) => {
          const unit = columns!.get(col);
          const m = unit && AMOUNT_CELL.exec(cell.text);
          if (!unit || !m || YEAR_LIKE.test(m.groups!.num)) return;
          out.push({ start: cell.start, end: cell.end, num: m.groups!.num, factor: unit.factor, currency: unit.currency, header: unit.header });
        });
      }
    }
    start = end + 1;
  }
  return out;
}

/** The columns a caption above the table covers: those of its header row headed by a year or a money word. */
function captionColumns(
  cells: Array<{ text: string }>,
  unit: { factor: number; currency: 'CZK' | 'EUR'; header: string },
): Map<number, { factor: number; currency: 'CZK' | 'EUR'; header: string }> | undefined {
  if (cells.some((c) => { const m = AMOUNT_CELL.exec(c.text); return m !== null && !YEAR_LIKE.test(m.groups!.num); })) return undefined;
  const columns = new Map<number, { factor: number; currency: 'CZK' | 'EUR'; header: string }>();
  cells.forEach((cell, k) => {
    if (k > 0 && (YEAR_LIKE.test(cell.text) || (MONEY_LINE_LABEL.test(cell.text) && !COUNT_COLUMN.test(cell.text)))) columns.set(k, unit);
  });
  return columns.size ? columns : undefined;
}

/** The money columns a header row declares, or undefined for a row that declares none. */
function headerColumns(cells: Array<{ text: string }>): Map<number, { factor: number; currency: 'CZK' | 'EUR'; header: string }> | undefined {
  const columns = new Map<number, { factor: number; currency: 'CZK' | 'EUR'; header: string }>();
  // a row that states an amount is a row of figures ("Celkem (Kč)\t1 250 000"), not a header
  if (cells.some((c) => { const m = AMOUNT_CELL.exec(c.text); return m !== null && !YEAR_LIKE.test(m.groups!.num); })) return undefined;
  cells.forEach((cell, col) => {
    const m = HEADER_CURRENCY.exec(cell.text);
    if (!m || NOT_MONEY_HEADER.test(cell.text)) return;
    const unit = { factor: multiplierValue(m.groups!.mult), currency: currencyOf(m.groups!.cur), header: cell.text };
    if (col > 0 || cells.length < 2) {
      columns.set(col, unit);
      return;
    }
    // the label column's caption covers the columns headed by a year or a money word
    cells.forEach((other, k) => {
      if (k > 0 && (YEAR_LIKE.test(other.text) || (MONEY_LINE_LABEL.test(other.text) && !COUNT_COLUMN.test(other.text)))) columns.set(k, unit);
    });
  });
  return columns.size ? columns : undefined;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A bare number looks like an amount when it has thousands grouping, decimals or many digits, and is no year. */
function looksLikeAmount(num: string): boolean {
  if (YEAR_LIKE.test(num)) return false;
  return /[ .]\d{3}/.test(num) || /,\d{2}$/.test(num) || /^\d{5,}$/.test(num);
}

/**
 * The text that names an amount: on its line, what stands between the previous amount (or a tab, or the start
 * of its sentence) and the amount; when no cue is there, the rest of its sentence.
 */
function labelFor(text: string, amountStart: number, amounts: ReadonlyArray<readonly [number, number]>): string | undefined {
  const line = lineAround(text, amountStart);
  let segStart = line.start;
  const before = text.slice(line.start, amountStart);
  // the start of the sentence that holds the amount
  const stop = /[.!?;]\s+(?=[\p{Lu}])/gu;
  for (const m of before.matchAll(stop)) segStart = line.start + m.index! + m[0].length;
  // or the end of an amount before it on the same line
  for (const [, e] of amounts) if (e <= amountStart && e > segStart) segStart = e;
  const segment = text.slice(segStart, amountStart);
  // a label that opens with "Celkové …"/"Celkem" names the total, whatever it says of the sources after
  if (/^[\s•·▪*–-]*(?:celkov|celkem)/iu.test(segment)) return 'total';
  const cue = labelCue(segment);
  if (cue) return cue;
  // the rest of the sentence, up to its end on the line
  const after = text.slice(amountStart, line.end);
  const end = /[.!?](?:\s|$)/u.exec(after.replace(/\d[.,]\d/g, '00'));
  return labelCue(after.slice(0, end ? end.index : after.length));
}

function labelCue(s: string): string | undefined {
  for (const [label, re] of MONEY_LABEL_CUES) if (re.test(s)) return label;
  return undefined;
}

/** A percentage in parentheses right after the amount, or the last one in the label before it on its line. */
function shareFor(text: string, amountStart: number, amountEnd: number): number | undefined {
  const after = /^\s*(?:Kč|CZK|EUR)?\s*(?:\(\s*(\d{1,3}(?:,\d+)?)\s*%\s*\)|,?\s*(?:tj\.|to je|což je|což činí|což představuje)\s*(\d{1,3}(?:,\d+)?)\s*%)/u.exec(text.slice(amountEnd, amountEnd + 40));
  if (after) return Number((after[1] ?? after[2]).replace(',', '.'));
  const line = lineAround(text, amountStart);
  const before = text.slice(line.start, amountStart);
  // only a label that ends right before the amount: "dotace z ESF (85 %): 1 700 531,25 Kč"
  const label = /\(\s*(\d{1,3}(?:,\d+)?)\s*%\s*\)\s*:?\s*$/u.exec(before) ?? /\(\s*(\d{1,3}(?:,\d+)?)\s*%\s*\)[^\d()]{0,40}:\s*$/u.exec(before);
  if (label) return Number(label[1].replace(',', '.'));
  return undefined;
}
