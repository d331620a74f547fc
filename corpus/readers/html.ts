import type { Cheerio as CheerioSelection } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { decodeHtml } from '../encoding.js';
import type { RawBlock, RawDocument } from '../../schema/index.js';
import type { ReadLimits, Reader } from './types.js';
import { loadCheerio } from './cheerio.js';

/** Elements that never hold the document's content. */
const DROP = 'script, style, noscript, template, iframe, svg, canvas, form, button, select, nav, header, footer, aside, menu';
/** Class or id words of page chrome: menus, cookie bars, breadcrumbs, sidebars. */
const CHROME = /(^|[\s_-])(menu|nav|navbar|navigation|cookie|cookies|consent|gdpr|breadcrumbs?|sidebar|footer|header|banner|topbar|skip|social|share|search|paticka|hlavicka|drobeckova|drobecky)([\s_-]|$)/i;
/** Where a page's main content usually stands, best first. */
const MAIN = ['main', 'article', '[role=main]', '#content', '#main', '.content', '.main', '#obsah', '.obsah'];

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'address', 'figure', 'figcaption',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'center', 'body', 'html',
]);

export const htmlReader: Reader = {
  format: 'html',
  sniff: (bytes) => looksLikeHtml(bytes),
  async read(bytes, ctx) {
    const { text, encoding } = decodeHtml(bytes);
    return { ...(await htmlToBlocks(text, ctx.limits)), format: 'html', encoding };
  },
};

export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  // an XML declaration or comments may stand before the doctype or the <html> tag (XHTML, exported pages)
  const start = head.replace(/^<\?xml[^>]*>\s*/, '').replace(/^(?:<!--[\s\S]*?-->\s*)+/, '');
  return /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>])/.test(start);
}

/** Turns HTML into structural blocks of its main content (shared with the DOCX reader). */
export async function htmlToBlocks(html: string, limits?: Pick<ReadLimits, 'maxHtmlDepth'>): Promise<Omit<RawDocument, 'format'>> {
  const cheerio = await loadCheerio();
  const $ = cheerio.load(html);
  const title = $('title').first().text().trim() || undefined;
  $(DROP).remove();
  $('[class], [id]').each((_, el) => {
    const e = $(el);
    const words = `${e.attr('class') ?? ''} ${e.attr('id') ?? ''}`;
    if (CHROME.test(words) && !e.is('body, html, main, article')) e.remove();
  });
  $('[hidden], [aria-hidden=true]').remove();
  let root: CheerioSelection<AnyNode> = $('body');
  for (const sel of MAIN) {
    const found = $(sel).first();
    if (found.length && found.text().trim().length > 200) { root = found; break; }
  }
  if (!root.length) root = $.root();

  const blocks: RawBlock[] = [];
  const maxDepth = limits?.maxHtmlDepth ?? 512;
  let inline = '';
  const flush = (type: RawBlock['type'] = 'paragraph', level?: number) => {
    const text = inline.replace(/[ \t\f\r]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (text) blocks.push(level ? { type, text, level } : { type, text });
    inline = '';
  };
  let truncated = false;
  let pre = 0;

  // depth-limited walk: hostile pages nest deeper than the call stack allows
  const walk = (node: AnyNode, depth: number): void => {
    if (depth > maxDepth) { truncated = true; return; }
    if (node.type === 'text') {
      // source line breaks are white space like any other (only <br> breaks a line), except in <pre>
      const data = (node as unknown as { data: string }).data;
      inline += pre > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'pre') {
      pre++;
      flush();
      for (const c of el.children) walk(c, depth + 1);
      flush();
      pre--;
      return;
    }
    if (tag === 'br') { inline += '\n'; return; }
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      flush();
      for (const c of el.children) walk(c, depth + 1);
      flush('heading', Number(heading[1]));
      return;
    }
    if (tag === 'li') {
      flush();
      for (const c of el.children) walk(c, depth + 1);
      flush('list-item');
      return;
    }
    if (tag === 'tr') {
      flush();
      const row = blocks.filter((b) => b.type === 'table-cell').length ? nextRow(blocks) : 0;
      let col = 0;
      for (const cell of el.children) {
        if (cell.type !== 'tag' || !/^t[dh]$/i.test((cell as Element).tagName)) continue;
        const text = $(cell).text().replace(/\s+/g, ' ').trim();
        blocks.push({ type: 'table-cell', text, row, col: col++ });
      }
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    for (const c of el.children) walk(c, depth + 1);
    if (isBlock) flush();
  };
  const top = root.get(0);
  for (const c of top && "children" in top ? top.children : []) walk(c, 0);
  flush();
  const messages = truncated
    ? [{ stage: 'reader/html', ruleId: 'html-too-deep', message: `HTML nested deeper than ${maxDepth} levels; deeper content dropped` }]
    : [];
  return { blocks, title, messages };
}

function nextRow(blocks: RawBlock[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.type === 'table-cell') return (b.row ?? 0) + 1;
  }
  return 0;
}
