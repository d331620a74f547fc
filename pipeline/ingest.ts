import { readFile } from 'node:fs/promises';
import os from 'node:os';
import PQueue from 'p-queue';
import type { DocumentRecord, ManifestEntry } from '../schema/index.js';
import { DEFAULT_LIMITS } from '../corpus/limits.js';
import type { ReadLimits } from '../corpus/readers/index.js';
import { writeOutputs } from '../output/index.js';
import { discover, type InputFile } from './discover.js';
import { processBytes, failureReason, type Processed } from './process.js';
import { Progress } from './progress.js';

export interface IngestOptions {
  out: string;
  concurrency?: number;
  limits?: Partial<ReadLimits>;
  quiet?: boolean;
}

export interface IngestResult {
  records: DocumentRecord[];
  manifest: ManifestEntry[];
  files: string[];
  ms: number;
}

/**
 * The main job, stage by stage: discover → read → normalise → extract → check → validate → write.
 * Every input file gets exactly one manifest entry; records come out in path order, so two runs over the
 * same input are byte-identical.
 */
export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const files = await discover(inputs);
  const progress = new Progress(files.length, process.stderr, options.quiet);
  const queue = new PQueue({ concurrency: options.concurrency ?? os.availableParallelism() });

  const results = new Map<string, Processed>();
  const firstByHash = new Map<string, InputFile>();
  for (const file of files) {
    void queue.add(async () => {
      results.set(file.path, await processFile(file, limits));
      progress.tick();
    });
  }
  await queue.onIdle();

  // duplicates: the same content under another name points to the first in path order
  const manifest: ManifestEntry[] = [];
  const records: DocumentRecord[] = [];
  for (const file of files) {
    const { entry, record } = results.get(file.path)!;
    const first = entry.sha256 ? firstByHash.get(entry.sha256) : undefined;
    if (first && entry.status !== 'failed') {
      manifest.push({ path: file.path, status: 'duplicate', duplicateOf: first.path, id: entry.id, sha256: entry.sha256, format: entry.format, bytes: entry.bytes });
      continue;
    }
    if (entry.sha256) firstByHash.set(entry.sha256, file);
    manifest.push(entry);
    if (record) records.push(record);
  }
  const written = await writeOutputs(options.out, records, manifest);
  return { records, manifest, files: written, ms: performance.now() - started };
}

async function processFile(file: InputFile, limits: ReadLimits): Promise<Processed> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file.absolute);
  } catch (err) {
    return { entry: { path: file.path, status: 'failed', reason: `read: ${failureReason(err)}`, sha256: '', format: 'unknown' } };
  }
  return processBytes(bytes, file.path, limits);
}
