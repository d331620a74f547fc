import type { RawDocument } from '../../schema/index.js';
import { isRtf, rtfToBlocks } from '../rtf.js';
import type { Reader } from './types.js';

/** RTF (`{\rtf` magic) through the interpreter in corpus/rtf.ts: code pages, `\'xx`, `\uN`, tables. */
export const rtfReader: Reader = {
  format: 'rtf',
  sniff: (bytes) => isRtf(bytes),
  async read(bytes, ctx) {
    const r = rtfToBlocks(bytes, ctx.limits.maxHtmlDepth);
    const doc: RawDocument = { format: 'rtf', blocks: r.blocks, messages: [] };
    if (r.encoding) doc.encoding = r.encoding;
    if (r.title) doc.title = r.title;
    if (r.truncated) {
      doc.messages.push({ stage: 'reader/rtf', ruleId: 'rtf-too-deep', message: `groups nested deeper than ${ctx.limits.maxHtmlDepth} levels; their content dropped` });
    }
    return doc;
  },
};
