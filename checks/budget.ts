import type { Evidence, Money, ParsedDocument } from '../schema/index.js';
import { allAmounts } from './amounts.js';
import { fold, sumAmounts } from './util.js';

/** What an amount is in a project budget. Own share, co-financing and own resources are one role. */
/** `spent`: what was drawn of the budget ("vyčerpáno 1 093 162 Kč, tj. 95 % rozpočtu"), a share of the stated total */
export type BudgetRole = 'total' | 'subsidy' | 'esf' | 'national' | 'cofinancing' | 'spent';

export const ROLE_CS: Readonly<Record<BudgetRole, string>> = {
  total: 'celkové náklady',
  subsidy: 'dotace',
  esf: 'ESF',
  national: 'národní zdroje',
  cofinancing: 'spolufinancování',
  spent: 'čerpání',
};

export interface BudgetItem {
  money: Money;
  role?: BudgetRole;
  /** a share the text states for this amount ("(5 %)", "vlastní podíl 10 %:") */
  share?: { value: number; decimals: number; evidence: Evidence };
  /** the words before the amount that say what it is */
  context: string;
}

/** Cue words, tried in this order on the folded words before an amount: "dotace z ESF" is ESF, not a subsidy. */
const ROLE_CUES: ReadonlyArray<[BudgetRole, RegExp]> = [
  ['spent', /(?<![a-z])(?:vy)?cerpan[oaey](?![a-z])|(?<![a-z])(?:bylo|byla|bylo\s+celkem)\s+(?:vyuzito|proplaceno|uhrazeno)(?![a-z])/],
  ['esf', /(?<![a-z])esf(?![a-z])|evropsk[a-z]*\s+(?:soc[a-z]*\.?\s+)?fond|(?<![a-z])eu(?![a-z])|(?<![a-z])uni[ei](?![a-z])|unijni/],
  ['national', /narodni|statni[a-z]*\s+rozpoc(?:e)?t|ze\s+statniho|(?<![a-z])sr(?![a-z])|(?<![a-z])snr(?![a-z])/],
  ['cofinancing', /spolufinanc|prijemc|vlastni[a-z]*\s+(?:podil|zdroj|financ|prostred|vklad|cast)|z\s+vlastnich|podil\s+(?:mesta|obce|kraje|zadatele|prijemce|partnera)|zbyt[a-z]*|(?:u?hrad|doplat)[a-z]*\s+(?:z\s+rozpoctu\s+)?(?:mest|obec|kraj)/],
  ['subsidy', /dotac|podpor|prispev|grant/],
  ['total', /celkem|celkov|rozpoc|zpusobil|naklad[a-z]*\s+(?:na\s+)?projekt/],
];

/** the words of an amount that was not drawn or was returned */
const UNSPENT = /nevycerpan|nevyuzit|vracen[a-z]*|vratk|(?<![a-z])vratit/;

/** Extractor labels (free short words) that mean a role, for amounts whose words the cues do not read. */
const LABEL_ROLES: Readonly<Record<string, BudgetRole>> = {
  total: 'total', budget: 'total', cost: 'total', costs: 'total', 'total-cost': 'total',
  subsidy: 'subsidy', grant: 'subsidy', support: 'subsidy',
  esf: 'esf', eu: 'esf',
  national: 'national', state: 'national', 'state-budget': 'national',
  'co-financing': 'cofinancing', cofinancing: 'cofinancing', 'own-share': 'cofinancing', own: 'cofinancing', 'own-resources': 'cofinancing',
};

const SHARE_AFTER = /^\s*(?:Kč|,-|,–|\.-)?\s*\(\s*(\d{1,3}(?:[,.]\d+)?)\s*%\s*\)/u;
const SHARE_IN = /(\d{1,3}(?:[,.]\d+)?)\s*%/gu;
const SENTENCE_END = /[.!?;]\s+(?=\p{Lu})/gu;

/** Reads what each amount is from the words before it (and the extractor's label as a fallback). */
export function readBudget(doc: Pick<ParsedDocument, 'text'>, money: readonly Money[]): BudgetItem[] {
  const text = doc.text;
  const items = allAmounts(text, money)
    .filter((m) => m.currency === 'CZK' && !m.approximate)
    .sort((a, b) => a.evidence.start - b.evidence.start);
  const out: BudgetItem[] = [];
  let boundary = 0;
  for (const m of items) {
    const start = m.evidence.start;
    const context = contextBefore(text, Math.max(boundary, 0), start);
    const folded = fold(context.text);
    // what was not drawn, or was returned, is no part of the budget ("Nevyčerpané prostředky ve výši …")
    const unspent = UNSPENT.test(folded);
    let role = unspent ? undefined : ROLE_CUES.find(([, re]) => re.test(folded))?.[0];
    if (!role && !unspent && m.label) role = LABEL_ROLES[m.label.toLowerCase()];
    const item: BudgetItem = { money: m, context: context.text };
    if (role) item.role = role;
    boundary = m.evidence.end;
    const after = SHARE_AFTER.exec(text.slice(m.evidence.end, m.evidence.end + 30));
    if (after) {
      const s = m.evidence.end + after.index + after[0].indexOf(after[1]);
      const e = text.indexOf('%', s) + 1;
      item.share = { ...parseShare(after[1]), evidence: { text: text.slice(s, e), start: s, end: e } };
      boundary = m.evidence.end + after[0].length;
    } else {
      const inContext = [...context.text.matchAll(SHARE_IN)].pop();
      if (inContext) {
        const s = context.start + inContext.index;
        item.share = { ...parseShare(inContext[1]), evidence: { text: inContext[0], start: s, end: s + inContext[0].length } };
      } else if (m.share !== undefined) {
        item.share = { value: m.share, decimals: decimalsOf(String(m.share)), evidence: m.evidence };
      }
    }
    out.push(item);
  }
  return out;
}

/** The words before an amount: back to the previous amount, the line start or the sentence start. */
function contextBefore(text: string, boundary: number, start: number): { text: string; start: number } {
  let from = Math.max(boundary, text.lastIndexOf('\n', start - 1) + 1);
  // an amount alone on its line ("celkové náklady:\n2 000 625 Kč") takes the line before
  if (!/\p{L}/u.test(text.slice(from, start)) && from > boundary && from > 0) {
    from = Math.max(boundary, text.lastIndexOf('\n', from - 2) + 1);
  }
  let chunk = text.slice(from, start);
  const ends = [...chunk.matchAll(SENTENCE_END)].filter((m) => !/\d/.test(chunk[m.index - 1] ?? ''));
  const last = ends.pop();
  if (last) {
    from += last.index + last[0].length;
    chunk = text.slice(from, start);
  }
  if (chunk.length > 160) {
    from = start - 160;
    chunk = text.slice(from, start);
  }
  return { text: chunk, start: from };
}

function parseShare(written: string): { value: number; decimals: number } {
  return { value: Number(written.replace(',', '.')), decimals: decimalsOf(written) };
}

function decimalsOf(written: string): number {
  const m = /[,.](\d+)$/.exec(written);
  return m ? m[1].length : 0;
}

/**
 * Splits the amounts into budgets: amounts that stand together (at most `gap` characters apart) and name each
 * role once. A role named again starts the next budget, as in a page listing several projects.
 */
export function budgets(items: readonly BudgetItem[], gap = 400): BudgetItem[][] {
  const groups: BudgetItem[][] = [];
  let current: BudgetItem[] = [];
  for (const item of items) {
    const last = current[current.length - 1];
    const far = last && item.money.evidence.start - last.money.evidence.end > gap;
    const repeated = item.role && current.some((c) => c.role === item.role);
    if (last && (far || repeated)) {
      groups.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length) groups.push(current);
  return groups;
}

/** The one amount of a role in a budget, if the budget names it exactly once. */
export function only(group: readonly BudgetItem[], role: BudgetRole): BudgetItem | undefined {
  const found = group.filter((i) => i.role === role);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A stated share that does not match its budget: the amount it should be and the base it is a share of. The base
 * is the stated total, or the sum of a complete set of parts when no total is stated; an ESF or national share
 * may also be a share of the subsidy. Rounding: the share may be rounded to the digits it is written with, and
 * the amount to the haléř.
 */
export function shareProblem(group: readonly BudgetItem[], item: BudgetItem): { expected: number; base: number; baseItem?: BudgetItem } | undefined {
  if (!item.share || !item.role || item.role === 'total') return undefined;
  const base = baseOf(group);
  if (!base || item === base.item) return undefined;
  // what was drawn is a share of a stated total only
  if (item.role === 'spent' && !base.item) return undefined;
  const { value, decimals } = item.share;
  if (value <= 0 || value >= 100) return undefined;
  const bases = [base.amount];
  const subsidy = only(group, 'subsidy');
  if (subsidy && (item.role === 'esf' || item.role === 'national')) bases.push(subsidy.money.amount);
  if (bases.some((b) => fits(item.money.amount, b, value, decimals))) return undefined;
  const problem: { expected: number; base: number; baseItem?: BudgetItem } = { expected: Math.round(base.amount * value) / 100, base: base.amount };
  if (base.item) problem.baseItem = base.item;
  return problem;
}

/** The amount a share is of: the stated total, else the sum of a complete decomposition. */
export function baseOf(group: readonly BudgetItem[]): { amount: number; item?: BudgetItem } | undefined {
  const total = only(group, 'total');
  if (total) return { amount: total.money.amount, item: total };
  for (const parts of [['esf', 'national', 'cofinancing'], ['subsidy', 'cofinancing']] as const) {
    const found = parts.map((r) => only(group, r));
    if (found.every(Boolean)) return { amount: sumAmounts(found.map((f) => f!.money.amount)) };
  }
  return undefined;
}

/** The amount is the share of the base, allowing the share's own rounding and the haléř. */
function fits(amount: number, base: number, share: number, decimals: number): boolean {
  if (base <= 0) return false;
  if (Math.abs(amount - (base * share) / 100) <= 0.01 + 1e-9) return true;
  const real = (amount / base) * 100;
  return Math.abs(real - share) <= 0.5 * 10 ** -decimals + 1e-9;
}
