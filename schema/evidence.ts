import { z } from 'zod';

/** Where a finding stands: the matched text and its [start, end) offsets into the normalised text. */
export const evidenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** Fields every extracted item carries: its evidence and the extractor that found it. */
export const findingBase = {
  evidence: evidenceSchema,
  extractor: z.string(),
};
