import type { Format, RawDocument } from '../../schema/index.js';

/** Limits that protect a batch from hostile input; defaults in corpus/limits.ts. */
export interface ReadLimits {
  /** largest input file read, in bytes */
  maxFileBytes: number;
  /** largest text a document may produce, in characters */
  maxTextChars: number;
  /** largest total inflated size of a ZIP-based file (DOCX, ODT, ZIP) */
  maxInflatedBytes: number;
  /** largest ratio of inflated to compressed size */
  maxCompressionRatio: number;
  /** deepest HTML nesting kept */
  maxHtmlDepth: number;
}

export interface ReadContext {
  path: string;
  limits: ReadLimits;
}

/** One reader per format: `sniff` looks at the bytes (and the name only to break ties). */
export interface Reader {
  format: Format;
  sniff(bytes: Uint8Array, path: string): boolean;
  read(bytes: Buffer, ctx: ReadContext): Promise<RawDocument>;
}
