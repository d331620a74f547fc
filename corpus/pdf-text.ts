import type { RawBlock } from '../schema/index.js';

/**
 * From the lines pdf.js gives per page to paragraphs: running headers, footers and page numbers dropped,
 * lines that end mid-sentence joined to the next, end-of-line hyphens mended where the hyphen is not part
 * of the word, and accents pdf.js gives as separate spacing characters put back on their letters.
 * Minutes depend on line structure, so label lines ("Přítomni:"), list items, headings and short lines
 * stay lines of their own.
 */

export interface PdfPage {
  /** 1-based page number */
  num: number;
  text: string;
}

interface Line {
  text: string;
  page: number;
}

/** A list item's start: a bullet, "1)", "2.", "a)" followed by a space. */
export const LIST_START = /^(?:[•·▪◦‣∙●○■□➢►✓\-–*\uF0B7\uF0A7\uF0A8\uF0D8\uF076\uF0FC\uF06E\uF0E8]|\d{1,2}[.)]|[a-zA-Z][)]|[ivxIVX]{1,4}[.)])\s+/u;
/** "23. 10. 2017" or "1. 9." opens a line with a date, not a list item. */
const DATE_START = /^\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?(?!\S)/u;
/** A label with its value: "Neomluven: Petr Hampacher", "T: předložení …" (at most three words before the colon). */
const LABEL_START = /^[\p{Lu}][\p{L}.\/]*(?: [\p{L}.\/]+){0,2}:(?:\s|$)/u;
/** A label line of minutes and forms: a few words ending with a colon ("Přítomni:", "Místo jednání:"). */
const LABEL_LINE = /^[\p{Lu}][^:]{0,48}:$/u;
/** A page number standing alone: "3", "- 3 -", "Strana 3 z 12", "3/12", "3 of 12". */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:strana|str\.|page)\s*)?\d{1,4}(?:\s*(?:\/|z|ze|of|od)\s*\d{1,4})?(?:\s*[-–—])?$/iu;
/** Sentence end: the line is a paragraph's last unless the next one plainly goes on. */
const SENTENCE_END = /[.!?…;]["”»)]?$/u;
/** A word split at the line end: letters, then a hyphen (ASCII, Unicode hyphen, soft hyphen, ¬). */
const HYPHEN_END = /(\p{L}[\p{L}\p{M}]*)[-\u2010\u00AD¬]$/u;
const FIRST_WORD = /^([\p{L}\p{M}]+)/u;
/** Czech one-letter prepositions and conjunctions never end a paragraph. */
const ONE_LETTER_END = /(?:^|\s)[vkszouaiVKSZOUAI]$/u;

// ---------------------------------------------------------------- spacing accents

/** pdf.js gives some accents as spacing characters beside the letter: "pˇríliš", "u˚", "´ucast". */
const SPACING_TO_COMBINING: Record<string, string> = { 'ˇ': '\u030C', '´': '\u0301', '˚': '\u030A' };
const TAKES: Record<string, RegExp> = {
  'ˇ': /[cdenrstzCDENRSTZ]/u,
  '´': /[aeiouyAEIOUYı]/u,
  '˚': /[uU]/u,
};

/** Puts detached accents back on their letters, then NFC: "pˇríliš" → "příliš". */
export function fixSpacingAccents(text: string): string {
  let t = text;
  if (/[ˇ´˚]/u.test(t)) {
    // the accent usually stands before its letter (drawn first), sometimes after it
    t = t.replace(/(\p{L}?)([ˇ´˚])(\p{L}?)/gu, (m, before: string, mark: string, after: string) => {
      if (after && TAKES[mark].test(after)) return before + after + SPACING_TO_COMBINING[mark];
      if (before && TAKES[mark].test(before)) return before + SPACING_TO_COMBINING[mark] + after;
      return m;
    });
  }
  // a combining mark pdf.js put after a space belongs to the letter before the space
  t = t.replace(/(\p{L}) ([\u0300-\u036F])/gu, '$1$2');
  // pdf.js gives í as a dotless i under a separate acute
  return t.normalize('NFC').replace(/ı\u0301/gu, 'í');
}

// ---------------------------------------------------------------- hyphens

/** Words of a text, lower-cased, with how often each occurs (hyphenated compounds as one word too). */
export function vocabulary(text: string): Map<string, number> {
  const vocab = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)) {
    const whole = m[0].toLowerCase();
    vocab.set(whole, (vocab.get(whole) ?? 0) + 1);
    if (whole.includes('-')) for (const part of whole.split('-')) vocab.set(part, (vocab.get(part) ?? 0) + 1);
  }
  return vocab;
}

/**
 * Whether a word split as `head-` / `tail` at a line end keeps its hyphen ("Frýdek-Místek",
 * "sociálně-právní", "2014-2017") or is one word the typesetter broke ("slu-žeb" → "služeb").
 */
export function keepsHyphen(head: string, tail: string, vocab: Map<string, number>): boolean {
  if (/\p{N}/u.test(head) || /^\p{N}/u.test(tail)) return true;
  if (/^\p{Lu}/u.test(tail)) return true; // Frýdek-Místek, Ústí-Střekov
  const joined = (head + tail).toLowerCase();
  const hyphenated = `${head}-${tail}`.toLowerCase();
  const seenJoined = vocab.get(joined) ?? 0;
  const seenHyphenated = vocab.get(hyphenated) ?? 0;
  if (seenJoined || seenHyphenated) return seenHyphenated > seenJoined;
  const h = head.toLowerCase();
  const t = tail.toLowerCase();
  // both halves real words of this document, each too long for a syllable: a compound
  if (h.length >= 4 && t.length >= 4 && vocab.has(h) && vocab.has(t)) return true;
  // the first half of a Czech compound adjective: sociálně-, zdravotně-, česko-, ekonomicko-
  if (h.length >= 5 && /(?:ně|ě|[cs]ko)$/u.test(h)) return true;
  return false;
}

// ---------------------------------------------------------------- headers and footers

function lineKey(line: string): string {
  return line.toLowerCase().replace(/\p{N}+/gu, '#').replace(/\s+/g, ' ').trim();
}

/** Drops page numbers and the running headers and footers that repeat at the top or bottom of pages. */
export function dropRunningLines(pages: string[][]): string[][] {
  const edge = 2; // lines looked at on each end of a page
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    const ends = [...lines.slice(0, edge), ...lines.slice(Math.max(edge, lines.length - edge))];
    for (const l of ends) {
      const k = lineKey(l);
      if (k && !seen.has(k)) { seen.add(k); counts.set(k, (counts.get(k) ?? 0) + 1); }
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  const repeated = (l: string) => pages.length >= 2 && (counts.get(lineKey(l)) ?? 0) >= needed;
  // the very first and last lines of pages, counted apart: a running line on a nearly empty page goes too
  const firsts = new Map<string, number>();
  const lasts = new Map<string, number>();
  for (const lines of pages) {
    if (!lines.length) continue;
    const f = lineKey(lines[0]);
    const l = lineKey(lines[lines.length - 1]);
    firsts.set(f, (firsts.get(f) ?? 0) + 1);
    lasts.set(l, (lasts.get(l) ?? 0) + 1);
  }
  return pages.map((lines) => {
    // each running line goes once per page: a document's first line that repeats its running header stays
    const dropped = new Set<string>();
    const drop = new Set<number>();
    const look = (i: number) => {
      const l = lines[i];
      if (PAGE_NUMBER.test(l.trim())) { drop.add(i); return; }
      const k = lineKey(l);
      const outermost = pages.length >= 2 &&
        ((i === 0 && (firsts.get(k) ?? 0) >= needed) || (i === lines.length - 1 && (lasts.get(k) ?? 0) >= needed));
      // on a page of few lines every line is at an edge: there only the outermost running lines go
      if (!outermost && (lines.length < 2 * edge + 1 || !repeated(l))) return;
      if (dropped.has(k)) return;
      dropped.add(k);
      drop.add(i);
    };
    for (let i = 0; i < Math.min(edge, lines.length); i++) look(i);
    for (let i = lines.length - 1; i >= Math.max(edge, lines.length - edge); i--) look(i);
    return lines.filter((_, i) => !drop.has(i));
  });
}

// ---------------------------------------------------------------- paragraphs

// the last line asked about and the answer: each line is asked about again as the next line's `prev`
let headingAsked: string | undefined;
let headingAnswer = false;

function isHeadingLine(line: string): boolean {
  if (line === headingAsked) return headingAnswer;
  headingAsked = line;
  return (headingAnswer = headingLine(line));
}

const LETTER = /\p{L}/u;

/**
 * A heading line: at most 100 characters, at least four letters, more than 90 % of them capitals, not ending a
 * sentence or with a comma. Read character by character; a line stops being read once its small letters alone
 * are more than a tenth of its length (there are never more letters than characters).
 */
function headingLine(line: string): boolean {
  if (line.length > 100) return false;
  const limit = line.length * 0.1;
  let letters = 0;
  let notUpper = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) letters++;
      else if (c >= 97 && c <= 122) {
        letters++;
        if (++notUpper > limit) return false;
      }
      continue;
    }
    const cp = line.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (!LETTER.test(ch)) continue;
    letters++;
    if (!(ch === ch.toUpperCase() && ch !== ch.toLowerCase()) && ++notUpper > limit) return false;
  }
  if (letters < 4) return false;
  return (letters - notUpper) / letters > 0.9 && !SENTENCE_END.test(line) && !line.endsWith(',');
}

/** The width of a full line, in characters: a high percentile of the line lengths. */
function fullWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n >= 20).sort((a, b) => a - b);
  if (!lengths.length) return Infinity;
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))];
}

/** Pages of pdf.js text to blocks of paragraphs, list items and headings, each with its page. */
export function pdfPagesToBlocks(pages: PdfPage[]): RawBlock[] {
  const pageLines = pages.map((p) =>
    fixSpacingAccents(p.text)
      .split(/\r\n|\r|\n/)
      .map((l) => l.replace(/\t+/g, ' ').replace(/[ \u00A0]+/g, ' ').trim())
      .filter(Boolean),
  );
  const kept = dropRunningLines(pageLines);
  const lines: Line[] = kept.flatMap((ls, i) => ls.map((text) => ({ text, page: pages[i].num })));
  // the document's own words, without the halves of words split at line ends (counted when a split word comes)
  let vocab: Map<string, number> | undefined;
  const words = () => (vocab ??= vocabulary(lines.map((l, i) => {
    let t = l.text;
    if (i > 0 && /[\p{L}][-\u2010\u00AD¬]$/u.test(lines[i - 1].text)) t = t.replace(/^[\p{L}\p{M}]+/u, '');
    if (/[\p{L}][-\u2010\u00AD¬]$/u.test(t)) t = t.replace(/[\p{L}\p{M}]+[-\u2010\u00AD¬]$/u, '');
    return t;
  }).join('\n')));
  const width = fullWidth(lines);

  const blocks: RawBlock[] = [];
  let cur: { type: RawBlock['type']; text: string; page: number; last: string } | undefined;
  const flush = () => {
    if (cur) blocks.push(cur.type === 'heading' ? { type: 'heading', text: cur.text, page: cur.page, level: 1 } : { type: cur.type, text: cur.text, page: cur.page });
    cur = undefined;
  };

  for (const line of lines) {
    const text = line.text;
    // "- 2022" or "2. 10. 2017" after a full line that goes on is a wrapped line, not a list item
    const wrapped = cur !== undefined && /^(?:[-–]|\d{1,2}[.)])\s/u.test(text) && isFull(cur.last, text, width) &&
      !SENTENCE_END.test(cur.last) && !cur.last.endsWith(':');
    const listStart = !wrapped && LIST_START.test(text) && !DATE_START.test(text);
    const heading = !listStart && isHeadingLine(text);
    if (cur && !listStart && !heading && continues(cur.last, text, width)) {
      // the hyphenated word, read from the paragraph's end only (after its last space: the word holds none)
      const endsHyphen = /[-\u2010\u00AD¬]$/u.test(cur.last);
      const tail = endsHyphen ? cur.text.slice(Math.max(0, cur.text.lastIndexOf(' '))) : '';
      const hy = endsHyphen ? HYPHEN_END.exec(tail) : null;
      const first = FIRST_WORD.exec(text);
      if (hy && first && endsHyphen) {
        // a web address or a path breaks only at its own hyphens
        const token = /\S+$/u.exec(tail)?.[0] ?? '';
        cur.text = /[/@_:]|www\.|\.[a-z]{2,4}\/?/iu.test(token) || keepsHyphen(hy[1], first[1], words())
          ? cur.text.slice(0, -1) + '-' + text
          : cur.text.slice(0, -1) + text;
      } else if (/[\p{N}\p{L}][-\u2010–—]$/u.test(cur.last) && /^\p{N}/u.test(text)) {
        cur.text += text; // 2014-\n2017, 2020–\n2022: a range
      } else if (/[-\u2010]$/u.test(cur.last) && /^[-\u2010]\p{L}/u.test(text)) {
        cur.text += text.slice(1); // Czech rule: the hyphen of a compound repeats on the next line
      } else {
        cur.text += ' ' + text;
      }
      cur.last = text;
      continue;
    }
    flush();
    cur = { type: listStart ? 'list-item' : heading ? 'heading' : 'paragraph', text, page: line.page, last: text };
  }
  flush();
  return blocks;
}

/**
 * Whether a line was broken because it was full: it is long, and the next line's first word would not
 * have fitted on it (characters stand in for widths, with some slack for proportional fonts). A line
 * that had room for the next word ended where its writer ended it.
 */
function isFull(line: string, next: string, width: number): boolean {
  if (line.length < width * 0.6) return false;
  const nextWord = /^\S+/u.exec(next)?.[0].length ?? 0;
  return line.length + 1 + nextWord > width * 0.9;
}

/** Whether the line after `prev` continues its paragraph. */
function continues(prev: string, next: string, width: number): boolean {
  if (prev.endsWith(':') && LABEL_LINE.test(prev)) return false;
  if (prev.endsWith(':')) return false;
  if (isHeadingLine(prev)) return false;
  if (LABEL_START.test(next)) return false;
  const full = isFull(prev, next, width);
  const nextLower = /^[\p{Ll}\p{N}(„"]/u.test(next);
  if (/[-\u2010\u00AD¬]$/u.test(prev) && /\p{L}[-\u2010\u00AD¬]$/u.test(prev) && /^[-\u2010]?[\p{L}]/u.test(next)) return full || nextLower;
  if (ONE_LETTER_END.test(prev) || prev.endsWith(',')) return full || nextLower;
  if (!full) return false;
  if (SENTENCE_END.test(prev)) return /^\p{Ll}/u.test(next); // "č.", "odst." or a date split mid-sentence
  return true;
}
