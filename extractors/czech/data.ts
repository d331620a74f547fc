import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's data folder (data/first-names.json, territory.json, …), found by walking up from this
 * module: it works from dist/extractors/czech/ (built) and from extractors/czech/ (vitest on sources).
 */
export const DATA_DIR: string = findDataDir(dirname(fileURLToPath(import.meta.url)));

function findDataDir(start: string): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data');
    if (existsSync(join(candidate, 'first-names.json'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`spisovna: data folder with first-names.json not found above ${start}`);
}

/** Reads and parses one JSON file of the data folder. */
export function readDataJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as T;
}
