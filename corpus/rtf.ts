import iconv from 'iconv-lite';
import type { RawBlock } from '../schema/index.js';

/**
 * An RTF interpreter for text: groups, destinations, code pages and Unicode escapes, paragraphs and
 * tables. Written here because no npm package does all of it on Node 20: rtf-parser (2017) has no
 * `\ucN` skip counts (fallback characters come out twice), no tables and reports unknown words through
 * `process.emit`; rtf-stream-parser reads only the HTML or text that Outlook encapsulates in RTF;
 * rtf.js renders into a browser DOM.
 *
 * What it does:
 * - `\ansicpgN` and each font's `\fcharsetN` / `\cpgN` choose the code page of `\'xx` escapes and of
 *   raw 8-bit bytes (decoded by iconv-lite, so multi-byte code pages work too);
 * - `\uN` is a UTF-16 unit (negative N counts from 65 536), followed by `\ucN` fallback characters that
 *   are skipped (a group's end stops the skipping);
 * - `\par`, `\sect`, `\page` end a paragraph, `\line` is a line break, `\tab` a tab, `\cell`/`\row` end a
 *   table cell and row; `\emdash`, `\endash`, `\bullet`, quotes and special spaces become their characters;
 * - destinations that hold no body text are skipped: every `{\*\…}` the reader does not know, the font,
 *   colour, style and list tables, `\info` (its `\title` is kept as the title), pictures, objects' data,
 *   headers, footers, footnotes, annotations, field instructions (a field's result is kept).
 */

export interface RtfResult {
  blocks: RawBlock[];
  title?: string;
  /** the document's default code page when it names one (`\\ansicpg1250` → `windows-1250`) */
  encoding?: string;
  /** groups nested deeper than the limit were dropped */
  truncated: boolean;
}

/** Destinations whose content is not body text. */
const SKIP_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl',
  'footerr', 'footerf', 'footnote', 'annotation', 'atnid', 'atnauthor', 'atrfstart', 'atrfend', 'fldinst', 'objdata',
  'objclass', 'objname', 'datafield', 'themedata', 'colorschememapping', 'latentstyles', 'datastore', 'listtable',
  'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'pgdsctbl', 'revtbl', 'filetbl', 'nonshppict', 'shpinst',
  'bkmkstart', 'bkmkend', 'xe', 'tc', 'txe', 'pn', 'ftnsep', 'ftnsepc', 'ftncn', 'aftnsep', 'aftnsepc', 'aftncn',
  'template', 'userprops', 'docvar', 'mmathPr', 'wgrffmtfilter', 'passwordhash', 'protusertbl', 'listpicture', 'falt',
  'panose', 'fname', 'upr',
]);
/** `{\*\…}` destinations that do hold body text. */
const KNOWN_STAR = new Set(['ud', 'fldrslt', 'shptxt']);

const CHARSET_CP: Record<number, number> = {
  77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255,
  178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 437,
};

const SYMBOLS: Record<string, string> = {
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
  emspace: ' ', enspace: ' ', qmspace: ' ', tab: '\t', line: '\n',
};

interface GroupState {
  skip: boolean;
  uc: number;
  cp: number;
  /** inside the font table, style sheet or a title */
  role?: 'fonttbl' | 'stylesheet' | 'title';
  // paragraph properties: group state in RTF too ({\listtext\pard …} resets them only inside)
  paraStyle?: number;
  outline?: number;
  inList: boolean;
  inTable: boolean;
}

function encodingName(cp: number): string {
  if (cp === 65001) return 'utf-8';
  if (cp === 10000) return 'macintosh';
  const name = `cp${cp}`;
  return iconv.encodingExists(name) ? name : 'cp1252';
}

export function isRtf(bytes: Uint8Array): boolean {
  let i = 0;
  // a BOM or whitespace may stand before it
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && i < 64 && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return Buffer.from(bytes.subarray(i, i + 5)).toString('latin1') === '{\\rtf';
}

/** Interprets RTF bytes into blocks of paragraphs, headings, list items and table cells. */
export function rtfToBlocks(bytes: Uint8Array, maxDepth = 512): RtfResult {
  const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const n = src.length;
  let defaultCp = 1252;
  let sawAnsiCpg = false;
  const fonts = new Map<number, number>(); // font number → code page (0: the default)
  let fontDef: number | undefined; // the font being defined in the font table
  const styles = new Map<number, string>(); // style number → name
  let styleDef: number | undefined;
  let styleName = '';
  const titles: string[] = [];
  let titleBuf = '';

  const stack: GroupState[] = [];
  let g: GroupState = { skip: false, uc: 1, cp: 0, inList: false, inTable: false };
  let depth = 0;
  let truncated = false;

  const blocks: RawBlock[] = [];
  let para = '';
  let cells: string[] = [];
  let row = 0;

  let pendingBytes: number[] = [];
  let skipCount = 0; // fallback characters still to skip after \uN

  const cpOf = (state: GroupState) => (state.cp ? state.cp : defaultCp);
  const emit = (s: string) => {
    if (g.skip) {
      if (g.role === 'fonttbl' || g.role === 'stylesheet') styleName += s;
      return;
    }
    if (g.role === 'title') { titleBuf += s; return; }
    para += s;
  };
  const flushBytes = () => {
    if (!pendingBytes.length) return;
    const text = iconv.decode(Buffer.from(pendingBytes), encodingName(cpOf(g)));
    pendingBytes = [];
    emit(text);
  };
  const headingLevel = (): number | undefined => {
    if (g.outline !== undefined && g.outline >= 0 && g.outline < 6) return g.outline + 1;
    const name = g.paraStyle !== undefined ? styles.get(g.paraStyle) : undefined;
    const m = name && /^(?:heading|nadpis|título|titre|überschrift)\s*(\d)/i.exec(name);
    return m ? Math.min(6, Math.max(1, Number(m[1]))) : undefined;
  };
  const endParagraph = () => {
    flushBytes();
    if (g.inTable) {
      // a paragraph inside a cell: the cell goes on
      para += '\n';
      return;
    }
    const text = para.replace(/^\s+/u, '');
    para = '';
    if (!text.trim()) return;
    const level = headingLevel();
    if (level) blocks.push({ type: 'heading', text, level });
    else blocks.push({ type: g.inList || /^[•·▪◦‣∙●○■□➢►–-]\s/u.test(text) ? 'list-item' : 'paragraph', text });
  };
  const endCell = () => {
    flushBytes();
    cells.push(para.replace(/\s*\n\s*/g, ' ').trim());
    para = '';
  };
  const endRow = () => {
    flushBytes();
    if (para.trim()) endCell();
    para = '';
    if (cells.some((c) => c)) {
      cells.forEach((text, col) => blocks.push({ type: 'table-cell', text, row, col }));
      row++;
    }
    cells = [];
  };

  let i = 0;
  while (i < n) {
    const c = src[i];
    if (c === '{') {
      flushBytes();
      skipCount = 0;
      stack.push(g);
      g = { ...g, role: g.role === 'title' ? 'title' : g.role };
      if (g.role === 'fonttbl' || g.role === 'stylesheet') { styleName = ''; fontDef = undefined; styleDef = undefined; }
      depth++;
      if (depth > maxDepth) {
        // skip the whole group: find its matching brace
        truncated = true;
        let d = 0;
        for (; i < n; i++) {
          if (src[i] === '\\') { i++; continue; }
          if (src[i] === '{') d++;
          else if (src[i] === '}' && --d === 0) break;
        }
        g = stack.pop() ?? g;
        depth--;
        i++;
        continue;
      }
      i++;
      // {\*\dest …}: an optional destination, skipped unless known
      if (src.startsWith('\\*', i)) {
        const m = /^\\\*\s*\\([a-zA-Z]+)/.exec(src.slice(i, i + 40));
        if (!m || !KNOWN_STAR.has(m[1])) g.skip = true;
        i += 2;
      }
      continue;
    }
    if (c === '}') {
      flushBytes();
      skipCount = 0;
      const ending = g;
      if (ending.role === 'fonttbl' && fontDef !== undefined) fontDef = undefined;
      if (ending.role === 'stylesheet' && styleDef !== undefined) {
        styles.set(styleDef, styleName.replace(/;\s*$/, '').trim());
        styleDef = undefined;
      }
      g = stack.pop() ?? { skip: false, uc: 1, cp: 0, inList: false, inTable: false };
      if (ending.role === 'title' && g.role !== 'title') { titles.push(titleBuf); titleBuf = ''; }
      depth = Math.max(0, depth - 1);
      i++;
      continue;
    }
    if (c === '\\') {
      const next = src[i + 1];
      if (next === "'") {
        const hex = src.slice(i + 2, i + 4);
        i += 4;
        if (skipCount > 0) { skipCount--; continue; }
        if (/^[0-9a-fA-F]{2}$/.test(hex)) pendingBytes.push(parseInt(hex, 16));
        continue;
      }
      if (next !== undefined && /[a-zA-Z]/.test(next)) {
        const m = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(src.slice(i + 1, i + 1 + 48));
        if (!m) { i++; continue; }
        i += 1 + m[0].length;
        const word = m[1];
        const param = m[2] !== undefined ? Number(m[2]) : undefined;
        if (word !== 'u' && skipCount > 0) {
          // a control word counts as one fallback character
          skipCount--;
          continue;
        }
        if (word !== 'u') flushBytes();
        controlWord(word, param);
        continue;
      }
      // control symbols
      i += 2;
      if (skipCount > 0 && next !== '\n' && next !== '\r') { skipCount--; continue; }
      flushBytes();
      switch (next) {
        case '\\': case '{': case '}': emit(next); break;
        case '~': emit('\u00A0'); break;
        case '_': emit('-'); break; // non-breaking hyphen
        case '-': break; // optional hyphen
        case '\n': case '\r': endParagraph(); break; // \<newline> is \par
        case '|': case ':': break;
        default: break;
      }
      continue;
    }
    if (c === '\r' || c === '\n') { i++; continue; }
    // plain text: ASCII and raw 8-bit bytes alike go through the code page
    i++;
    if (skipCount > 0) { skipCount--; continue; }
    const code = c.charCodeAt(0);
    if (code >= 0x80) { pendingBytes.push(code); continue; }
    flushBytes();
    if (g.role === 'fonttbl' || g.role === 'stylesheet') { styleName += c; continue; }
    if (!g.skip) emit(c);
  }
  flushBytes();
  if (cells.length) endRow();
  endParagraph();

  const title = titles.map((t) => t.trim()).filter(Boolean).pop();
  const result: RtfResult = { blocks, truncated };
  if (sawAnsiCpg) result.encoding = /^cp125\d$/.test(encodingName(defaultCp)) ? `windows-${defaultCp}` : encodingName(defaultCp);
  if (title) result.title = title;
  return result;

  function controlWord(word: string, param: number | undefined): void {
    switch (word) {
      case 'ansicpg':
        if (param && param > 0) { defaultCp = param; sawAnsiCpg = true; }
        return;
      case 'ansi': if (!sawAnsiCpg) defaultCp = 1252; return;
      case 'deflang':
      case 'lang':
        // Czech or Slovak text in a file that names no code page: its bytes are Windows-1250
        if (!sawAnsiCpg && (param === 1029 || param === 1051) && defaultCp === 1252) defaultCp = 1250;
        return;
      case 'mac': if (!sawAnsiCpg) defaultCp = 10000; return;
      case 'pc': if (!sawAnsiCpg) defaultCp = 437; return;
      case 'pca': if (!sawAnsiCpg) defaultCp = 850; return;
      case 'bin':
        // raw binary data of the given length follows
        i += Math.max(0, param ?? 0);
        return;
      case 'uc': g.uc = Math.max(0, Math.min(10, param ?? 1)); return;
      case 'u': {
        flushBytes();
        let code = param ?? 0;
        if (code < 0) code += 65536;
        if (g.role === 'fonttbl' || g.role === 'stylesheet') styleName += String.fromCharCode(code);
        else emit(String.fromCharCode(code));
        skipCount = g.uc;
        return;
      }
      case 'fonttbl': g.skip = true; g.role = 'fonttbl'; return;
      case 'stylesheet': g.skip = true; g.role = 'stylesheet'; return;
      case 'title':
        if (stack.some((s) => s.role === undefined) && !g.role) { g.role = 'title'; g.skip = false; titleBuf = ''; }
        return;
      case 'f':
        if (g.role === 'fonttbl') { fontDef = param ?? 0; styleName = ''; if (!fonts.has(fontDef)) fonts.set(fontDef, 0); }
        else if (param !== undefined) g.cp = fonts.get(param) ?? 0;
        return;
      case 'fcharset':
        if (g.role === 'fonttbl' && fontDef !== undefined && param !== undefined) {
          const cp = CHARSET_CP[param];
          if (cp) fonts.set(fontDef, cp);
        }
        return;
      case 'cpg':
        if (g.role === 'fonttbl' && fontDef !== undefined && param) fonts.set(fontDef, param);
        return;
      case 's':
        if (g.role === 'stylesheet') { styleDef = param ?? 0; styleName = ''; }
        else g.paraStyle = param;
        return;
      case 'outlinelevel': if (g.role !== 'stylesheet') g.outline = param; return;
      case 'pard': g.paraStyle = undefined; g.outline = undefined; g.inList = false; g.inTable = false; return;
      case 'intbl': g.inTable = true; return;
      case 'ls': case 'ilvl': case 'pnlvlblt': case 'pnlvlbody': if (!g.role) g.inList = true; return;
      case 'par': case 'sect': case 'page': if (!g.skip) endParagraph(); return;
      case 'cell': case 'nestcell': if (!g.skip) endCell(); return;
      case 'row': case 'nestrow': if (!g.skip) { endRow(); g.inTable = false; } return;
      case 'trowd': return;
      default:
        if (SKIP_DESTINATIONS.has(word)) { g.skip = true; return; }
        if (word in SYMBOLS) {
          if (g.role === 'fonttbl' || g.role === 'stylesheet') return;
          emit(SYMBOLS[word]);
        }
    }
  }
}
