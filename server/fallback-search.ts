import type { Kind, SearchHit, SearchResult } from '../schema/index.js';
import type { Highlight } from '../schema/http.js';
import type { Entry } from './dataset.js';
import { fold } from './fold.js';
import { foldKeepingOffsets, queryWords } from './fold.js';

/** The filters and page an engine answers; the same as the search library's. */
export interface EngineQuery {
  kind?: Kind;
  place?: string;
  from?: number;
  to?: number;
  limit: number;
  offset: number;
}

/** A search over the output folder: the library's index when ingest built one, else a plain scan. */
export interface Engine {
  readonly name: 'index' | 'fallback';
  /** throws a QueryError on a malformed query or filter */
  run(query: string, filters: EngineQuery): SearchResult;
}

/** A query the user can fix: the server answers 400 with this message. */
export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}

interface TextMatch {
  score: number;
  snippet: string;
  highlights: Highlight[];
}

const SNIPPET_CHARS = 220;
const TITLE_BOOST = 5;

/**
 * A plain scan used when the output folder has no search index (an older ingest): every query word must
 * begin a word of the title or the text, diacritics and case ignored. Slow on a large archive, exact on a
 * small one.
 */
export class FallbackEngine implements Engine {
  readonly name = 'fallback' as const;
  private readonly docs: { id: string; title: string; text: string; foldedTitle: string; foldedText: string }[];

  constructor(
    private readonly entries: readonly Entry[],
    texts: ReadonlyMap<string, string>,
  ) {
    this.docs = entries.map(({ record }) => {
      const text = texts.get(record.id) ?? '';
      return { id: record.id, title: record.title, text, foldedTitle: foldKeepingOffsets(record.title), foldedText: foldKeepingOffsets(text) };
    });
  }

  run(query: string, f: EngineQuery): SearchResult {
    const matches = query.trim() ? this.match(query) : undefined;
    const placeKey = f.place ? fold(f.place).replace(/^(?:orp|obec|okres|mesto) /u, '') : undefined;
    const from = f.from ?? -Infinity;
    const to = f.to ?? Infinity;
    const selected: { entry: Entry; match: TextMatch }[] = [];
    this.entries.forEach((entry, i) => {
      const match = matches ? matches.get(entry.record.id) : { score: 0, ...snippetAround(this.docs[i]!.text, []) };
      if (!match) return;
      if (f.kind && entry.record.kind !== f.kind) return;
      if (placeKey && !entry.placeKeys.has(placeKey) && !entry.placeKeys.has(`${placeKey} kraj`)) return;
      if ((f.from !== undefined || f.to !== undefined) && !entry.years.some((y) => y >= from && y <= to)) return;
      selected.push({ entry, match });
    });
    selected.sort((a, b) => b.match.score - a.match.score || a.entry.record.source.path.localeCompare(b.entry.record.source.path));
    const facets: SearchResult['facets'] = { kind: {}, kraj: {}, year: {} };
    const bump = (rec: Record<string, number>, k: string) => (rec[k] = (rec[k] ?? 0) + 1);
    for (const { entry } of selected) {
      bump(facets.kind, entry.record.kind);
      for (const k of entry.kraje) bump(facets.kraj, k);
      for (const y of entry.years) bump(facets.year, String(y));
    }
    const hits = selected.slice(f.offset, f.offset + f.limit).map(({ entry, match }): SearchHit => {
      const r = entry.record;
      const hit: SearchHit = { id: r.id, path: r.source.path, title: r.title, kind: r.kind, score: match.score, snippet: match.snippet, highlights: match.highlights };
      if (entry.place) hit.place = entry.place;
      const kraj = r.territory?.kraj ?? [...entry.kraje][0];
      if (kraj) hit.kraj = kraj;
      if (entry.years.length) hit.years = entry.years;
      return hit;
    });
    return { total: selected.length, hits, facets };
  }

  private match(query: string): Map<string, TextMatch> {
    const words = queryWords(query);
    const out = new Map<string, TextMatch>();
    if (!words.length) return out;
    for (const doc of this.docs) {
      let score = 0;
      const hits: [number, number][] = [];
      let all = true;
      for (const word of words) {
        const inTitle = findWordStarts(doc.foldedTitle, word).length;
        const inText = findWordStarts(doc.foldedText, word);
        if (!inTitle && !inText.length) {
          all = false;
          break;
        }
        score += inTitle * TITLE_BOOST + Math.log2(1 + inText.length);
        for (const start of inText) hits.push([start, start + wordEnd(doc.foldedText, start) - start]);
      }
      if (!all) continue;
      hits.sort((a, b) => a[0] - b[0]);
      out.set(doc.id, { score: Math.round(score * 1000) / 1000, ...snippetAround(doc.text, hits) });
    }
    return out;
  }
}

const LETTER = /[\p{L}\p{N}]/u;

function findWordStarts(folded: string, word: string): number[] {
  const starts: number[] = [];
  for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
    if (i === 0 || !LETTER.test(folded[i - 1]!)) starts.push(i);
  }
  return starts;
}

function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && LETTER.test(text[end]!)) end++;
  return end;
}

/** The window of text around the first cluster of hits, with hit offsets made relative to it. */
export function snippetAround(text: string, hits: readonly (readonly [number, number])[]): { snippet: string; highlights: Highlight[] } {
  if (!hits.length) return { snippet: collapse(text.slice(0, SNIPPET_CHARS)).text + (text.length > SNIPPET_CHARS ? ' …' : ''), highlights: [] };
  const first = hits[0]![0];
  let start = Math.max(0, first - 60);
  // begin at a word boundary
  while (start > 0 && start < first && LETTER.test(text[start - 1]!)) start++;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  while (end < text.length && LETTER.test(text[end]!)) end++;
  const raw = text.slice(start, end);
  const { text: snippetBody, map } = collapse(raw);
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const highlights: Highlight[] = [];
  for (const [s, e] of hits) {
    if (s < start || e > end) continue;
    highlights.push({ start: map[s - start]! + prefix.length, end: map[e - start]! + prefix.length });
  }
  return { snippet: prefix + snippetBody + suffix, highlights };
}

/** Collapses runs of white space to one space, with a map from raw offsets to collapsed ones. */
function collapse(raw: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    map.push(text.length);
    const c = raw[i]!;
    if (/\s/u.test(c)) {
      if (text.length && !text.endsWith(' ')) text += ' ';
    } else text += c;
  }
  map.push(text.length);
  return { text, map };
}
