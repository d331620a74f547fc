import type { DocumentRecord, DocumentText, Format, ManifestEntry, ParsedDocument } from '../schema/index.js';
import type { ReadLimits } from '../corpus/readers/index.js';
import { readStage } from './read.js';
import { recordStage } from './record.js';

export interface Processed {
  entry: ManifestEntry;
  record?: DocumentRecord;
  /** the normalised text and headings records do not hold, for DIR/texts.jsonl (search, snippets) */
  text?: ProcessedText;
}

/** A file after its first half (read, normalise): the document and the format its bytes were sniffed as, or its failure. */
export type ReadOutcome = { doc: ParsedDocument; format: Format | 'unknown' } | { failed: Processed };

/** One line of DIR/texts.jsonl: `{ id, text, headings }` (the shape output/texts.ts reads). */
export type ProcessedText = DocumentText;

/**
 * One file through read → normalise → extract → check → validate. Never throws for a bad file:
 * the failure becomes the manifest entry's status and reason, so the batch goes on. The two halves,
 * readStage and recordStage, also run apart, in different workers (pipeline/pool.ts).
 */
export async function processBytes(bytes: Buffer, path: string, limits: ReadLimits): Promise<Processed> {
  const read = await readStage(bytes, path, limits);
  return 'failed' in read ? read.failed : recordStage(read);
}
