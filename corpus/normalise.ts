import type { Block, DocumentMessage, RawDocument } from '../schema/index.js';

/**
 * Letters that broken PDF fonts put for Czech ones: "sluţeb" for "služeb". ţ, ş and the like never occur
 * in Czech words, so they are mended where the text is Czech.
 */
const BROKEN_FONT: Record<string, string> = { 'ţ': 'ž', 'Ţ': 'Ž', 'ş': 'š', 'Ş': 'Š' };
const BROKEN_FONT_RE = /[ţŢşŞ]/gu;
const CZECH_ONLY = /[ěčřůĚČŘŮ]/u;
/** Czech long vowels, and the letters of languages that do write ţ and ş (Romanian, Turkish). */
const CZECH_VOWELS = /[áéíóúýÁÉÍÓÚÝ]/u;
const ROMANIAN_TURKISH = /[ăâîșțĂÂÎȘȚğıİ]/u;

/** Whether a text is Czech enough for ţ, ş to be a broken font's ž, š. */
export function looksCzech(text: string): boolean {
  return CZECH_ONLY.test(text) || (CZECH_VOWELS.test(text) && !ROMANIAN_TURKISH.test(text));
}

/** Bullets of the Symbol and Wingdings fonts, which Word and PDFs give as private-use characters. */
const PRIVATE_BULLETS = /[\uF0B7\uF0A7\uF0A8\uF0D8\uF076\uF0FC\uF06E\uF0E8\uF02D]/gu;
/** Typographic ligatures that NFC leaves as they are: "ﬁ" → "fi". */
const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };
const LIGATURES_RE = /[ﬀ-ﬆ]/gu;

// no-break, thin and other spaces become plain spaces; soft hyphens, zero-width marks and controls go
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/**
 * Cleans one block's text: NFC, spaces, controls, private-use bullets (→ •), ligatures (ﬁ → fi),
 * broken-font letters (when `czech`).
 */
export function cleanText(text: string, czech: boolean): string {
  let t = text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(CONTROLS, '');
  t = t.replace(PRIVATE_BULLETS, '•').replace(LIGATURES_RE, (c) => LIGATURES[c] ?? c);
  t = t.replace(/\r\n?/g, '\n');
  if (czech) t = t.replace(BROKEN_FONT_RE, (c) => BROKEN_FONT[c] ?? c);
  return t
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/g, '').replace(/^ +/, '').replace(/ {2,}/g, ' '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface NormalisedText {
  text: string;
  blocks: Block[];
  messages: DocumentMessage[];
}

/**
 * Joins a reader's blocks into one normalised text. Blocks are separated by a newline; the cells of a
 * table row stand on one line separated by tabs, and get a row block spanning them.
 */
export function normalise(raw: RawDocument): NormalisedText {
  const whole = raw.blocks.map((b) => b.text).join('\n').normalize('NFC');
  const czech = looksCzech(whole);
  const mended = czech ? (whole.match(BROKEN_FONT_RE)?.length ?? 0) : 0;
  const messages: DocumentMessage[] = [...raw.messages];
  if (mended) {
    messages.push({ stage: 'normalise', ruleId: 'broken-font', message: `mended ${mended} letters of a broken font (ţ → ž, ş → š)` });
  }

  let text = '';
  const blocks: Block[] = [];
  const append = (s: string) => {
    if (text) text += '\n';
    const start = text.length;
    text += s;
    return start;
  };

  for (let i = 0; i < raw.blocks.length; i++) {
    const b = raw.blocks[i];
    if (b.type === 'table-cell') {
      // gather the row
      const row = [b];
      while (i + 1 < raw.blocks.length && raw.blocks[i + 1].type === 'table-cell' && raw.blocks[i + 1].row === b.row) row.push(raw.blocks[++i]);
      const cells = row.map((c) => cleanText(c.text, czech).replace(/\s*\n\s*/g, ' '));
      if (!cells.some(Boolean)) continue;
      const start = append('');
      const rowBlocks: Block[] = [];
      cells.forEach((cell, col) => {
        if (col > 0) text += '\t';
        const cs = text.length;
        text += cell;
        if (cell) rowBlocks.push(withPage({ type: 'table-cell', start: cs, end: text.length, row: b.row, col }, b.page));
      });
      blocks.push(withPage({ type: 'table-row', start, end: text.length, row: b.row }, b.page), ...rowBlocks);
      continue;
    }
    const cleaned = cleanText(b.text, czech);
    if (!cleaned) continue;
    const start = append(cleaned);
    const block: Block = { type: b.type, start, end: text.length };
    if (b.level) block.level = b.level;
    blocks.push(withPage(block, b.page));
  }
  return { text, blocks, messages };
}

function withPage(block: Block, page: number | undefined): Block {
  if (page) block.page = page;
  return block;
}
