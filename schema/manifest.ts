import { z } from 'zod';
import { formatSchema } from './document.js';

export const manifestStatusSchema = z.enum(['ok', 'failed', 'duplicate', 'skipped']);
export type ManifestStatus = z.infer<typeof manifestStatusSchema>;

/** One line of manifest.jsonl: every input file appears exactly once. */
export const manifestEntrySchema = z.object({
  path: z.string(),
  status: manifestStatusSchema,
  reason: z.string().optional(),
  id: z.string().optional(),
  /** for a duplicate: the path of the first file with the same content */
  duplicateOf: z.string().optional(),
  sha256: z.string(),
  format: z.union([formatSchema, z.literal('unknown')]),
  bytes: z.number().int().nonnegative().optional(),
  ms: z.number().nonnegative().optional(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
