import type { ExtractedFields, Flag, ParsedDocument, Severity } from '../schema/index.js';
import { countMismatch } from './rules/count-mismatch.js';
import { dateOrder } from './rules/date-order.js';
import { impossibleDate } from './rules/impossible-date.js';
import { percentMismatch } from './rules/percent-mismatch.js';
import { periodConflict } from './rules/period-conflict.js';
import { periodOrder } from './rules/period-order.js';
import { sumMismatch } from './rules/sum-mismatch.js';
import { weekdayMismatch } from './rules/weekday-mismatch.js';

/** What a rule sees: the document and everything the extractors found in it. */
export interface CheckContext {
  doc: ParsedDocument;
  fields: ExtractedFields;
}

/** One data check: a fixed rule id, its default severity, and a function that returns its flags. */
export interface Rule {
  id: string;
  /** the severity its flags carry unless a config says otherwise */
  severity: Severity;
  /** one line, for `spisovna check --help` and the README */
  description: string;
  check(ctx: CheckContext): Flag[];
}

/** The rules run on every record as it is ingested, in this order. */
export const RULES: readonly Rule[] = [
  sumMismatch,
  percentMismatch,
  periodOrder,
  periodConflict,
  weekdayMismatch,
  countMismatch,
  dateOrder,
  impossibleDate,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/**
 * Runs the rules over one document. A rule that throws is a bug in that rule, not in the document: it must
 * not cost the record, so its failure becomes a message on the document (stage `check`) and the other rules go on.
 */
export function runChecks(ctx: CheckContext, rules: readonly Rule[] = RULES): Flag[] {
  return rules.flatMap((rule) => {
    try {
      return rule.check(ctx);
    } catch (err) {
      ctx.doc.messages.push({ stage: 'check', ruleId: rule.id, message: `rule failed: ${(err as Error)?.message ?? String(err)}` });
      return [];
    }
  });
}
