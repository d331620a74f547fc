import type { DocumentRecord, Format, ManifestEntry } from '../schema/index.js';
import type { ReadLimits } from '../corpus/readers/index.js';
import { SpisovnaError } from './errors.js';
import { readDocument, sha256 } from './read.js';
import { buildRecord } from './record.js';
import { readerFor } from '../corpus/readers/index.js';

export interface Processed {
  entry: ManifestEntry;
  record?: DocumentRecord;
}

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
    return { record, entry: { path, status: 'ok', id: record.id, sha256: hash, format: doc.format, bytes: bytes.length } };
  } catch (err) {
    return {
      entry: { path, status: 'failed', reason: failureReason(err), sha256: hash, format, bytes: bytes.length },
    };
  }
}

/** A failure as one line for the manifest: the stage and what went wrong. */
export function failureReason(err: unknown): string {
  if (err instanceof SpisovnaError) {
    // `reason: stage: message`, e.g. `timeout: worker: …`, `zip-bomb: reader/zip: …`; the reason once
    if (err.reason === 'failed' || err.message.startsWith(`${err.reason}:`)) return err.message;
    if (err.reason === 'encrypted') return /needs a password/.test(err.message) ? `encrypted: ${err.message}` : `encrypted: needs a password (${err.message})`;
    return `${err.reason}: ${err.message}`;
  }
  const e = err as Error;
  const message = (e?.message ?? String(err)).split('\n')[0].slice(0, 300);
  return /password|encrypt/i.test(message) ? `encrypted: needs a password (${message})` : `error: ${message}`;
}
