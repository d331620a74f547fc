import type { Highlight } from '../schema/index.js';
import { analyzeText } from './analyzer.js';

/** Snippets: the stretch of text with the most matched words, whitespace collapsed, the words marked. */

export const SNIPPET_CHARS = 220;
/** a text longer than this is scanned for matched words only this far when positions are not kept */
const SCAN_LIMIT = 300_000;

export interface Span {
  start: number;
  end: number;
  term: string;
}

/** Places of matched terms found by analysing the text again (when the index keeps no positions). */
export function scanMatches(text: string, terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (const t of analyzeText(text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text)) {
    if (terms.has(t.term)) spans.push({ start: t.start, end: t.end, term: t.term });
  }
  return spans;
}

/** The best window: most distinct terms, then most matches; its text with highlights relative to it. */
export function makeSnippet(text: string, matches: readonly Span[], length = SNIPPET_CHARS): { snippet: string; highlights: Highlight[] } {
  const spans = dedupe(matches);
  let bestStart = 0;
  if (spans.length) {
    let best = -1;
    for (let i = 0; i < spans.length; i++) {
      const terms = new Set<string>();
      let count = 0;
      for (let j = i; j < spans.length && spans[j].end <= spans[i].start + length - 40; j++) {
        terms.add(spans[j].term);
        count++;
      }
      const score = terms.size * 1000 + count;
      if (score > best) {
        best = score;
        bestStart = spans[i].start;
      }
    }
    bestStart = Math.max(0, bestStart - 40);
  }
  let start = bestStart;
  if (start > 0) {
    const space = text.slice(start, start + 40).search(/\s/u);
    if (space >= 0) start += space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const cut = text.slice(start, end).search(/\s\S*$/u);
    if (cut > length / 2) end = start + cut;
  }
  const inWindow = spans.filter((s) => s.start >= start && s.end <= end);
  return collapse(text, start, end, inWindow);
}

function dedupe(matches: readonly Span[]): Span[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue; // a compound's parts inside the compound
    out.push(m);
  }
  return out;
}

/** Collapses whitespace of text[start, end) and maps the spans onto the result; "…" marks a cut. */
function collapse(text: string, start: number, end: number, spans: readonly Span[]): { snippet: string; highlights: Highlight[] } {
  let out = start > 0 ? '…' : '';
  const map = new Map<number, number>();
  let space = false;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (/\s/u.test(ch)) {
      space = out.length > 0 && !out.endsWith('…');
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    map.set(i, out.length);
    out += ch;
  }
  map.set(end, out.length);
  if (end < text.length) out += ' …';
  const highlights: Highlight[] = [];
  for (const s of spans) {
    const a = map.get(s.start);
    const b = map.get(s.end - 1);
    if (a !== undefined && b !== undefined) highlights.push({ start: a, end: b + 1 });
  }
  return { snippet: out.trim(), highlights };
}
