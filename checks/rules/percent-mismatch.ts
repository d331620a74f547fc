import type { Flag } from '../../schema/index.js';
import type { Rule } from '../index.js';
import { budgets, only, readBudget, ROLE_CS, type BudgetItem } from '../budget.js';
import { formatAmount, formatPercent, makeFlag, sumAmounts } from '../util.js';

const ID = 'percent-mismatch';

/**
 * percent-mismatch: a share the text states for an amount ("vlastní podíl (10 %): 240 000 Kč") that does not
 * match the budget it is a share of. The base is the stated total, or the sum of a complete set of parts when no
 * total is stated; an ESF or national share may also be a share of the subsidy. Rounding: the share may be
 * rounded to the digits it is written with, and the amount to the haléř.
 */
export const percentMismatch: Rule = {
  id: ID,
  severity: 'error',
  description: 'a stated share that does not match the amounts it relates',
  check({ doc, fields }) {
    const flags: Flag[] = [];
    for (const group of budgets(readBudget(doc, fields.money))) {
      const base = baseOf(group);
      if (!base) continue;
      for (const item of group) {
        if (!item.share || !item.role || item.role === 'total' || item === base.item) continue;
        const { value, decimals, evidence } = item.share;
        if (value <= 0 || value >= 100) continue;
        const bases = [base.amount];
        const subsidy = only(group, 'subsidy');
        if (subsidy && (item.role === 'esf' || item.role === 'national')) bases.push(subsidy.money.amount);
        if (bases.some((b) => fits(item.money.amount, b, value, decimals))) continue;
        const expected = Math.round(base.amount * value) / 100;
        const real = (item.money.amount / base.amount) * 100;
        flags.push(makeFlag({
          rule: ID,
          severity: percentMismatch.severity,
          message:
            `${ROLE_CS[item.role]} ${formatPercent(value)} % z ${formatAmount(base.amount)} Kč je ${formatAmount(expected)} Kč,` +
            ` ne ${formatAmount(item.money.amount)} Kč (to je ${formatPercent(real)} %)`,
          evidence: [evidence, item.money.evidence, ...(base.item ? [base.item.money.evidence] : [])],
          actual: item.money.amount,
          expected,
        }));
      }
    }
    return flags;
  },
};

/** The amount a share is of: the stated total, else the sum of a complete decomposition. */
function baseOf(group: readonly BudgetItem[]): { amount: number; item?: BudgetItem } | undefined {
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
