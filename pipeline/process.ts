import type { DocumentRecord, DocumentText, Format, ManifestEntry } from '../schema/index.js';
import type { ReadLimits } from '../corpus/readers/index.js';
import { failureReason } from './errors.js';
import { readDocument, sha256 } from './read.js';
import { buildRecord } from './record.js';
import { readerFor } from '../corpus/readers/index.js';

export interface Processed {
  entry: ManifestEntry;
  record?: DocumentRecord;
  /** the normalised text and headings records do not hold, for DIR/texts.jsonl (search, snippets) */
  text?: ProcessedText;
}

/** One line of DIR/texts.jsonl: `{ id, text, headings }` (the shape output/texts.ts reads). */
export type ProcessedText = DocumentText;

/**
 * One file through read → normalise → extract → check → validate. Never throws for a bad file:
 * the failure becomes the manifest entry's status and reason, so the batch goes on.
 */
export async function processBytes(bytes: Buffer, path: string, limits: ReadLimits): Promise<Processed> {
  const hash = sha256(bytes);
  let format: Format | 'unknown' = 'unknown';
  try {
    format = bytes.length ? readerFor(bytes, path).format : 'unknown';
    const doc = await readDocument(bytes, path, limits);
    const record = buildRecord(doc);
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => doc.text.slice(b.start, b.end).trim()).filter(Boolean);
    return {
      record,
      entry: { path, status: 'ok', id: record.id, sha256: hash, format: doc.format, bytes: bytes.length },
      text: { id: record.id, text: doc.text, headings },
    };
  } catch (err) {
    return {
      entry: { path, status: 'failed', reason: failureReason(err), sha256: hash, format, bytes: bytes.length },
    };
  }
}
