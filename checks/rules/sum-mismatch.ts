import type { Flag } from '../../schema/index.js';
import type { Rule } from '../index.js';
import { budgets, only, readBudget, ROLE_CS, shareProblem, type BudgetItem, type BudgetRole } from '../budget.js';
import { itemisedTotals } from '../itemised.js';
import { formatAmount, makeFlag, overlaps, sameAmount, sumAmounts } from '../util.js';

const ID = 'sum-mismatch';

/** Which amounts are parts of which, tried in this order; the first that fails is the budget's one flag. */
const RELATIONS: ReadonlyArray<{ whole: BudgetRole; parts: BudgetRole[] }> = [
  { whole: 'total', parts: ['esf', 'national', 'cofinancing'] },
  { whole: 'total', parts: ['subsidy', 'cofinancing'] },
  { whole: 'subsidy', parts: ['esf', 'national'] },
];

/**
 * sum-mismatch: parts of a project budget that do not add up to the stated whole, to the haléř: ESF + national
 * + co-financing vs the total cost, subsidy + own share vs the total, ESF + national vs the subsidy. A budget
 * that names only some parts is not checked; one flag per budget, for the first relation that fails.
 */
export const sumMismatch: Rule = {
  id: ID,
  severity: 'error',
  description: 'parts of a budget that do not add up to the stated total',
  check({ doc, fields }) {
    const flags: Flag[] = [];
    for (const group of budgets(readBudget(doc, fields.money))) {
      for (const relation of RELATIONS) {
        const whole = only(group, relation.whole);
        const parts = relation.parts.map((r) => only(group, r));
        if (!whole || parts.some((p) => !p)) continue;
        const found = parts as BudgetItem[];
        const sum = sumAmounts(found.map((p) => p.money.amount));
        if (sameAmount(sum, whole.money.amount)) continue;
        // a part whose stated share is wrong, and which alone explains the gap, is percent-mismatch's one flag
        const explained = found.some((p) => {
          const problem = shareProblem(group, p);
          return problem && sameAmount(sumAmounts([sum, -p.money.amount, problem.expected]), whole.money.amount);
        });
        if (explained) break;
        flags.push(makeFlag({
          rule: ID,
          severity: sumMismatch.severity,
          message:
            `${found.map((p) => formatAmount(p.money.amount)).join(' + ')} = ${formatAmount(sum)} Kč ≠ ${formatAmount(whole.money.amount)} Kč` +
            ` (${relation.parts.map((r) => ROLE_CS[r]).join(' + ')} ≠ ${ROLE_CS[relation.whole]})`,
          evidence: [...found, whole].map((i) => i.money.evidence),
          actual: `${found.map((p) => plain(p.money.amount)).join(' + ')} = ${plain(sum)}`,
          expected: whole.money.amount,
        }));
        break;
      }
    }
    // a budget itemised line by line and closed by "Celkem"
    for (const { items, total } of itemisedTotals(doc.text, fields.money)) {
      if (flags.some((f) => f.evidence.some((e) => overlaps(e, total.evidence)))) continue;
      const sum = sumAmounts(items.map((i) => i.amount));
      if (sameAmount(sum, total.amount)) continue;
      flags.push(makeFlag({
        rule: ID,
        severity: sumMismatch.severity,
        message: `${items.map((i) => formatAmount(i.amount)).join(' + ')} = ${formatAmount(sum)} Kč ≠ ${formatAmount(total.amount)} Kč (součet položek ≠ celkem)`,
        evidence: [...items, total].map((i) => i.evidence),
        actual: `${items.map((i) => plain(i.amount)).join(' + ')} = ${plain(sum)}`,
        expected: total.amount,
      }));
    }
    return flags;
  },
};

/** An amount as digits only ("845000", "60731.25"), beside the Czech notation, so the figures can be searched. */
function plain(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}
