import type { Format } from '../../schema/index.js';
import { SpisovnaError } from '../../pipeline/errors.js';
import { isOfficePackage, isZip } from '../zip.js';
import { docReader } from './doc.js';
import { docxReader } from './docx.js';
import { htmlReader } from './html.js';
import { odtReader } from './odt.js';
import { pdfReader } from './pdf.js';
import { rtfReader } from './rtf.js';
import { txtReader } from './txt.js';
import type { Reader } from './types.js';

/**
 * A ZIP archive that is not a document (not DOCX, not ODT): recognised so that ingestion can expand it
 * and read its members one by one. Read as one document it cannot be.
 */
export const zipReader: Reader = {
  format: 'zip',
  sniff: (bytes) => isZip(bytes),
  async read(bytes) {
    if (isOfficePackage(bytes)) {
      // XLSX, PPTX, ODS, ODP …: one document of a kind spisovna does not read, not an archive to expand
      throw new SpisovnaError('reader/zip', 'an office package other than DOCX or ODT (a spreadsheet or a presentation) is not read', 'unsupported');
    }
    throw new SpisovnaError('reader/zip', 'a ZIP archive of files, not a document: its members are read one by one', 'archive');
  },
};

/**
 * The readers, in sniffing order: the first whose `sniff` accepts the bytes reads the file. Content
 * decides, never the extension alone: PDF (%PDF- in the first kilobyte), Word 97–2003 (OLE), DOCX and ODT
 * (ZIPs with their telltale members), other ZIPs (archives), RTF, HTML (so a .pdf that is HTML is read
 * as HTML). Plain text comes last, as the fallback.
 */
export const READERS: readonly Reader[] = [pdfReader, docReader, docxReader, odtReader, zipReader, rtfReader, htmlReader, txtReader];

export function readerFor(bytes: Uint8Array, path: string): Reader {
  return READERS.find((r) => r.sniff(bytes, path)) ?? txtReader;
}

/** The format the bytes are in, by content: `pdf`, `doc`, `docx`, `odt`, `zip`, `rtf`, `html` or `txt`. */
export function sniffFormat(bytes: Uint8Array, path = ''): Format {
  return readerFor(bytes, path).format;
}

/** True when the bytes are a ZIP archive of files to expand: format `zip` and not an office package (XLSX, ODS …). */
export function isExpandableArchive(bytes: Uint8Array, path = ''): boolean {
  return sniffFormat(bytes, path) === 'zip' && !isOfficePackage(bytes);
}

export function readerOf(format: Format): Reader | undefined {
  return READERS.find((r) => r.format === format);
}

export type { Reader, ReadContext, ReadLimits } from './types.js';
