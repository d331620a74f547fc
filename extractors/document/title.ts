import type { ParsedDocument } from '../../schema/index.js';

/**
 * The title as a reader would name the document: its heading or first meaningful line, skipping a page's
 * generic label ("Zpráva", "Aktuality"), a breadcrumb or menu line ("Hlavní stránka Aktuality …") and a bare
 * date; a title broken over two lines is joined ("… sociálních služeb" + "v Ústeckém kraji na období …").
 * When the first line is a long sentence, the name of the plan or project it announces is the title.
 */

const MAX_TITLE = 200;
/** lines a reader would not call the document's name */
export const GENERIC_LINES: ReadonlySet<string> = new Set([
  'zpráva', 'aktuality', 'aktualita', 'aktuálně', 'novinky', 'oznámení', 'informace', 'úvod', 'dokumenty', 'článek',
  'detail', 'obsah', 'připravujeme', 'hlavní stránka', 'domů', 'menu', 'zpět', 'tisk', 'sdílet', 'navigace',
]);
const MENU_LINE = /^(?:hlavní stránka|úvodní stránka|domů|úvod)\b|[›»]|\s>\s|\|/iu;
const DATE_LINE = /^\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b|^\s*\d{1,2}\.\s+\p{L}+\s+\d{4}\s*$/u;
/** a long first line: "Usnesením … byl schválen Střednědobý plán … na období 2023 – 2025 (…)" */
const LONG_LINE = 150;
const NAMED_DOCUMENT =
  /(?:Střednědobý|Komunitní|Akční|Strategický|Krajský)[^.\n]{0,160}?(?:na (?:období|léta|roky)(?: let)?|pro (?:období|roky))\s*\d{4}\s*[–-]\s*\d{4}/u;

function isGeneric(line: string): boolean {
  const l = line.trim();
  if (l.length < 4) return true;
  if (GENERIC_LINES.has(l.toLowerCase().replace(/[.:!]+$/u, ''))) return true;
  if (MENU_LINE.test(l)) return true;
  if (DATE_LINE.test(l)) return true;
  return !/\p{L}{3}/u.test(l);
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clip(title: string): string {
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/** Where the title stands in a text: its first meaningful line, with a lower-case continuation line. */
export function titleSpan(text: string): { start: number; end: number } | undefined {
  const lines: { start: number; end: number; text: string }[] = [];
  const re = /[^\n]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0].trim();
    if (t) lines.push({ start: m.index + m[0].indexOf(t), end: m.index + m[0].indexOf(t) + t.length, text: t });
  }
  const idx = lines.findIndex((l) => !isGeneric(l.text));
  if (idx < 0) return undefined;
  const first = lines[idx];
  const next = lines[idx + 1];
  // a title wrapped onto the next line continues in lower case ("v Ústeckém kraji na období 2014 – 2017")
  if (next && /^\p{Ll}/u.test(next.text) && !/[.!?:;]$/u.test(first.text) && first.text.length + next.text.length < MAX_TITLE) {
    return { start: first.start, end: next.end };
  }
  return { start: first.start, end: first.end };
}

/** The title from a text alone (first meaningful line, joined with its continuation). */
export function titleFromText(text: string): string {
  const span = titleSpan(text);
  if (!span) return '';
  const title = squeeze(text.slice(span.start, span.end));
  if (title.length > LONG_LINE) {
    const named = NAMED_DOCUMENT.exec(title);
    if (named) return clip(squeeze(named[0]));
  }
  return clip(title);
}

export function readTitle(doc: ParsedDocument): string {
  const usable = (b: ParsedDocument['blocks'][number]) => b.type === 'heading' && !isGeneric(doc.text.slice(b.start, b.end));
  // a web page's <h1> names the page wherever its menu puts it
  const h1 = doc.format === 'html' ? doc.blocks.find((b) => usable(b) && b.level === 1) : undefined;
  const heading = h1 ?? doc.blocks.find(usable);
  const first = titleSpan(doc.text);
  // any other heading counts when it opens the document, not a section further down ("OBLAST RODINA, DĚTI A MLÁDEŽ")
  if (heading && (heading === h1 || !first || heading.start <= first.start)) {
    const h = squeeze(doc.text.slice(heading.start, heading.end));
    if (h) return clip(h);
  }
  return titleFromText(doc.text) || clip(squeeze(doc.title ?? ''));
}
