import { readFileSync } from 'node:fs';

/** spisovna's version, from package.json (part of the cache key of incremental runs). */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
