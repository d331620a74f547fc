/**
 * spisovna's Czech full-text search on lunr, as a library:
 *
 *     const index = await loadSearchIndex('out/dev');
 *     const result = search(index, 'pečovatelská služba', { place: 'Ústecký kraj', from: 2015, to: 2020, limit: 10 });
 *
 * Types come from schema/search.ts (SearchFilters, SearchResult, SearchHit, Facets).
 */
export { loadSearchIndex, search, DEFAULT_LIMIT } from './search.js';
export {
  buildSearchIndex,
  saveSearchIndex,
  writeSearchIndex,
  readRecords,
  indexedDoc,
  INDEX_FORMAT,
  INDEX_DIR,
  FIELDS,
  DEFAULT_INDEX_OPTIONS,
  type SearchIndex,
  type IndexOptions,
  type FieldName,
} from './index-build.js';
export { parseQuery, type Clause } from './query.js';
export { analyzeText, analyzeWord, tokenizeText, czechTokenizer, useCzechAnalyzer, registerCzechPipeline } from './analyzer.js';
export { stemCzech, stemCzechFolded, foldDiacritics } from './stemmer.js';
export type { SearchFilters, SearchResult, SearchHit, Facets, Highlight } from '../schema/index.js';
