import type { CrossFlag } from '../../schema/config.js';
import { duplicateDocuments } from './duplicates.js';
import { planPeriodConflict } from './plan-period.js';
import { registrationConflict } from './registration.js';
import type { CrossContext, CrossRule } from './types.js';

/** The checks across the documents of an output folder, run by `spisovna check`. */
export const CROSS_RULES: readonly CrossRule[] = [registrationConflict, planPeriodConflict, duplicateDocuments];

export function runCrossChecks(ctx: CrossContext, rules: readonly CrossRule[] = CROSS_RULES): CrossFlag[] {
  return rules.flatMap((rule) => rule.check(ctx));
}

export type { CrossContext, CrossRule } from './types.js';
