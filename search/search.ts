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
  const shards: lunr.Index[] = [];
  for (const file of meta.data.shards) {
    try {
      shards.push(lunr.Index.load(JSON.parse(await readFile(path.join(indexDir, file), 'utf8'))));
    } catch (err) {
      throw new SpisovnaError('search', `${path.join(indexDir, file)}: ${(err as Error).message}`, 'bad-index');
    }
  }
  const texts = await readTexts(baseDir);
  return { meta: meta.data, docs: new Map(docList.data.map((d) => [d.id, d])), shards, texts };
}

interface Match {
  doc: IndexedDoc;
  score: number;
  /** index term → field → positions [start, length] (empty when the index keeps none) */
  metadata: Record<string, Record<string, { position?: Array<[number, number]> }>>;
}

/** lunr's clause options; its type declarations lack `presence` */
type ClauseOptions = Partial<lunr.Query.Clause> & { presence?: lunr.Query.presence };

const PRESENCE = {
  optional: lunr.Query.presence.OPTIONAL,
  required: lunr.Query.presence.REQUIRED,
  prohibited: lunr.Query.presence.PROHIBITED,
} as const;

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** The lunr clauses of one parsed clause: [term, options]. */
function lunrTerms(clause: Clause): Array<[string, ClauseOptions]> {
  const base: ClauseOptions = { usePipeline: false };
  if (clause.field) base.fields = [clause.field];
  if (clause.type === 'phrase') {
    if (clause.presence === 'prohibited') return []; // a phrase is excluded by the post-filter alone
    return analyzeText(clause.text).map((t) => [t.term, { ...base, presence: PRESENCE.required }]);
  }
  const out: Array<[string, ClauseOptions]> = [];
  const opts: ClauseOptions = { ...base, presence: PRESENCE[clause.presence] };
  if (clause.boost !== undefined) opts.boost = clause.boost;
  if (clause.editDistance !== undefined) opts.editDistance = clause.editDistance;
  const tokens = tokenizeText(clause.word);
  const end = Math.max(...tokens.map((t) => t.end));
  for (const token of tokens) {
    if (clause.prefix && token.end === end) {
      const folded = foldDiacritics(token.word);
      const prefix = commonPrefix(folded, stemTerm(token.word)) || folded;
      out.push([prefix, { ...opts, wildcard: lunr.Query.wildcard.TRAILING }]);
      continue;
    }
    const term = analyzeWord(token.word);
    if (term) out.push([term, opts]);
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

/** Whether a document holds a phrase: in windows at the first word's positions when kept, else in the whole field. */
function hasPhrase(index: SearchIndex, match: Match, phrase: PhraseClause, seq: readonly string[]): boolean {
  const fields: FieldName[] = phrase.field ? [phrase.field] : ['title', 'headings', 'body'];
  for (const field of fields) {
    if (field === 'people' || field === 'places') return true; // their terms were required; no text kept for order
    const positions = match.metadata[seq[0]]?.[field]?.position;
    if (field === 'body' && positions?.length) {
      const text = index.texts.get(match.doc.id)?.text ?? '';
      const span = 60 * seq.length + 60;
      for (const [start] of positions) {
        const window = analyzeText(text.slice(start, start + span)).map((t) => t.term);
        if (containsSequence(window, seq)) return true;
      }
      continue;
    }
    if (containsSequence(fieldTerms(index, match.doc, field), seq)) return true;
  }
  return false;
}

function yearsOf(doc: IndexedDoc): number[] {
  const years = new Set<number>();
  for (const [from, to] of doc.spans) for (let y = from; y <= to; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
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
  const facets: Facets = { kind: {}, kraj: {}, year: {} };
  const bump = (rec: Record<string, number>, k: string) => (rec[k] = (rec[k] ?? 0) + 1);
  for (const { doc } of matches) {
    bump(facets.kind, doc.kind);
    for (const k of new Set(doc.kraje)) bump(facets.kraj, k);
    for (const y of yearsOf(doc)) bump(facets.year, String(y));
  }
  return facets;
}

function bodyMatches(index: SearchIndex, match: Match): Span[] {
  const spans: Span[] = [];
  let positioned = false;
  for (const [term, fields] of Object.entries(match.metadata)) {
    const pos = fields.body?.position;
    if (pos) {
      positioned = true;
      for (const [start, len] of pos) spans.push({ start, end: start + len, term });
    }
  }
  if (positioned || !Object.keys(match.metadata).length) return spans;
  const text = index.texts.get(match.doc.id)?.text ?? '';
  return scanMatches(text, new Set(Object.keys(match.metadata)));
}

function toHit(index: SearchIndex, match: Match): SearchHit {
  const text = index.texts.get(match.doc.id)?.text ?? '';
  const { snippet, highlights } = makeSnippet(text, bodyMatches(index, match));
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
  const terms = clauses.map((c) => ({ clause: c, terms: lunrTerms(c) }));
  for (const { clause } of terms) {
    if (clause.type === 'phrase' && !analyzeText(clause.text).length) {
      throw new SpisovnaError('search', `malformed query "${query}": the phrase "${clause.text}" has only stop words`, 'bad-query');
    }
  }
  const lunrClauses = terms.flatMap((t) => t.terms);
  if (clauses.length && !lunrClauses.length && clauses.every((c) => c.presence !== 'prohibited')) {
    throw new SpisovnaError('search', `malformed query "${query}": only stop words, nothing to search for`, 'bad-query');
  }

  const keep = filterDocs(f);
  let matches: Match[] = [];
  if (!clauses.length) {
    for (const doc of index.docs.values()) if (keep(doc)) matches.push({ doc, score: 0, metadata: {} });
  } else {
    for (const shard of index.shards) {
      const results = lunrClauses.length
        ? shard.query((q) => {
            for (const [term, opts] of lunrClauses) q.term(term, opts);
          })
        : [...index.docs.keys()].map((ref) => ({ ref, score: 0, matchData: { metadata: {} } }));
      for (const r of results) {
        const doc = index.docs.get(r.ref);
        if (doc && keep(doc)) matches.push({ doc, score: r.score, metadata: r.matchData.metadata as Match['metadata'] });
      }
    }
    const phrases = clauses.filter((c): c is PhraseClause => c.type === 'phrase');
    for (const phrase of phrases) {
      const seq = analyzeText(phrase.text).map((t) => t.term);
      const want = phrase.presence !== 'prohibited';
      matches = matches.filter((m) => hasPhrase(index, m, phrase, seq) === want);
    }
  }
  matches.sort((a, b) => b.score - a.score || a.doc.path.localeCompare(b.doc.path));
  const offset = f.offset ?? 0;
  const limit = f.limit ?? DEFAULT_LIMIT;
  return {
    total: matches.length,
    hits: matches.slice(offset, offset + limit).map((m) => toHit(index, m)),
    facets: facetsOf(matches),
  };
}
