import { createReadStream, existsSync } from 'node:fs';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import PQueue from 'p-queue';
import type { Format, ManifestEntry, ManifestStatus } from '../schema/index.js';
import { DEFAULT_LIMITS, DEFAULT_RUN_LIMITS, type RunLimits } from '../corpus/limits.js';
import { readerFor, type ReadLimits } from '../corpus/readers/index.js';
import { isZip } from '../corpus/zip.js';
import { VERSION } from '../cli/version.js';
import { OUTPUT_FILES } from '../output/index.js';
import { isArchive, listArchive, readMember, MEMBER_SEPARATOR } from './archive.js';
import { Cache, cacheKey, writeFileAtomic, type ArchiveListing, type FileStat } from './cache.js';
import { discover, type InputFile } from './discover.js';
import { failureReason } from './errors.js';
import type { Processed } from './process.js';
import { Parser } from './pool.js';
import { Progress } from './progress.js';
import { ByteWindow } from './window.js';
import { sha256 } from './read.js';
import { OutputWriter } from './write.js';
import type { SearchIndexBuilder } from '../search/index-build.js';

export interface IngestOptions {
  out: string;
  /** parsing workers; the number of cores by default */
  concurrency?: number;
  limits?: Partial<ReadLimits>;
  run?: Partial<RunLimits>;
  quiet?: boolean;
}

/** What a run did, for the summary and `OUT/.cache/last-run.json`: proof that a re-run reads nothing. */
export interface IngestStats {
  /** input files found */
  files: number;
  /** manifest entries: files plus archive members */
  entries: number;
  records: number;
  /** files (and archives) whose bytes were read to hash them: new or changed since the last run */
  hashed: number;
  /** files sent to a parsing worker */
  parsed: number;
  /** files whose result came from the cache */
  cached: number;
  byStatus: Record<ManifestStatus, number>;
}

export interface IngestResult {
  stats: IngestStats;
  /** the failed entries, for the CLI to list */
  failed: ManifestEntry[];
  files: string[];
  ms: number;
}

/** One manifest entry to be: an input file or a member of an archive. */
interface Unit {
  path: string;
  sha256: string;
  bytes: number;
  source: { file: string } | { parent: Unit; name: string };
  depth: number;
  archive?: boolean;
  /** why the unit failed before parsing (unreadable, too large, a bad archive member) */
  reason?: string;
  format?: Format | 'unknown';
}

const HASH_CONCURRENCY = 4;
/** Input bytes in flight (read, parsing, waiting for the second half) beyond the first two files per worker. */
const IN_FLIGHT_BYTES = 64 * 1024 * 1024;
/** Files above this size are hashed as a stream rather than read whole (unless they are ZIP archives). */
const STREAM_HASH_BYTES = 16 * 1024 * 1024;
/** The records' normalised texts, one `{ id, text, headings }` a line, for the search index. */
const TEXTS_FILE = 'texts.jsonl';

/**
 * The main job, stage by stage: discover → hash (reading only new or changed files) → open archives →
 * parse in a pool of workers what the cache does not hold → write the outputs, streamed in path order.
 * Every input file and archive member gets exactly one manifest entry; the same content under another
 * name is a `duplicate` of the first in path order; two runs over the same input are byte-identical,
 * and a run killed at any moment picks up where it stopped.
 */
export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const phase = phaseTimer(started);
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const run: RunLimits = { ...DEFAULT_RUN_LIMITS, ...options.run };
  const workers = options.concurrency ?? os.availableParallelism();
  const files = await discover(inputs, process.cwd(), [options.out]);
  const cache = await Cache.open(options.out, cacheKey(VERSION, { limits, run }));
  const stats: IngestStats = {
    files: files.length, entries: 0, records: 0, hashed: 0, parsed: 0, cached: 0,
    byStatus: { ok: 0, failed: 0, duplicate: 0, skipped: 0 },
  };
  const memo = new ArchiveMemo(limits);

  // 1. hash: the stat index answers for unchanged files; new or changed ones are read
  const tops: Unit[] = new Array(files.length);
  const hashQueue = new PQueue({ concurrency: HASH_CONCURRENCY });
  files.forEach((file, i) => void hashQueue.add(async () => {
    tops[i] = await hashFile(file, cache, limits, run, stats);
  }));
  await hashQueue.onIdle();
  phase('hash');

  // 2. open archives, in path order (their member lists are cached by content)
  const units: Unit[] = [];
  const seen = new Set<string>();
  const expand = async (unit: Unit): Promise<void> => {
    units.push(unit);
    if (unit.reason) return;
    const dup = seen.has(unit.sha256);
    seen.add(unit.sha256);
    if (!unit.archive || dup) return;
    let listing = await cache.getArchive(unit.sha256);
    if (!listing) {
      try {
        listing = listArchive(await memo.bytes(unit), limits, run.maxArchiveMembers);
      } catch (err) {
        listing = { reason: failureReason(err), members: [] };
      }
      await cache.putArchive(unit.sha256, listing);
    }
    if (listing.reason) { unit.reason = listing.reason; return; }
    for (const m of listing.members) {
      const member: Unit = {
        path: `${unit.path}${MEMBER_SEPARATOR}${m.name}`, sha256: m.sha256, bytes: m.bytes,
        source: { parent: unit, name: m.name }, depth: unit.depth + 1,
      };
      if (m.reason) member.reason = m.reason;
      else if (m.archive) {
        member.format = 'zip';
        if (member.depth >= run.maxArchiveDepth) member.reason = `too-deep: archive: archives nested more than ${run.maxArchiveDepth} levels deep are not opened`;
        else member.archive = true;
      }
      await expand(member);
    }
  };
  for (const top of tops) await expand(top);
  phase('archives');

  // 3. parse what the cache does not hold, in a pool of workers, each file under a time limit; and
  // 4. write the outputs, streamed in path order, as the results come in: by the time the last file is
  //    parsed, the outputs and the search index hold all the others
  const firsts = new Set<string>();
  const todo: Unit[] = [];
  for (const u of units) {
    if (u.reason || firsts.has(u.sha256)) continue;
    firsts.add(u.sha256);
    if (u.archive) continue;
    if (cache.hasResult(cache.resultName(u.sha256, u.path))) stats.cached++;
    else todo.push(u);
  }
  /** results still being parsed, by cache name: the writer waits for each in turn */
  const parsing = new Map<string, Deferred>();
  for (const u of todo) parsing.set(cache.resultName(u.sha256, u.path), deferred());
  const writer = await OutputWriter.open(options.out);
  writer.openExtra(TEXTS_FILE);
  // the workers start now: they load their modules while this thread loads the search index code (lunr,
  // the Czech analyzer); nothing that can fail stands between here and the `finally` that closes them
  const newPool = () => new Parser(workers, { timeoutMs: run.timeoutMs, maxWorkerMemoryMb: run.maxWorkerMemoryMb });
  let pool = todo.length ? newPool() : undefined;
  const indexModule = import('../search/index-build.js');
  // the index is built beside the writer when there is something new; a run from the cache alone keeps it
  let indexBuilder: SearchIndexBuilder | undefined;
  let indexComplete = true;
  const building = todo.length > 0;
  const failed: ManifestEntry[] = [];
  // a cached result that cannot be read back is parsed again (in the pool, started if need be)
  const reparse = async (unit: Unit, name: string): Promise<Processed> => {
    const processed = await parseUnit(unit, memo, (pool ??= newPool()), limits);
    stats.parsed++;
    stats.cached--;
    await cache.putResult(name, processed);
    return processed;
  };
  const writing = writeOutputs(units, cache, parsing, reparse, async (entry, processed) => {
    await writer.add(entry, processed?.record);
    if (processed?.record && processed.text) await writer.addLine(TEXTS_FILE, JSON.stringify(processed.text));
    if (processed?.record) {
      if (!processed.text) indexComplete = false;
      else if (building) (indexBuilder ??= new (await indexModule).SearchIndexBuilder()).add(processed.record, processed.text);
    }
    stats.byStatus[entry.status]++;
    if (entry.status === 'failed') failed.push(entry);
  });
  writing.catch(() => undefined); // awaited below; a failure of the parse stage comes first

  const progress = new Progress(todo.length, process.stderr, options.quiet);
  let fatal: unknown;
  if (pool) {
    const parsePool = pool;
    // files in flight: enough that no worker waits for the disk or for the other half of a file (a reader
    // runs ahead while its recorder starts up: with 12 in flight the reader idled ~0.3 s of a 3 s run), and
    // within a byte budget beyond the first few, so memory stays flat
    const readQueue = new PQueue({ concurrency: workers * 16 });
    const window = new ByteWindow(workers * 2, IN_FLIGHT_BYTES);
    try {
      for (const unit of todo) {
        const name = cache.resultName(unit.sha256, unit.path);
        readQueue.add(async () => {
          await window.enter(unit.bytes);
          try {
            const processed = await parseUnit(unit, memo, parsePool, limits);
            stats.parsed++;
            await cache.putResult(name, processed);
            parsing.get(name)!.resolve();
            progress.tick(unit.bytes);
          } finally {
            window.leave(unit.bytes);
          }
        }).catch((err: unknown) => {
          // not a bad file (those are results) but a batch that cannot go on: a worker that does not
          // start, a full disk; what is done so far stays in the cache for the next run
          fatal ??= err;
          readQueue.clear();
        });
      }
      await readQueue.onIdle();
    } catch (err) {
      fatal ??= err;
    }
  }
  phase('parse');
  try {
    if (fatal) {
      for (const d of parsing.values()) d.reject(fatal);
      await writing.catch(() => undefined);
      throw fatal;
    }
    await writing;
  } catch (err) {
    await writer.abort();
    throw err;
  } finally {
    memo.clear();
    // the pool closes once the writer is done: it may still parse a cached result that cannot be read
    if (pool) {
      await pool.close();
      const times = Object.entries(pool.stageTimes).sort((a, b) => b[1] - a[1]);
      if (times.length) process.stderr.write(`spisovna: timing in workers: ${times.map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`).join(', ')}\n`);
    }
  }
  stats.entries = writer.entries;
  stats.records = writer.records;
  const written = await writer.close();
  phase('write');
  const { INDEX_DIR, INDEX_FORMAT, saveSearchIndex, writeSearchIndex } = await indexModule;
  // the search index of the same records and texts is there already: not built again (a marker written
  // after the index says which records it holds, so an index cut short by a kill is built again)
  const indexOf = `${INDEX_FORMAT} ${writer.digests.get(OUTPUT_FILES.records)} ${writer.digests.get(TEXTS_FILE)}\n`;
  const marker = path.join(cache.root, 'index-of');
  const sameIndex = existsSync(path.join(options.out, INDEX_DIR, 'meta.json')) && (await readFile(marker, 'utf8').catch(() => '')) === indexOf;
  if (!sameIndex) {
    await rm(marker, { force: true });
    // a record without its text (a cache entry of an older run) has it read again by writeSearchIndex
    if (indexBuilder && indexComplete) written.push(...(await saveSearchIndex(indexBuilder.finish(), options.out)));
    else written.push(...(await writeSearchIndex(options.out)));
    await writeFileAtomic(marker, indexOf);
  }
  phase('index');
  await cache.close();
  await writeFileAtomic(path.join(cache.root, 'last-run.json'), `${JSON.stringify(stats, null, 2)}\n`);
  return { stats, failed, files: written, ms: performance.now() - started };
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
  promise.catch(() => undefined); // a rejection nobody waits for (the writer stopped) is no error of its own
  return { promise, resolve, reject };
}

/**
 * One manifest entry per unit, in path order: failures found before parsing, duplicates of the first unit
 * with the same content, archives, and the parsed results (waiting for those still being parsed).
 */
async function writeOutputs(
  units: readonly Unit[],
  cache: Cache,
  parsing: ReadonlyMap<string, Deferred>,
  reparse: (unit: Unit, name: string) => Promise<Processed>,
  add: (entry: ManifestEntry, processed?: Processed) => Promise<void>,
): Promise<void> {
  const firstBySha = new Map<string, ManifestEntry>();
  for (const u of units) {
    const base = { sha256: u.sha256, format: u.format ?? 'unknown', bytes: u.bytes } as const;
    const first = firstBySha.get(u.sha256);
    if (u.reason) {
      const entry: ManifestEntry = { path: u.path, status: 'failed', reason: u.reason, ...base };
      // the same bytes fail the same way (a too-deep archive member excepted: at the top it opens)
      if (u.sha256 && !first && !u.reason.startsWith('too-deep')) firstBySha.set(u.sha256, entry);
      await add(entry);
      continue;
    }
    if (first) {
      if (first.status === 'ok') {
        const dup: ManifestEntry = { path: u.path, status: 'duplicate', duplicateOf: first.path, ...(first.id ? { id: first.id } : {}), sha256: u.sha256, format: first.format, bytes: u.bytes };
        await add(dup);
      } else {
        await add({ ...first, path: u.path });
      }
      continue;
    }
    if (u.archive) {
      const entry: ManifestEntry = { path: u.path, status: 'ok', sha256: u.sha256, format: 'zip', bytes: u.bytes };
      firstBySha.set(u.sha256, entry);
      await add(entry);
      continue;
    }
    const name = cache.resultName(u.sha256, u.path);
    await parsing.get(name)?.promise;
    const processed = (await cache.getResult(name, u.path)) ?? (await reparse(u, name));
    firstBySha.set(u.sha256, processed.entry);
    await add(processed.entry, processed);
  }
}

/** With SPISOVNA_TIMING set, each stage's wall time on stderr: where a run spends its time. */
function phaseTimer(started: number): (name: string) => void {
  let last = started;
  return (name) => {
    if (!process.env.SPISOVNA_TIMING) return;
    const now = performance.now();
    process.stderr.write(`spisovna: timing ${name} ${((now - last) / 1000).toFixed(3)} s\n`);
    last = now;
  };
}

/** Stat, then the stat index or a read: the file's hash and whether it is an archive to open. */
async function hashFile(file: InputFile, cache: Cache, limits: ReadLimits, run: RunLimits, stats: IngestStats): Promise<Unit> {
  const unit: Unit = { path: file.path, sha256: '', bytes: 0, source: { file: file.absolute }, depth: 0 };
  let st: FileStat;
  try {
    const s = await stat(file.absolute);
    st = { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
    unit.bytes = s.size;
    const known = cache.knownHash(file.absolute, st);
    if (known) {
      unit.sha256 = known.sha256;
      if (known.archive) { unit.archive = true; unit.format = 'zip'; }
    } else if (s.size > limits.maxFileBytes || (s.size > STREAM_HASH_BYTES && !(await startsLikeZip(file.absolute)))) {
      // big files are hashed as a stream (only an archive needs its bytes whole, to be listed)
      stats.hashed++;
      unit.sha256 = await hashStream(file.absolute);
      cache.rememberHash(file.absolute, st, unit.sha256, false);
    } else {
      stats.hashed++;
      const bytes = await readFile(file.absolute);
      unit.sha256 = sha256(bytes);
      if (isArchive(bytes, file.path)) {
        unit.archive = true;
        unit.format = 'zip';
        if (!(await cache.getArchive(unit.sha256))) await cache.putArchive(unit.sha256, safeListing(bytes, limits, run));
      }
      cache.rememberHash(file.absolute, st, unit.sha256, unit.archive === true);
    }
  } catch (err) {
    unit.reason = `unreadable: read: ${failureReason(err).replace(/^error: /, '')}`;
    return unit;
  }
  if (unit.bytes > limits.maxFileBytes) {
    unit.reason = `too-large: reader: file of ${unit.bytes} bytes exceeds the limit of ${limits.maxFileBytes}`;
  }
  return unit;
}

function safeListing(bytes: Uint8Array, limits: ReadLimits, run: RunLimits): ArchiveListing {
  try {
    return listArchive(bytes, limits, run.maxArchiveMembers);
  } catch (err) {
    return { reason: failureReason(err), members: [] };
  }
}

async function startsLikeZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return isZip(Buffer.concat([head, Buffer.alloc(18)]));
  } finally {
    await handle.close();
  }
}

async function hashStream(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Reads a unit's bytes and parses them in the pool; the pool's own failures get the hash and format. */
async function parseUnit(unit: Unit, memo: ArchiveMemo, parser: Parser, limits: ReadLimits): Promise<Processed> {
  let bytes: Buffer;
  try {
    bytes = await memo.bytes(unit);
  } catch (err) {
    return { entry: { path: unit.path, status: 'failed', reason: `unreadable: read: ${failureReason(err).replace(/^error: /, '')}`, sha256: unit.sha256, format: 'unknown', bytes: unit.bytes } };
  }
  const format = sniffFormat(bytes, unit.path);
  const processed = await parser.parse(unit.path, bytes, limits);
  if (!processed.entry.sha256) processed.entry = { ...processed.entry, sha256: unit.sha256, format };
  return processed;
}

function sniffFormat(bytes: Uint8Array, file: string): Format | 'unknown' {
  try {
    return bytes.length ? readerFor(bytes, file).format : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The bytes of a file or an archive member; an archive's bytes are kept while its members are read
 * (the last few archives only, so memory stays bounded).
 */
class ArchiveMemo {
  private readonly held = new Map<Unit, Promise<Buffer>>();

  constructor(private readonly limits: ReadLimits) {}

  async bytes(unit: Unit): Promise<Buffer> {
    if ('file' in unit.source) return readFile(unit.source.file);
    const { parent, name } = unit.source;
    let parentBytes = this.held.get(parent);
    if (!parentBytes) {
      parentBytes = this.bytes(parent);
      this.held.set(parent, parentBytes);
      if (this.held.size > 4) this.held.delete(this.held.keys().next().value!);
    }
    return readMember(await parentBytes, name, this.limits);
  }

  clear(): void {
    this.held.clear();
  }
}
