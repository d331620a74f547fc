import { createHash } from 'node:crypto';
import type { Format, ParsedDocument } from '../schema/index.js';
import { normalise } from '../corpus/normalise.js';
import { readerFor, type ReadLimits } from '../corpus/readers/index.js';
import { SpisovnaError, failureReason } from './errors.js';
import type { ReadOutcome } from './process.js';
import { looksBinary } from './binary.js';
import { flattenDeepHtml } from './html-depth.js';
import { timed, timedAsync } from './timing.js';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The first half of processBytes: the document, or the failed result of a file that cannot be read
 * (never throws). The format is the one the bytes are sniffed as, for the manifest entry.
 */
export async function readStage(bytes: Buffer, path: string, limits: ReadLimits): Promise<ReadOutcome> {
  let format: Format | 'unknown' = 'unknown';
  try {
    format = bytes.length ? readerFor(bytes, path).format : 'unknown';
    return { doc: await readDocument(bytes, path, limits), format };
  } catch (err) {
    return { failed: { entry: { path, status: 'failed', reason: failureReason(err), sha256: sha256(bytes), format, bytes: bytes.length } } };
  }
}

/** Stages 2 and 3: read the bytes with the reader their content calls for, then normalise. */
export async function readDocument(bytes: Buffer, path: string, limits: ReadLimits): Promise<ParsedDocument> {
  if (bytes.length === 0) throw new SpisovnaError('reader', 'empty file', 'empty');
  if (bytes.length > limits.maxFileBytes) {
    throw new SpisovnaError('reader', `file of ${bytes.length} bytes exceeds the limit of ${limits.maxFileBytes}`, 'too-large');
  }
  const reader = readerFor(bytes, path);
  if (reader.format === 'txt') {
    // the fallback reader takes anything: binary data (random bytes, an unknown format) stops here
    const verdict = looksBinary(bytes);
    if (verdict.binary) {
      const share = ((verdict.controls / verdict.sample) * 100).toFixed(1);
      throw new SpisovnaError('reader', `binary data, not a document of a known format (${share} % control bytes)`, 'binary');
    }
    // a character takes at most 4 bytes of UTF-8, so this text cannot fit the character limit
    if (bytes.length > limits.maxTextChars * 4) {
      throw new SpisovnaError('reader/txt', `text file of ${bytes.length} bytes holds more than the limit of ${limits.maxTextChars} characters`, 'too-large');
    }
  }
  let input = bytes;
  let depthMessage: ParsedDocument['messages'][number] | undefined;
  if (reader.format === 'html') {
    // the HTML parser slows with the square of the depth: tags nested too deep go, their text stays
    const guard = flattenDeepHtml(bytes, Math.max(1, Math.floor(limits.maxHtmlDepth / 2)));
    if (guard.dropped) {
      input = guard.bytes;
      depthMessage = { stage: 'reader/html', ruleId: 'html-too-deep', message: `HTML nested ${guard.depth} levels deep; ${guard.dropped} tags below level ${Math.floor(limits.maxHtmlDepth / 2)} dropped, their text kept` };
    }
  }
  const raw = await timedAsync(`read ${reader.format}`, () => reader.read(input, { path, limits }));
  if (depthMessage) raw.messages = [...(raw.messages ?? []), depthMessage];
  const rawChars = raw.blocks.reduce((n, b) => n + b.text.length, 0);
  if (rawChars > limits.maxTextChars) {
    throw new SpisovnaError(`reader/${reader.format}`, `text of ${rawChars} characters exceeds the limit of ${limits.maxTextChars}`, 'too-large');
  }
  const { text, blocks, messages } = timed('normalise', () => normalise(raw));
  if (text.length > limits.maxTextChars) {
    throw new SpisovnaError(`reader/${reader.format}`, `text of ${text.length} characters exceeds the limit of ${limits.maxTextChars}`, 'too-large');
  }
  if (!text.trim()) throw new SpisovnaError(`reader/${reader.format}`, 'no text in the document', 'no-text');
  const doc: ParsedDocument = {
    path,
    format: raw.format,
    bytes: bytes.length,
    sha256: sha256(bytes),
    text,
    blocks,
    messages,
  };
  if (raw.encoding) doc.encoding = raw.encoding;
  if (raw.pages !== undefined) doc.pages = raw.pages;
  if (raw.title) doc.title = raw.title;
  return doc;
}
