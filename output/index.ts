import path from 'node:path';
import type { DocumentRecord, ManifestEntry } from '../schema/index.js';
import { writeAtomic } from './atomic.js';
import { TABLES, toCsv } from './csv.js';
import { toJsonl } from './jsonl.js';

export const OUTPUT_FILES = { records: 'records.jsonl', manifest: 'manifest.jsonl' } as const;

/** Stage 7: records.jsonl, manifest.jsonl and the CSV tables, each written atomically. */
export async function writeOutputs(outDir: string, records: readonly DocumentRecord[], manifest: readonly ManifestEntry[]): Promise<string[]> {
  const written: string[] = [];
  const put = async (name: string, data: string) => {
    await writeAtomic(path.join(outDir, name), data);
    written.push(name);
  };
  await put(OUTPUT_FILES.records, toJsonl(records));
  await put(OUTPUT_FILES.manifest, toJsonl(manifest));
  for (const table of TABLES) await put(table.file, toCsv(table, records));
  return written;
}

export { writeAtomic } from './atomic.js';
export { toJsonl, parseJsonl } from './jsonl.js';
export { TABLES, toCsv } from './csv.js';
