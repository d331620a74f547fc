import type { Format } from '../../schema/index.js';
import { docxReader } from './docx.js';
import { htmlReader } from './html.js';
import { txtReader } from './txt.js';
import type { Reader } from './types.js';

/**
 * The readers, in sniffing order: the first whose `sniff` accepts the bytes reads the file.
 * Plain text comes last, as the fallback.
 */
export const READERS: readonly Reader[] = [docxReader, htmlReader, txtReader];

export function readerFor(bytes: Uint8Array, path: string): Reader {
  return READERS.find((r) => r.sniff(bytes, path)) ?? txtReader;
}

export function readerOf(format: Format): Reader | undefined {
  return READERS.find((r) => r.format === format);
}

export type { Reader, ReadContext, ReadLimits } from './types.js';
