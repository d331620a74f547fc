import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Processed } from './process.js';

/** The cache folder inside the output folder. */
export const CACHE_DIR = '.cache';
/** Results of this run kept in memory for the output stage, in characters of JSON (the rest is read back). */
const HOLD_CHARS = 16 * 1024 * 1024;
/** Bumped when the layout of the cache changes. */
const CACHE_FORMAT = 1;

/** What the stat index remembers of a file, so that an unchanged file is not read again. */
interface StatLine {
  p: string;
  s: number;
  m: number;
  c: number;
  i: number;
  h: string;
  /** set when the file is a ZIP archive of files */
  a?: 1;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** A member of a ZIP archive as remembered: its name and content hash, or why it could not be read. */
export interface ArchiveMember {
  name: string;
  sha256: string;
  bytes: number;
  /** set when the member could not be inflated (bomb, traversal, encrypted, corrupt) */
  reason?: string;
  /** set when the member is itself a ZIP archive */
  archive?: boolean;
}

export interface ArchiveListing {
  /** set when the archive as a whole could not be opened */
  reason?: string;
  members: ArchiveMember[];
}

/**
 * The incremental cache, under `OUT/.cache/`:
 *
 * - `files.jsonl`: path, size, mtime, ctime, inode → SHA-256, appended as files are hashed (a journal: a
 *   line torn by a kill is skipped on load) and rewritten compactly at the end of a run. An unchanged file
 *   is not read again.
 * - `v1-<key>/results/<sha256>.<ext>.json`: one file's result (manifest entry and record), written
 *   atomically as soon as the file is done. `<key>` hashes spisovna's version, the compiled extractor code
 *   and data, and the limits, so that any change to them starts a fresh cache.
 * - `v1-<key>/archives/<sha256>.json`: a ZIP's member list with the members' hashes.
 *
 * A run killed at any moment leaves only whole cache files behind; the next run takes them and reads the rest.
 */
export class Cache {
  private readonly stats = new Map<string, StatLine>();
  private readonly seen = new Map<string, StatLine>();
  private readonly results: Set<string>;
  readonly root: string;
  readonly dir: string;
  private journal: string;
  private readonly held = new Map<string, Processed>();
  /** results and archive lists this run used; the rest is removed on close */
  private readonly used = new Set<string>();
  private readonly usedArchives = new Set<string>();
  private heldChars = 0;

  private constructor(root: string, key: string) {
    this.root = root;
    this.dir = path.join(root, `v${CACHE_FORMAT}-${key}`);
    this.journal = path.join(root, 'files.jsonl');
    mkdirSync(path.join(this.dir, 'results'), { recursive: true });
    mkdirSync(path.join(this.dir, 'archives'), { recursive: true });
    this.results = new Set(readdirSync(path.join(this.dir, 'results')).filter((f) => f.endsWith('.json')));
    if (existsSync(this.journal)) {
      for (const line of readFileSync(this.journal, 'utf8').split('\n')) {
        if (!line) continue;
        try {
          const s = JSON.parse(line) as StatLine;
          if (typeof s.p === 'string' && typeof s.h === 'string') this.stats.set(s.p, s);
        } catch {
          // a line torn by a kill: the file is hashed again
        }
      }
    }
  }

  /** Opens the cache of an output folder for the given key; caches of other keys are removed. */
  static async open(outDir: string, key: string): Promise<Cache> {
    const root = path.join(outDir, CACHE_DIR);
    await mkdir(root, { recursive: true });
    for (const name of await readdir(root)) {
      if (/^v\d+-[0-9a-f]+$/.test(name) && name !== `v${CACHE_FORMAT}-${key}`) await rm(path.join(root, name), { recursive: true, force: true });
    }
    return new Cache(root, key);
  }

  /** The content hash of a file whose size and times have not changed since it was hashed, if known. */
  knownHash(absolute: string, st: FileStat): { sha256: string; archive: boolean } | undefined {
    const s = this.stats.get(absolute);
    if (s && s.s === st.size && s.m === st.mtimeMs && s.c === st.ctimeMs && s.i === st.ino) {
      this.seen.set(absolute, s);
      return { sha256: s.h, archive: s.a === 1 };
    }
    return undefined;
  }

  rememberHash(absolute: string, st: FileStat, sha256: string, archive: boolean): void {
    const line: StatLine = { p: absolute, s: st.size, m: st.mtimeMs, c: st.ctimeMs, i: st.ino, h: sha256 };
    if (archive) line.a = 1;
    this.seen.set(absolute, line);
    appendFileSync(this.journal, `${JSON.stringify(line)}\n`);
  }

  resultName(sha256: string, filePath: string): string {
    const ext = path.posix.extname(filePath).toLowerCase().replace(/[^a-z0-9.]/g, '').slice(0, 12);
    return `${sha256}${ext || '.none'}.json`;
  }

  hasResult(name: string): boolean {
    return this.results.has(name);
  }

  async putResult(name: string, processed: Processed): Promise<void> {
    const json = JSON.stringify(processed);
    await writeFileAtomic(path.join(this.dir, 'results', name), json);
    this.results.add(name);
    // kept for the output stage too, while they fit the budget: no reading back what was just written
    if (this.heldChars + json.length <= HOLD_CHARS) {
      this.held.set(name, processed);
      this.heldChars += json.length;
    }
  }

  /**
   * A cached result, with the path of the file it now stands for; undefined when the entry cannot be read
   * (a damaged disk, a hand-edited file): the file is then parsed again.
   */
  async getResult(name: string, filePath: string): Promise<Processed | undefined> {
    this.used.add(name);
    const held = this.held.get(name);
    if (held) this.held.delete(name);
    let p = held;
    if (!p) {
      try {
        p = JSON.parse(await readFile(path.join(this.dir, 'results', name), 'utf8')) as Processed;
      } catch {
        return undefined;
      }
      if (!p?.entry || typeof p.entry !== 'object') return undefined;
    }
    p.entry.path = filePath;
    if (p.record) p.record.source.path = filePath;
    return p;
  }

  async getArchive(sha256: string): Promise<ArchiveListing | undefined> {
    this.usedArchives.add(sha256);
    try {
      return JSON.parse(await readFile(path.join(this.dir, 'archives', `${sha256}.json`), 'utf8')) as ArchiveListing;
    } catch {
      return undefined;
    }
  }

  async putArchive(sha256: string, listing: ArchiveListing): Promise<void> {
    this.usedArchives.add(sha256);
    await writeFileAtomic(path.join(this.dir, 'archives', `${sha256}.json`), JSON.stringify(listing));
  }

  /**
   * Rewrites the stat index with the files of this run only, and removes the results and archive lists
   * no file of this run used: the cache holds what the folder holds, no more.
   */
  async close(): Promise<void> {
    for (const name of this.results) {
      if (!this.used.has(name)) await rm(path.join(this.dir, 'results', name), { force: true });
    }
    for (const name of await readdir(path.join(this.dir, 'archives'))) {
      if (name.endsWith('.json') && !this.usedArchives.has(name.slice(0, -5))) await rm(path.join(this.dir, 'archives', name), { force: true });
    }
    const text = [...this.seen.values()].sort((a, b) => (a.p < b.p ? -1 : a.p > b.p ? 1 : 0)).map((s) => JSON.stringify(s)).join('\n');
    await writeFileAtomic(this.journal, text ? `${text}\n` : '');
  }
}

/** Temporary file, then rename: a kill leaves the old file or the new one, never half of one. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/**
 * The cache key: spisovna's version, a hash of the compiled code and data that make a record (readers,
 * extractors, checks, pipeline, schema, data/), and the limits. A changed extractor gives a new key.
 */
export function cacheKey(version: string, settings: unknown): string {
  const hash = createHash('sha256');
  hash.update(`spisovna ${version}\n${JSON.stringify(settings)}\n`);
  const dist = fileURLToPath(new URL('..', workerDir()));
  const repo = path.dirname(dist);
  const roots = ['corpus', 'extractors', 'checks', 'pipeline', 'schema'].map((d) => path.join(dist, d));
  roots.push(path.join(repo, 'data'));
  for (const root of roots) for (const file of walk(root)) {
    if (!/\.(js|json)$/.test(file)) continue;
    hash.update(`${path.relative(repo, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function workerDir(): URL {
  // dist/pipeline/ (this file compiled) or, from the TypeScript source, the dist/pipeline/ beside it
  const here = new URL('./', import.meta.url);
  return existsSync(fileURLToPath(new URL('./worker.js', here))) ? here : new URL('../dist/pipeline/', import.meta.url);
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}
