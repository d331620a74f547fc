import mammoth from 'mammoth';
import { htmlToBlocks } from './html.js';
import { inflateAllWithin, isZipWith } from '../zip.js';
import type { Reader } from './types.js';

/** DOCX through mammoth to HTML, then the same structure as HTML (tables kept as rows and cells). */
export const docxReader: Reader = {
  format: 'docx',
  sniff: (bytes) => isZipWith(bytes, 'word/document.xml'),
  async read(bytes, ctx) {
    // mammoth inflates without a cap: a DOCX bomb fails here first, with a clear reason
    inflateAllWithin(bytes, ctx.limits, 'reader/docx');
    const result = await mammoth.convertToHtml({ buffer: bytes });
    const doc = htmlToBlocks(`<html><body>${result.value}</body></html>`, ctx.limits);
    const messages = result.messages
      .filter((m) => m.type === 'error')
      .map((m) => ({ stage: 'reader/docx', ruleId: 'docx-warning', message: m.message }));
    return { ...doc, format: 'docx', messages: [...doc.messages, ...messages] };
  },
};
