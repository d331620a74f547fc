import { z } from 'zod';

/** Input formats spisovna reads; chosen by content sniffing, not by extension alone. */
export const formatSchema = z.enum(['txt', 'html', 'docx', 'pdf', 'doc', 'odt', 'rtf', 'zip']);
export type Format = z.infer<typeof formatSchema>;

export const blockTypeSchema = z.enum(['heading', 'paragraph', 'list-item', 'table-row', 'table-cell']);
export type BlockType = z.infer<typeof blockTypeSchema>;

/** A structural piece of the normalised text. Offsets are [start, end) into `ParsedDocument.text`. */
export const blockSchema = z.object({
  type: blockTypeSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  page: z.number().int().positive().optional(),
  /** heading level (1–6) */
  level: z.number().int().min(1).max(6).optional(),
  /** table position of a row or cell */
  row: z.number().int().nonnegative().optional(),
  col: z.number().int().nonnegative().optional(),
});
export type Block = z.infer<typeof blockSchema>;

/** A message that travels with a document (vfile style): a place, a rule id, the stage that said it. */
export const messageSchema = z.object({
  stage: z.string(),
  ruleId: z.string(),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type DocumentMessage = z.infer<typeof messageSchema>;

/** What a reader produces before normalisation: blocks of raw text in reading order. */
export const rawBlockSchema = z.object({
  type: blockTypeSchema,
  text: z.string(),
  page: z.number().int().positive().optional(),
  level: z.number().int().min(1).max(6).optional(),
  row: z.number().int().nonnegative().optional(),
  col: z.number().int().nonnegative().optional(),
});
export type RawBlock = z.infer<typeof rawBlockSchema>;

export const rawDocumentSchema = z.object({
  format: formatSchema,
  blocks: z.array(rawBlockSchema),
  encoding: z.string().optional(),
  pages: z.number().int().nonnegative().optional(),
  /** a title the container states (HTML <title>, DOCX core properties, PDF info) */
  title: z.string().optional(),
  messages: z.array(messageSchema).default([]),
});
export type RawDocument = z.infer<typeof rawDocumentSchema>;

/** The document model every extractor reads: normalised (NFC) text plus blocks pointing into it. */
export const parsedDocumentSchema = z.object({
  path: z.string(),
  format: formatSchema,
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string().optional(),
  pages: z.number().int().nonnegative().optional(),
  title: z.string().optional(),
  text: z.string(),
  blocks: z.array(blockSchema),
  messages: z.array(messageSchema),
});
export type ParsedDocument = z.infer<typeof parsedDocumentSchema>;
