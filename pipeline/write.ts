import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentRecord, ManifestEntry } from '../schema/index.js';
import { OUTPUT_FILES, TABLES, csvHeader, csvRows } from '../output/index.js';

interface Sink {
  file: string;
  tmp: string;
  stream: WriteStream;
  hash: Hash;
  bytes: number;
  /** text not yet handed to the stream: a few lines a record per output, written in chunks */
  pending: string;
}

/** Characters gathered per output before they go to the file (one write instead of hundreds). */
const CHUNK_CHARS = 64 * 1024;

/**
 * Streams the outputs to temporary files beside the targets, one record at a time, then renames them
 * into place: memory stays flat however many records there are, and a kill leaves either the old
 * outputs or the new ones.
 */
export class OutputWriter {
  private readonly sinks = new Map<string, Sink>();
  records = 0;
  entries = 0;

  private constructor(private readonly outDir: string) {}

  static async open(outDir: string): Promise<OutputWriter> {
    await mkdir(outDir, { recursive: true });
    // temporary files of a run that was killed
    for (const name of await readdir(outDir)) if (/\.\d+\.tmp$/.test(name)) await rm(path.join(outDir, name), { force: true });
    const w = new OutputWriter(outDir);
    w.sink(OUTPUT_FILES.records);
    w.sink(OUTPUT_FILES.manifest);
    for (const table of TABLES) {
      w.sink(table.file);
      w.write(table.file, csvHeader(table));
    }
    return w;
  }

  /** Adds a manifest entry and, when there is one, its record (and the record's CSV rows). */
  async add(entry: ManifestEntry, record?: DocumentRecord, recordLine?: string): Promise<void> {
    await this.write(OUTPUT_FILES.manifest, `${JSON.stringify(entry)}\n`);
    this.entries++;
    if (!record) return;
    this.records++;
    await this.write(OUTPUT_FILES.records, `${recordLine ?? JSON.stringify(record)}\n`);
    for (const table of TABLES) {
      const rows = csvRows(table, record);
      if (rows) await this.write(table.file, rows);
    }
  }

  /** Opens an extra JSON Lines output (e.g. texts.jsonl), written even when it stays empty. */
  openExtra(file: string): void {
    if (!this.sinks.has(file)) this.sink(file);
  }

  /** Adds a line to an extra output, opened on first use. */
  async addLine(file: string, line: string): Promise<void> {
    this.openExtra(file);
    await this.write(file, `${line}\n`);
  }

  /** Outputs whose new content equals what was there already (left untouched, not rewritten). */
  readonly unchanged = new Set<string>();
  /** SHA-256 of each output's content, by file name (after `close`). */
  readonly digests = new Map<string, string>();

  /** Flushes every output to disk and renames it into place; returns the names written. */
  async close(): Promise<string[]> {
    const names: string[] = [];
    for (const s of this.sinks.values()) await this.flush(s);
    for (const s of this.sinks.values()) {
      const target = path.join(this.outDir, s.file);
      const digest = s.hash.digest('hex');
      this.digests.set(s.file, digest);
      if (await sameContent(target, s.bytes, digest)) {
        await new Promise<void>((resolve) => s.stream.end(() => resolve()));
        await rm(s.tmp, { force: true });
        this.unchanged.add(s.file);
      }
    }
    for (const s of this.sinks.values()) {
      if (this.unchanged.has(s.file)) continue;
      await new Promise<void>((resolve, reject) => s.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      const handle = await open(s.tmp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (const s of this.sinks.values()) {
      if (!this.unchanged.has(s.file)) await rename(s.tmp, path.join(this.outDir, s.file));
      names.push(s.file);
    }
    return names;
  }

  /** Drops the temporary files: a run that cannot finish leaves the outputs as they were. */
  async abort(): Promise<void> {
    for (const s of this.sinks.values()) {
      await new Promise<void>((resolve) => s.stream.end(() => resolve()));
      await rm(s.tmp, { force: true });
    }
  }

  private sink(file: string): void {
    const tmp = path.join(this.outDir, `${file}.${process.pid}.tmp`);
    this.sinks.set(file, { file, tmp, stream: createWriteStream(tmp), hash: createHash('sha256'), bytes: 0, pending: '' });
  }

  private write(file: string, data: string): Promise<void> | void {
    const s = this.sinks.get(file)!;
    s.pending += data;
    if (s.pending.length >= CHUNK_CHARS) return this.flush(s);
  }

  private flush(s: Sink): Promise<void> | void {
    if (!s.pending) return;
    const data = s.pending;
    s.pending = '';
    s.hash.update(data);
    s.bytes += Buffer.byteLength(data);
    if (s.stream.write(data)) return;
    return new Promise<void>((resolve) => s.stream.once('drain', () => resolve()));
  }
}

/** True when the file exists with this size and SHA-256. */
async function sameContent(file: string, bytes: number, digest: string): Promise<boolean> {
  try {
    if ((await stat(file)).size !== bytes) return false;
  } catch {
    return false;
  }
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex') === digest;
}
