import type { Flag } from '../../schema/index.js';
import type { Rule } from '../index.js';
import { baseOf, budgets, readBudget, ROLE_CS, shareProblem, type BudgetRole } from '../budget.js';
import { formatAmount, formatPercent, makeFlag } from '../util.js';

const ID = 'percent-mismatch';
const PRIORITY: readonly BudgetRole[] = ['cofinancing', 'national', 'esf', 'subsidy'];

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
      let items = group.filter((item) => shareProblem(group, item));
      // without a stated total the base is the sum of the parts, so one wrong amount puts every share off:
      // one flag, for the part most often stated as a share (the own share first)
      if (items.length > 1 && !baseOf(group)?.item) items = [...items].sort((a, b) => PRIORITY.indexOf(a.role!) - PRIORITY.indexOf(b.role!)).slice(0, 1);
      for (const item of items) {
        const problem = shareProblem(group, item);
        if (!problem || !item.share || !item.role) continue;
        const { value, evidence } = item.share;
        const real = (item.money.amount / problem.base) * 100;
        flags.push(makeFlag({
          rule: ID,
          severity: percentMismatch.severity,
          message:
            `${ROLE_CS[item.role]} ${formatPercent(value)} % z ${formatAmount(problem.base)} Kč je ${formatAmount(problem.expected)} Kč,` +
            ` ne ${formatAmount(item.money.amount)} Kč (to je ${formatPercent(real)} %)`,
          evidence: [evidence, item.money.evidence, ...(problem.baseItem ? [problem.baseItem.money.evidence] : [])],
          actual: item.money.amount,
          expected: `${plain(problem.expected)} = ${value} % z ${plain(problem.base)}`,
        }));
      }
    }
    return flags;
  },
};

/** An amount as digits only, beside the Czech notation of the message, so the figures can be searched. */
function plain(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}
