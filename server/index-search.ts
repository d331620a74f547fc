import { SpisovnaError } from '../pipeline/errors.js';
import { loadSearchIndex, search, type SearchIndex } from '../search/index.js';
import type { SearchResult } from '../schema/index.js';
import { QueryError, type Engine, type EngineQuery } from './fallback-search.js';

/** Reasons of the search library that mean "the user's query or filter", answered with 400. */
const USER_ERRORS = new Set(['bad-query', 'bad-filters']);

/** The Czech search index that ingest writes into DIR/index/ (search/), as the server's engine. */
export class IndexEngine implements Engine {
  readonly name = 'index' as const;
  constructor(private readonly index: SearchIndex) {}

  run(query: string, filters: EngineQuery): SearchResult {
    try {
      return search(this.index, query, filters);
    } catch (err) {
      if (err instanceof SpisovnaError && USER_ERRORS.has(err.reason)) throw new QueryError(err.message.replace(/^search: /u, ''));
      throw err;
    }
  }
}

export async function loadIndexEngine(dir: string): Promise<IndexEngine> {
  return new IndexEngine(await loadSearchIndex(dir));
}
