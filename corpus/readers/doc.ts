import { SpisovnaError } from '../../pipeline/errors.js';
import type { RawBlock } from '../../schema/index.js';
import { LIST_START } from '../pdf-text.js';
import type { Reader } from './types.js';

const STAGE = 'reader/doc';
// loaded when the first Word 97–2003 file comes, not with every reader
type WordExtractorClass = typeof import('word-extractor');
let wordExtractor: Promise<WordExtractorClass & { default?: WordExtractorClass }> | undefined;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "WordDocument", the stream every Word 97–2003 file holds, as UTF-16LE in the OLE directory. */
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

export function isOle(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** An OLE compound file with a WordDocument stream (not an Excel sheet or an Outlook message). */
export function isWordOle(bytes: Uint8Array): boolean {
  return isOle(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(WORD_STREAM);
}

/**
 * Word 97–2003 through word-extractor: the body text, one block per paragraph, then the body's text
 * boxes; headers, footers, footnotes and comments are left out. Table rows (cells ending in a tab) become table cells.
 */
export const docReader: Reader = {
  format: 'doc',
  sniff: (bytes) => isWordOle(bytes),
  async read(bytes) {
    let body: string;
    let boxes = '';
    try {
      const loaded = await (wordExtractor ??= import('word-extractor') as Promise<WordExtractorClass & { default?: WordExtractorClass }>);
      const WordExtractor = loaded.default ?? loaded;
      const doc = await new WordExtractor().extract(Buffer.from(bytes));
      // filterUnicode off: keep dashes and quotes as written (the typings do not know the option)
      const parts = doc as unknown as {
        getBody(o: { filterUnicode: boolean }): string;
        getTextboxes(o: { includeHeadersAndFooters: boolean; includeBody: boolean; filterUnicode: boolean }): string;
      };
      body = parts.getBody({ filterUnicode: false });
      // text boxes of the body hold content too (not those of headers and footers); they follow the body
      boxes = parts.getTextboxes({ includeHeadersAndFooters: false, includeBody: true, filterUnicode: false });
    } catch (err) {
      const message = (err as Error)?.message ?? String(err);
      if (/encrypt|password/i.test(message)) throw new SpisovnaError(STAGE, 'encrypted: needs a password', 'encrypted');
      throw new SpisovnaError(STAGE, `cannot read the Word 97–2003 file: ${message}`, 'corrupt');
    }
    return { format: 'doc', blocks: [...docTextToBlocks(body), ...docTextToBlocks(boxes)], messages: [] };
  },
};

/** word-extractor's body text (a paragraph a line, table rows as cells each ending in a tab) to blocks. */
export function docTextToBlocks(body: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let row = 0;
  let inTable = false;
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/\s+$/u, (m) => (m.includes('\t') ? '\t' : ''));
    if (line.endsWith('\t') && line.length > 1) {
      const cells = line.slice(0, -1).split('\t');
      cells.forEach((text, col) => blocks.push({ type: 'table-cell', text: text.trim(), row, col }));
      row++;
      inTable = true;
      continue;
    }
    if (inTable) inTable = false;
    const text = line.trim();
    if (!text) continue;
    blocks.push({ type: LIST_START.test(text) ? 'list-item' : 'paragraph', text });
  }
  return blocks;
}
