import { decodeText } from '../encoding.js';
import type { RawBlock } from '../../schema/index.js';
import type { Reader } from './types.js';

const BULLET = /^\s*(?:[•·▪◦‣∙●○■□➢►–-]|\d{1,2}[.)]|[a-z][.)])\s+/u;
/** "23. 10. 2017" or "1. 9." opens a line with a date, not a list item. */
const DATE_START = /^\s*\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?(?!\S)/u;

/** Splits plain text into blocks: paragraphs at blank lines, bulleted lines as list items. */
export function textToBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ type: 'paragraph', text: para.join('\n') });
    para = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!line.trim()) { flush(); continue; }
    if (BULLET.test(line) && !DATE_START.test(line)) { flush(); blocks.push({ type: 'list-item', text: line }); continue; }
    para.push(line);
  }
  flush();
  return blocks;
}

export const txtReader: Reader = {
  format: 'txt',
  sniff: () => true, // the fallback: anything no other reader claims
  async read(bytes) {
    const { text, encoding } = decodeText(bytes);
    return { format: 'txt', blocks: textToBlocks(text), encoding, messages: [] };
  },
};
