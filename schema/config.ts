import { z } from 'zod';
import { evidenceSchema } from './evidence.js';
import { severitySchema } from './record.js';

/**
 * The check configuration, `spisovna.config.json` (or `spisovna check --config FILE`):
 *
 *     { "rules": { "count-mismatch": "off", "period-conflict": "error" },
 *       "duplicates": { "threshold": 0.85 } }
 *
 * `rules` sets a rule's severity, or `off` to drop its flags; rules not named keep their default severity.
 * Unknown keys are an error, so that a typo in a rule id does not silently do nothing (the rule ids are checked
 * against the rule lists by the check command, which knows them).
 */
export const ruleSettingSchema = z.union([severitySchema, z.literal('off')]);
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export const checkConfigSchema = z.strictObject({
  /** an optional JSON Schema reference for editors */
  $schema: z.string().optional(),
  rules: z.record(z.string().min(1), ruleSettingSchema).default({}),
  duplicates: z
    .strictObject({
      /** estimated Jaccard similarity of word 5-shingles from which two documents count as near-duplicates */
      threshold: z.number().gt(0).max(1).default(0.8),
    })
    .default({ threshold: 0.8 }),
  /** run the checks across documents (same registration number, same plan, duplicates) */
  cross: z.boolean().default(true),
});
export type CheckConfig = z.infer<typeof checkConfigSchema>;

/** A flag about several documents at once: each document with the evidence in its own text. */
export const crossFlagSchema = z.object({
  rule: z.string().min(1),
  severity: severitySchema,
  message: z.string().min(1),
  documents: z
    .array(z.object({ id: z.string(), path: z.string(), evidence: z.array(evidenceSchema) }))
    .min(2),
  actual: z.union([z.string(), z.number()]).optional(),
  expected: z.union([z.string(), z.number()]).optional(),
});
export type CrossFlag = z.infer<typeof crossFlagSchema>;

/** One line of `spisovna check` output, in its `--json` form: where, what, and the flag itself. */
export const reportedFlagSchema = z.object({
  path: z.string(),
  id: z.string(),
  /** 1-based; 0 when the document's text could not be read again */
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  rule: z.string(),
  severity: severitySchema,
  message: z.string(),
  evidence: z.array(evidenceSchema),
  actual: z.union([z.string(), z.number()]).optional(),
  expected: z.union([z.string(), z.number()]).optional(),
  /** for a cross-document flag: the other documents it names */
  others: z.array(z.object({ id: z.string(), path: z.string(), evidence: z.array(evidenceSchema) })).optional(),
});
export type ReportedFlag = z.infer<typeof reportedFlagSchema>;
