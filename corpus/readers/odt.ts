import type { AnyNode, Element } from 'domhandler';
import { SpisovnaError } from '../../pipeline/errors.js';
import type { RawBlock, RawDocument } from '../../schema/index.js';
import { ZipArchive, zipMemberNames } from '../zip.js';
import type { Reader } from './types.js';
import { loadCheerio } from './cheerio.js';

const STAGE = 'reader/odt';
export const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
/** Small limits for reading the `mimetype` member while sniffing. */
const SNIFF_LIMITS = { maxInflatedBytes: 1024, maxCompressionRatio: 1000 };

/** A ZIP whose `mimetype` member names an OpenDocument text (the first member, stored, by the standard). */
export function isOdt(bytes: Uint8Array): boolean {
  const names = zipMemberNames(bytes);
  if (!names?.includes('mimetype') || !names.includes('content.xml')) return false;
  try {
    return ZipArchive.open(bytes, SNIFF_LIMITS, { allowUnsafeNames: true }).readText('mimetype').trim() === ODT_MIMETYPE;
  } catch {
    return false;
  }
}

/** A flat OpenDocument text (.fodt): one XML file, `office:document` with the text mimetype. */
export function isFlatOdt(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('utf8');
  return /^\s*(?:\uFEFF)?<\?xml[^>]*>\s*<office:document[\s>]/.test(head) && head.includes(`office:mimetype="${ODT_MIMETYPE}"`);
}

/** Elements whose text is not the body's: notes, comments, tracked deletions, tables of contents, drawings' captions. */
const SKIP = new Set([
  'text:note', 'office:annotation', 'office:annotation-end', 'text:tracked-changes', 'text:table-of-content',
  'text:alphabetical-index', 'text:bibliography', 'svg:desc', 'svg:title', 'text:bookmark-ref', 'office:forms',
  'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls',
]);

/** OpenDocument text: content.xml (through corpus/zip.ts) to headings, paragraphs, list items and table cells. */
export const odtReader: Reader = {
  format: 'odt',
  sniff: (bytes) => isOdt(bytes) || isFlatOdt(bytes),
  async read(bytes, ctx) {
    if (isFlatOdt(bytes)) {
      const xml = Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '');
      const doc = await odtXmlToBlocks(xml, ctx.limits.maxHtmlDepth);
      const title = /<dc:title>([^<]*)<\/dc:title>/.exec(xml)?.[1]?.trim();
      return { format: 'odt', blocks: doc.blocks, messages: doc.messages, ...(title ? { title: decodeXml(title) } : {}) };
    }
    let zip: ZipArchive;
    try {
      zip = ZipArchive.open(bytes, ctx.limits);
    } catch (err) {
      throw restage(err);
    }
    if (zip.has('META-INF/manifest.xml') && /manifest:encryption-data/.test(safeText(zip, 'META-INF/manifest.xml'))) {
      throw new SpisovnaError(STAGE, 'encrypted: needs a password', 'encrypted');
    }
    if (!zip.has('content.xml')) throw new SpisovnaError(STAGE, 'no content.xml: not an OpenDocument text', 'corrupt');
    let content: string;
    try {
      content = zip.readText('content.xml');
    } catch (err) {
      throw restage(err);
    }
    const doc = await odtXmlToBlocks(content, ctx.limits.maxHtmlDepth);
    const meta = zip.has('meta.xml') ? safeText(zip, 'meta.xml') : '';
    const title = /<dc:title>([^<]*)<\/dc:title>/.exec(meta)?.[1];
    const pages = /meta:page-count="(\d+)"/.exec(meta)?.[1];
    const result: RawDocument = { format: 'odt', blocks: doc.blocks, messages: doc.messages };
    if (title?.trim()) result.title = decodeXml(title).trim();
    if (pages && Number(pages) > 0) result.pages = Number(pages);
    return result;
  },
};

/** Parses an ODT content.xml into blocks. Pages follow LibreOffice's soft page breaks where it wrote them. */
export async function odtXmlToBlocks(xml: string, maxDepth = 512): Promise<Pick<RawDocument, 'blocks' | 'messages'>> {
  const cheerio = await loadCheerio();
  const $ = cheerio.load(xml, { xml: { xmlMode: true, decodeEntities: true } });
  const body = $('office\\:text').get(0) ?? $.root().get(0);
  const blocks: RawBlock[] = [];
  let page = 1;
  let sawBreak = false;
  let row = 0;
  let truncated = false;

  const push = (block: RawBlock) => {
    if (!block.text.trim() && block.type !== 'table-cell') return;
    blocks.push(block);
  };

  /** The inline text of a paragraph or heading: spaces, tabs, line breaks kept; nested frames walked apart. */
  const inline = (node: AnyNode, depth: number, frames: AnyNode[]): string => {
    if (depth > maxDepth) { truncated = true; return ''; }
    if (node.type === 'text') return (node as unknown as { data: string }).data;
    if (node.type !== 'tag') return '';
    const el = node as Element;
    const name = el.tagName;
    if (SKIP.has(name)) return '';
    if (name === 'text:s') return ' '.repeat(Math.min(1000, Number(el.attribs['text:c'] ?? '1') || 1));
    if (name === 'text:tab') return '\t';
    if (name === 'text:line-break') return '\n';
    if (name === 'text:soft-page-break') { page++; sawBreak = true; return ''; }
    if (name === 'draw:frame' || name === 'draw:text-box') { frames.push(el); return ''; }
    return el.children.map((c) => inline(c, depth + 1, frames)).join('');
  };

  const paragraph = (el: Element, depth: number, type: RawBlock['type'], extra: Partial<RawBlock> = {}) => {
    const frames: AnyNode[] = [];
    const startPage = page;
    const text = el.children.map((c) => inline(c, depth + 1, frames)).join('');
    push({ type, text, page: startPage, ...extra } as RawBlock);
    for (const f of frames) walk(f, depth + 1, false);
  };

  const walk = (node: AnyNode, depth: number, inList: boolean): void => {
    if (depth > maxDepth) { truncated = true; return; }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const name = el.tagName;
    if (SKIP.has(name)) return;
    switch (name) {
      case 'text:h': {
        const level = Math.min(6, Math.max(1, Number(el.attribs['text:outline-level'] ?? '1') || 1));
        paragraph(el, depth, 'heading', { level });
        return;
      }
      case 'text:p':
        paragraph(el, depth, inList ? 'list-item' : 'paragraph');
        return;
      case 'text:soft-page-break':
        page++;
        sawBreak = true;
        return;
      case 'text:list-item':
      case 'text:list-header':
        for (const c of el.children) walk(c, depth + 1, true);
        return;
      case 'table:table-row': {
        let col = 0;
        const startPage = page;
        for (const c of el.children) {
          if (c.type !== 'tag') continue;
          const cell = c as Element;
          if (cell.tagName === 'text:soft-page-break') { page++; sawBreak = true; continue; }
          if (cell.tagName !== 'table:table-cell' && cell.tagName !== 'table:covered-table-cell') continue;
          const frames: AnyNode[] = [];
          const paras = cell.children
            .filter((p) => p.type === 'tag')
            .map((p) => cellText(p as Element, depth + 2, frames))
            .filter((t) => t.trim());
          const repeat = Math.min(64, Number(cell.attribs['table:number-columns-repeated'] ?? '1') || 1);
          const text = paras.join(' ');
          // a repeated cell is the same empty cell many times over; its text (if any) stands once
          if (cell.tagName === 'table:table-cell') blocks.push({ type: 'table-cell', text, row, col, page: startPage });
          col += repeat;
        }
        row++;
        return;
      }
      default:
        for (const c of el.children) walk(c, depth + 1, inList && name !== 'table:table');
    }
  };

  /** Text of a table cell's content: its paragraphs, lists and nested tables flattened to one line. */
  const cellText = (el: Element, depth: number, frames: AnyNode[]): string => {
    if (el.tagName === 'text:p' || el.tagName === 'text:h') return el.children.map((c) => inline(c, depth + 1, frames)).join('');
    if (SKIP.has(el.tagName)) return '';
    return el.children
      .filter((c) => c.type === 'tag')
      .map((c) => cellText(c as Element, depth + 1, frames))
      .filter((t) => t.trim())
      .join(' ');
  };

  if (body) for (const c of (body as Element).children ?? []) walk(c, 0, false);
  // without soft page breaks the page numbers say nothing
  if (!sawBreak) for (const b of blocks) delete b.page;
  // drop rows whose every cell is empty
  const rowsWithText = new Set(blocks.filter((b) => b.type === 'table-cell' && b.text.trim()).map((b) => b.row));
  const kept = blocks.filter((b) => b.type !== 'table-cell' || rowsWithText.has(b.row));
  const messages = truncated
    ? [{ stage: STAGE, ruleId: 'odt-too-deep', message: `content nested deeper than ${maxDepth} levels; deeper content dropped` }]
    : [];
  return { blocks: kept, messages };
}

function safeText(zip: ZipArchive, name: string): string {
  try {
    return zip.readText(name);
  } catch {
    return '';
  }
}

function restage(err: unknown): unknown {
  if (err instanceof SpisovnaError && err.stage === 'reader/zip') {
    return new SpisovnaError(STAGE, err.message.replace(/^reader\/zip: /, ''), err.reason);
  }
  return err;
}

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
}
