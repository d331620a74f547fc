import { htmlToBlocks } from './html.js';
import { inflateAllWithin, isZipWith } from '../zip.js';
import type { Reader } from './types.js';

// loaded when the first DOCX comes, not with every reader
type Mammoth = typeof import('mammoth');
let mammothModule: Promise<Mammoth & { default?: Mammoth }> | undefined;

/** DOCX through mammoth to HTML, then the same structure as HTML (tables kept as rows and cells). */
export const docxReader: Reader = {
  format: 'docx',
  sniff: (bytes) => isZipWith(bytes, 'word/document.xml'),
  async read(bytes, ctx) {
    // mammoth inflates without a cap: a DOCX bomb fails here first, with a clear reason
    const zip = inflateAllWithin(bytes, ctx.limits, 'reader/docx');
    const loaded = await (mammothModule ??= import('mammoth') as Promise<Mammoth & { default?: Mammoth }>);
    const mammoth = loaded.default ?? loaded;
    const result = await mammoth.convertToHtml({ buffer: bytes });
    const doc = await htmlToBlocks(`<html><body>${result.value}</body></html>`, ctx.limits);
    const messages = result.messages
      .filter((m) => m.type === 'error')
      .map((m) => ({ stage: 'reader/docx', ruleId: 'docx-warning', message: m.message }));
    const title = coreTitle(zip.has('docProps/core.xml') ? zip.readText('docProps/core.xml') : '');
    return { ...doc, format: 'docx', ...(title ? { title } : {}), messages: [...doc.messages, ...messages] };
  },
};

/** The title the DOCX core properties state (docProps/core.xml, dc:title), if any. */
function coreTitle(xml: string): string | undefined {
  const m = /<dc:title>([^<]*)<\/dc:title>/.exec(xml);
  const t = m?.[1]
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ').trim();
  return t || undefined;
}
