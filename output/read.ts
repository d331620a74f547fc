import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { formatZodError, recordSchema, type DocumentRecord } from '../schema/index.js';
import { SpisovnaError } from '../pipeline/errors.js';
import { OUTPUT_FILES } from './index.js';

/**
 * Reads a JSON Lines file, every line parsed at the boundary against `schema`; a bad line is an error that
 * names the file, the line and what is wrong. A missing file is `undefined`, for the caller to word.
 */
export async function readJsonl<T>(file: string, schema: z.ZodType<T>, stage: string): Promise<T[] | undefined> {
  let data: string;
  try {
    data = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const items: T[] = [];
  const lines = data.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SpisovnaError(stage, `${file}:${i + 1}: not JSON`, 'bad-jsonl');
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new SpisovnaError(stage, `${file}:${i + 1}: ${formatZodError(parsed.error)}`, 'bad-jsonl');
    items.push(parsed.data);
  }
  return items;
}

/** DIR/records.jsonl, each line validated against the record schema. */
export async function readRecords(dir: string, stage: string): Promise<DocumentRecord[]> {
  const records = await readJsonl(path.join(dir, OUTPUT_FILES.records), recordSchema, stage);
  if (!records) throw new SpisovnaError(stage, `no ${OUTPUT_FILES.records} in "${dir}": run \`spisovna ingest … --out ${dir}\` first`, 'no-records');
  return records;
}
