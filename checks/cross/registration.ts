import type { DocumentRecord, Evidence } from '../../schema/index.js';
import type { CrossFlag } from '../../schema/config.js';
import { readBudget } from '../budget.js';
import { allPeriods, plausiblePeriod, precisionOf, showPeriod } from '../periods.js';
import { fold, formatAmount, sameAmount } from '../util.js';
import type { CrossContext, CrossRule } from './types.js';

const ID = 'registration-conflict';

interface ProjectFacts {
  record: DocumentRecord;
  total?: { amount: number; evidence: Evidence };
  period?: { from: string; to: string; evidence: Evidence };
}

/**
 * registration-conflict: the same project registration number in two documents with a different total budget or
 * a different realisation period. Only documents that name one registration number take part (a page listing
 * several projects does not say which budget is whose), and only a budget or period the document states once.
 */
export const registrationConflict: CrossRule = {
  id: ID,
  severity: 'warning',
  description: 'the same registration number with different budgets or periods in two documents',
  check(ctx: CrossContext) {
    const byNumber = new Map<string, ProjectFacts[]>();
    for (const record of ctx.records) {
      const numbers = new Set(record.identifiers.filter((i) => i.type === 'registration').map((i) => i.value.replace(/\s+/g, '').toUpperCase()));
      if (numbers.size !== 1) continue;
      const [number] = numbers;
      byNumber.set(number, [...(byNumber.get(number) ?? []), factsOf(record, ctx.texts.get(record.id))]);
    }
    const flags: CrossFlag[] = [];
    for (const [number, projects] of byNumber) {
      if (projects.length < 2) continue;
      const totals = projects.filter((p) => p.total);
      if (totals.some((p) => !sameAmount(p.total!.amount, totals[0].total!.amount))) {
        flags.push({
          rule: ID,
          severity: registrationConflict.severity,
          message: `projekt ${number} má v různých dokumentech různé celkové náklady: ${unique(totals.map((p) => `${formatAmount(p.total!.amount)} Kč`)).join(' × ')}`,
          documents: totals.map((p) => ({ id: p.record.id, path: p.record.source.path, evidence: [p.total!.evidence] })),
        });
      }
      const periods = projects.filter((p) => p.period);
      if (periods.some((p) => p.period!.from !== periods[0].period!.from || p.period!.to !== periods[0].period!.to)) {
        flags.push({
          rule: ID,
          severity: registrationConflict.severity,
          message: `projekt ${number} má v různých dokumentech různou dobu realizace: ${unique(periods.map((p) => showPeriod(p.period!.from, p.period!.to))).join(' × ')}`,
          documents: periods.map((p) => ({ id: p.record.id, path: p.record.source.path, evidence: [p.period!.evidence] })),
        });
      }
    }
    return flags;
  },
};

function factsOf(record: DocumentRecord, text: string | undefined): ProjectFacts {
  const facts: ProjectFacts = { record };
  const totals = readBudget({ text: text ?? '' }, record.money).filter((i) => i.role === 'total');
  const amounts = unique(totals.map((t) => String(Math.round(t.money.amount * 100))));
  if (amounts.length === 1) facts.total = { amount: totals[0].money.amount, evidence: totals[0].money.evidence };
  const projectPeriods = allPeriods({ text: text ?? '' }, record.periods).filter((p) => {
    if (!plausiblePeriod(p) || precisionOf(p.from) !== 'day') return false;
    if (p.period?.role === 'project') return true;
    if (!text) return false;
    const lineStart = text.lastIndexOf('\n', p.evidence.start - 1) + 1;
    return /realiz|projekt/.test(fold(text.slice(Math.max(lineStart, p.evidence.start - 80), p.evidence.start)));
  });
  const distinct = unique(projectPeriods.map((p) => `${p.from}/${p.to}`));
  if (distinct.length === 1) facts.period = { from: projectPeriods[0].from, to: projectPeriods[0].to, evidence: projectPeriods[0].evidence };
  return facts;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
