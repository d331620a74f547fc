import type { ExtractedFields, Flag, ParsedDocument } from '../schema/index.js';

/** What a rule sees: the document and everything the extractors found in it. */
export interface CheckContext {
  doc: ParsedDocument;
  fields: ExtractedFields;
}

/** One data check: a fixed rule id and a function that returns its flags. */
export interface Rule {
  id: string;
  check(ctx: CheckContext): Flag[];
}

/** The rules run on every record as it is ingested, in this order. */
export const RULES: readonly Rule[] = [];

export function runChecks(ctx: CheckContext, rules: readonly Rule[] = RULES): Flag[] {
  return rules.flatMap((rule) => rule.check(ctx));
}
