import lunr from 'lunr';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  formatZodError,
  indexedDocSchema,
  indexMetaSchema,
  searchFiltersSchema,
  type Facets,
  type IndexedDoc,
  type ParsedSearchFilters,
  type SearchFilters,
  type SearchHit,
  type SearchResult,
} from '../schema/index.js';
import { SpisovnaError } from '../pipeline/errors.js';
import { readTexts } from '../output/texts.js';
import { analyzeText, analyzeWord, stemTerm, tokenizeText } from './analyzer.js';
import { INDEX_DIR, INDEX_FORMAT, type FieldName, type SearchIndex } from './index-build.js';
import { engineFromFiles, hasSequence, hasTerm, matchedTerms, prepareEngine, runQuery, termPositions, type EngineClause, type PreparedShard } from './engine.js';
import { parseQuery, type Clause, type PhraseClause } from './query.js';
import { makeSnippet, scanMatches, type Span } from './snippet.js';
import { foldDiacritics } from './stemmer.js';
import { filterKeys } from './territory.js';

export const DEFAULT_LIMIT = 10;

/**
 * Loads DIR/index/ (or an index folder itself) and DIR/texts.jsonl. The format version is checked first:
 * an index of another format fails with "spisovna: index format N, expected M — rebuild with …".
 */
export async function loadSearchIndex(dir: string): Promise<SearchIndex> {
  let indexDir = path.join(dir, INDEX_DIR);
  let baseDir = dir;
  if (!existsSync(path.join(indexDir, 'meta.json')) && existsSync(path.join(dir, 'meta.json'))) {
    indexDir = dir;
    baseDir = path.dirname(path.resolve(dir));
  }
  const metaFile = path.join(indexDir, 'meta.json');
  let raw: { format?: unknown };
  try {
    raw = JSON.parse(await readFile(metaFile, 'utf8')) as { format?: unknown };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new SpisovnaError('search', `no search index in "${dir}": build one with \`spisovna index ${dir}\``, 'no-index');
    }
    throw new SpisovnaError('search', `${metaFile}: ${(err as Error).message}`, 'bad-index');
  }
  if (raw.format !== INDEX_FORMAT) {
    throw new SpisovnaError('spisovna', `index format ${String(raw.format)}, expected ${INDEX_FORMAT} — rebuild with \`spisovna index ${baseDir}\``, 'index-format');
  }
  const meta = indexMetaSchema.safeParse(raw);
  if (!meta.success) throw new SpisovnaError('search', `${metaFile}: ${formatZodError(meta.error)}`, 'bad-index');
  const docsFile = path.join(indexDir, 'docs.json');
  const docList = indexedDocSchema.array().safeParse(JSON.parse(await readFile(docsFile, 'utf8')));
  if (!docList.success) throw new SpisovnaError('search', `${docsFile}: ${formatZodError(docList.error)}`, 'bad-index');
  try {
    lunr.Pipeline.load(meta.data.pipeline); // throws for a label that is not registered
  } catch (err) {
    throw new SpisovnaError('search', `${metaFile}: ${(err as Error).message}`, 'bad-index');
  }
  const shards: PreparedShard[] = [];
  for (const name of meta.data.shards) {
    const file = path.join(indexDir, name);
    try {
      shards.push(prepareEngine(engineFromFiles(await readFile(`${file}.json`, 'utf8'), await readFile(`${file}.bin`))));
    } catch (err) {
      throw new SpisovnaError('search', `${file}: ${(err as Error).message}`, 'bad-index');
    }
  }
  const texts = await readTexts(baseDir);
  return { meta: meta.data, docs: new Map(docList.data.map((d) => [d.id, d])), shards, texts };
}

interface Match {
  doc: IndexedDoc;
  score: number;
  /** the shard that holds the document, and its number there */
  shard?: PreparedShard;
  docNo: number;
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** The engine clauses of one parsed clause. */
function engineClauses(clause: Clause): EngineClause[] {
  const fields = clause.field ? [clause.field] : undefined;
  if (clause.type === 'phrase') {
    if (clause.presence === 'prohibited') return []; // a phrase is excluded by the post-filter alone
    return analyzeText(clause.text).map((t) => ({ term: t.term, fields, presence: 'required' }));
  }
  const out: EngineClause[] = [];
  const base: EngineClause = { term: '', fields, presence: clause.presence, boost: clause.boost, editDistance: clause.editDistance };
  const tokens = tokenizeText(clause.word);
  const end = Math.max(...tokens.map((t) => t.end));
  for (const token of tokens) {
    if (clause.prefix && token.end === end) {
      const folded = foldDiacritics(token.word);
      out.push({ ...base, term: commonPrefix(folded, stemTerm(token.word)) || folded, prefix: true });
      continue;
    }
    const term = analyzeWord(token.word);
    if (term) out.push({ ...base, term });
  }
  return out;
}

/** The analysed terms of a field's text in order, for phrases. */
function fieldTerms(index: SearchIndex, doc: IndexedDoc, field: FieldName): string[] {
  const text = index.texts.get(doc.id);
  const source = field === 'title' ? doc.title : field === 'headings' ? (text?.headings.join('\n') ?? '') : (text?.text ?? '');
  return analyzeText(source).map((t) => t.term);
}

function containsSequence(terms: readonly string[], seq: readonly string[]): boolean {
  if (!seq.length) return true;
  outer: for (let i = 0; i + seq.length <= terms.length; i++) {
    for (let j = 0; j < seq.length; j++) if (terms[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether a document holds a phrase: its analysed terms in order in the title, headings or body (or the field named). */
function hasPhrase(index: SearchIndex, match: Match, phrase: PhraseClause, seq: readonly string[]): boolean {
  const fields: FieldName[] = phrase.field ? [phrase.field] : ['title', 'headings', 'body'];
  for (const field of fields) {
    if (field === 'people' || field === 'places') return true; // their terms were required; no text kept for order
    if (match.shard && !hasTerm(match.shard, seq[0], field, match.docNo)) continue;
    const kept = match.shard ? hasSequence(match.shard, field, match.docNo, seq) : undefined;
    if (kept ?? containsSequence(fieldTerms(index, match.doc, field), seq)) return true;
  }
  return false;
}

const YEARS = new WeakMap<IndexedDoc, number[]>();
function yearsOf(doc: IndexedDoc): number[] {
  let cached = YEARS.get(doc);
  if (cached) return cached;
  const years = new Set<number>();
  for (const [from, to] of doc.spans) for (let y = from; y <= to; y++) years.add(y);
  cached = [...years].sort((a, b) => a - b);
  YEARS.set(doc, cached);
  return cached;
}

function filterDocs(filters: ParsedSearchFilters): (doc: IndexedDoc) => boolean {
  const kinds = filters.kind === undefined ? undefined : new Set(Array.isArray(filters.kind) ? filters.kind : [filters.kind]);
  const places = filters.place ? new Set(filterKeys(filters.place)) : undefined;
  const from = filters.from ?? Number.NEGATIVE_INFINITY;
  const to = filters.to ?? Number.POSITIVE_INFINITY;
  const years = filters.from !== undefined || filters.to !== undefined;
  return (doc) => {
    if (kinds && !kinds.has(doc.kind)) return false;
    if (places && !doc.within.some((k) => places.has(k))) return false;
    if (years && !doc.spans.some(([a, b]) => a <= to && b >= from)) return false;
    return true;
  };
}

function facetsOf(matches: readonly Match[]): Facets {
  const kind = new Map<string, number>();
  const kraj = new Map<string, number>();
  const year = new Map<number, number>();
  for (let i = 0; i < matches.length; i++) {
    const doc = matches[i].doc;
    kind.set(doc.kind, (kind.get(doc.kind) ?? 0) + 1);
    for (const k of doc.kraje) kraj.set(k, (kraj.get(k) ?? 0) + 1);
    for (const y of yearsOf(doc)) year.set(y, (year.get(y) ?? 0) + 1);
  }
  const sorted = <K>(m: Map<K, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return {
    kind: Object.fromEntries(sorted(kind)),
    kraj: Object.fromEntries(sorted(kraj)),
    year: Object.fromEntries([...year].sort((a, b) => a[0] - b[0]).map(([y, n]) => [String(y), n])),
  };
}

const better = (a: Match, b: Match) => b.score - a.score || (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : 0);

/** The best k matches in order, without sorting them all. */
function topK(matches: readonly Match[], k: number): Match[] {
  if (matches.length <= k * 4) return [...matches].sort(better).slice(0, k);
  const top: Match[] = [];
  for (const m of matches) {
    if (top.length === k && better(m, top[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(top[mid], m) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, m);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Each shard's documents by number. */
const BY_NUMBER = new WeakMap<PreparedShard, Array<IndexedDoc | undefined>>();
function docsOf(index: SearchIndex, shard: PreparedShard): Array<IndexedDoc | undefined> {
  let list = BY_NUMBER.get(shard);
  if (!list) {
    list = shard.engine.refs.map((ref) => index.docs.get(ref));
    BY_NUMBER.set(shard, list);
  }
  return list;
}

function bodyMatches(index: SearchIndex, match: Match, clauses: readonly EngineClause[]): Span[] {
  if (!match.shard || !clauses.length) return [];
  const terms = matchedTerms(match.shard, clauses, match.docNo);
  if (!terms.size) return [];
  // the positions the index keeps; an index without them: the text analysed again
  return termPositions(match.shard, 'body', match.docNo, terms.keys()) ?? scanMatches(index.texts.get(match.doc.id)?.text ?? '', new Set(terms.keys()));
}

function toHit(index: SearchIndex, match: Match, clauses: readonly EngineClause[]): SearchHit {
  const text = index.texts.get(match.doc.id)?.text ?? '';
  const { snippet, highlights } = makeSnippet(text, bodyMatches(index, match, clauses));
  const hit: SearchHit = {
    id: match.doc.id,
    path: match.doc.path,
    title: match.doc.title,
    kind: match.doc.kind,
    score: Math.round(match.score * 1000) / 1000,
    snippet,
  };
  if (match.doc.place) hit.place = match.doc.place;
  if (match.doc.kraj) hit.kraj = match.doc.kraj;
  const years = yearsOf(match.doc);
  if (years.length) hit.years = years;
  if (highlights.length) hit.highlights = highlights;
  return hit;
}

/**
 * Searches the index: the query (see search/query.ts), then the filters (kind, place with its hierarchy,
 * years overlapping [from, to]), ranked by lunr's BM25 score; facets count every match.
 */
export function search(index: SearchIndex, query: string, filters: SearchFilters = {}): SearchResult {
  const parsedFilters = searchFiltersSchema.safeParse(filters);
  if (!parsedFilters.success) throw new SpisovnaError('search', `bad filters: ${formatZodError(parsedFilters.error)}`, 'bad-filters');
  const f = parsedFilters.data;
  const clauses = parseQuery(query);
  for (const clause of clauses) {
    if (clause.type === 'phrase' && !analyzeText(clause.text).length) {
      throw new SpisovnaError('search', `malformed query "${query}": the phrase "${clause.text}" has only stop words`, 'bad-query');
    }
  }
  const engine = clauses.flatMap(engineClauses);
  if (clauses.length && !engine.length && clauses.every((c) => c.presence !== 'prohibited')) {
    throw new SpisovnaError('search', `malformed query "${query}": only stop words, nothing to search for`, 'bad-query');
  }

  const keep = filterDocs(f);
  let matches: Match[] = [];
  if (!clauses.length || !engine.length) {
    for (const doc of index.docs.values()) {
      if (!keep(doc)) continue;
      const shard = index.shards.find((s) => s.docIds.has(doc.id));
      matches.push({ doc, score: 0, shard, docNo: shard?.docIds.get(doc.id) ?? -1 });
    }
  } else {
    for (const shard of index.shards) {
      const docs = docsOf(index, shard);
      for (const [docNo, score] of runQuery(shard, engine)) {
        const doc = docs[docNo];
        if (doc && keep(doc)) matches.push({ doc, score, shard, docNo });
      }
    }
  }
  for (const phrase of clauses.filter((c): c is PhraseClause => c.type === 'phrase')) {
    const seq = analyzeText(phrase.text).map((t) => t.term);
    const want = phrase.presence !== 'prohibited';
    matches = matches.filter((m) => hasPhrase(index, m, phrase, seq) === want);
  }
  const offset = f.offset ?? 0;
  const limit = f.limit ?? DEFAULT_LIMIT;
  return {
    total: matches.length,
    hits: topK(matches, offset + limit).slice(offset).map((m) => toHit(index, m, engine)),
    facets: facetsOf(matches),
  };
}
