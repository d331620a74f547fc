import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import PQueue from 'p-queue';
import type { ReadLimits } from '../corpus/readers/index.js';
import { SpisovnaError } from './errors.js';
import type { Processed } from './process.js';
import type { WorkerJob, WorkerReply, WorkerRole } from './worker.js';
import { addStageTimes } from './timing.js';

export interface PoolOptions {
  /** workers, one per core by default */
  size: number;
  /** time a file may take before its worker is ended, in milliseconds */
  timeoutMs: number;
  /** V8 old-generation heap of a worker, in MB; a file that needs more fails alone */
  maxWorkerMemoryMb: number;
  /** the jobs the workers are started for (their code loads at start); default `process`, whole files */
  role?: WorkerRole;
}

type Done = Extract<WorkerReply, { type: 'done' }>;
/** A job's end: the worker's reply, or the failed result of a job whose worker timed out or crashed. */
type Outcome = { reply: Done } | { failed: Processed };

/** Tries to start a worker before the batch gives up (a broken build cannot parse anything). */
const START_ATTEMPTS = 3;

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

interface Pending {
  resolve(o: Outcome): void;
  path: string;
  bytes: number;
  timer: NodeJS.Timeout;
  slot: Slot;
}

/** A job as sent, less the id the pool gives it; with the file it is about, for a failure's manifest entry. */
interface JobSpec {
  job: WorkerJob extends infer J ? (J extends unknown ? Omit<J, 'id'> : never) : never;
  transfer: ArrayBuffer[];
  path: string;
  bytes: number;
  /** time the job may take; default the pool's */
  timeoutMs?: number;
  /** the limit a timeout names; default timeoutMs */
  limitMs?: number;
}

/**
 * The compiled worker: beside this file in dist/, or dist/pipeline/worker.js when this module runs from
 * its TypeScript source (vitest).
 */
export function workerFile(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../dist/pipeline/worker.js', import.meta.url);
}

/**
 * A pool of parsing workers (node:worker_threads). `run` sends a whole file to a free worker, `read` and
 * `record` one of its halves (see Parser), and each resolves with the result; none rejects for a bad file.
 * A timeout ends the worker and fails the file with `timeout`; a crash or an out-of-memory fails it with
 * `crash` or `out-of-memory`; a fresh worker takes the place. Callers keep at most `size` jobs in flight
 * (p-queue does the scheduling).
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  /** milliseconds by stage, summed over the workers (SPISOVNA_TIMING) */
  readonly stageTimes: Record<string, number> = {};
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.options.size;
  }

  /** A whole file: read → record in one worker. */
  async run(path: string, bytes: Uint8Array, limits: ReadLimits): Promise<Processed> {
    const o = await this.send({ job: { kind: 'process', path, bytes, limits }, transfer: ownBuffer(bytes), path, bytes: bytes.byteLength });
    return 'failed' in o ? o.failed : (JSON.parse(o.reply.json) as Processed);
  }

  /** A file's first half: its document as JSON text for `record`, or its failed result. */
  async read(path: string, bytes: Uint8Array, limits: ReadLimits): Promise<{ json: string } | { failed: Processed }> {
    const o = await this.send({ job: { kind: 'read', path, bytes, limits }, transfer: ownBuffer(bytes), path, bytes: bytes.byteLength });
    if ('failed' in o) return o;
    return o.reply.failed ? { failed: JSON.parse(o.reply.json) as Processed } : { json: o.reply.json };
  }

  /** A file's second half, from the JSON text `read` gave, within what is left of the file's time. */
  async record(path: string, bytes: number, json: string, timeoutMs: number): Promise<Processed> {
    const o = await this.send({ job: { kind: 'record', json }, transfer: [], path, bytes, timeoutMs, limitMs: this.options.timeoutMs });
    return 'failed' in o ? o.failed : (JSON.parse(o.reply.json) as Processed);
  }

  private async send(spec: JobSpec): Promise<Outcome> {
    let slot: Slot | undefined;
    for (let attempt = 1; ; attempt++) {
      slot = this.slots.find((s) => !s.busy);
      if (!slot) throw new Error('pipeline/pool: more runs in flight than workers');
      slot.busy = true;
      try {
        await slot.ready;
        break;
      } catch (err) {
        // a worker that cannot even start (a broken build, no memory): try afresh, then give up the batch
        this.replace(slot);
        if (attempt >= START_ATTEMPTS) {
          throw new SpisovnaError('pipeline/pool', `a parsing worker does not start: ${(err as Error).message.split('\n')[0]}`, 'worker-start');
        }
      }
    }
    const id = this.nextId++;
    const timeoutMs = spec.timeoutMs ?? this.options.timeoutMs;
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => this.fail(id, 'timeout', `no result within ${fmtSeconds(spec.limitMs ?? timeoutMs)}; worker ended`), timeoutMs);
      this.pending.set(id, { resolve, path: spec.path, bytes: spec.bytes, timer, slot });
      slot.worker.postMessage({ ...spec.job, id } as WorkerJob, spec.transfer);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(workerFile(), {
      workerData: { role: this.options.role ?? 'process' },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxWorkerMemoryMb },
      stdout: false,
      stderr: false,
    });
    let markReady!: () => void;
    let failStart!: (err: Error) => void;
    let started = false;
    const slot: Slot = { worker, busy: false, ready: new Promise<void>((resolve, reject) => { markReady = resolve; failStart = reject; }) };
    slot.ready.catch(() => undefined); // awaited by `run`; a spare worker that fails to start is no error by itself
    worker.on('message', (msg: WorkerReply) => {
      if (msg.type === 'ready') { started = true; markReady(); return; }
      addStageTimes(this.stageTimes, msg.times);
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      p.slot.busy = false;
      p.resolve({ reply: msg });
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (!started) { failStart(err); return; }
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message);
      const id = this.jobOf(slot);
      if (id !== undefined) {
        this.fail(id, oom ? 'out-of-memory' : 'crash', oom ? `worker ran out of memory (limit ${this.options.maxWorkerMemoryMb} MB)` : `worker crashed: ${err.message.split('\n')[0]}`);
      } else {
        this.replace(slot);
      }
    });
    worker.on('exit', (code) => {
      if (!started) { failStart(new Error(`worker exited with code ${code} before it was ready`)); return; }
      const id = this.jobOf(slot);
      if (id !== undefined) this.fail(id, 'crash', 'worker exited');
    });
    return slot;
  }

  private jobOf(slot: Slot): number | undefined {
    for (const [id, p] of this.pending) if (p.slot === slot) return id;
    return undefined;
  }

  /** Fails a job with a reason, ends its worker and puts a fresh one in its place. */
  private fail(id: number, code: string, message: string): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    clearTimeout(p.timer);
    this.replace(p.slot);
    p.resolve({ failed: {
      entry: { path: p.path, status: 'failed', reason: `${code}: worker: ${message}`, sha256: '', format: 'unknown', bytes: p.bytes },
    } });
  }

  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    slot.worker.removeAllListeners('exit');
    void slot.worker.terminate();
    if (this.closed) return;
    const fresh = this.spawn();
    this.slots[index] = fresh;
  }
}

/** The buffer of bytes that own the whole of it, to hand over without a copy; none otherwise. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer[] {
  const owns = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return owns ? [bytes.buffer as ArrayBuffer] : [];
}

function fmtSeconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s` : `${ms} ms`;
}

/**
 * How ingest parses files with `workers` threads. With one, each file is read and recorded whole in that
 * worker. From two on, a file's halves run in different workers: readers (pdf.js, mammoth, cheerio: bytes
 * to a document) and recorders (extractors, checks, validation: document to record), half the threads
 * each. A thread that runs one kind of code runs it faster, and each half pays its start-up — pdf.js, the
 * ~270 patterns of the extractors — in its own workers only (150 PDFs on two vCPUs: 3.4 s with two workers
 * each doing whole files, 3.1 s with a reader and a recorder, 5.4 s CPU instead of 6.4; `npm run bench:ingest`).
 * A file keeps one time limit over both halves; a crash or a timeout in either fails that file alone.
 */
export class Parser {
  private readonly whole?: { pool: WorkerPool; queue: PQueue };
  private readonly halves?: { readers: WorkerPool; reading: PQueue; recorders: WorkerPool; recording: PQueue };

  constructor(workers: number, private readonly options: Omit<PoolOptions, 'size' | 'role'>) {
    useBatchTierUp();
    if (workers < 2) {
      this.whole = { pool: new WorkerPool({ ...options, size: 1 }), queue: new PQueue({ concurrency: 1 }) };
      return;
    }
    const readers = Math.ceil(workers / 2);
    const recorders = workers - readers;
    this.halves = {
      readers: new WorkerPool({ ...options, size: readers, role: 'read' }),
      reading: new PQueue({ concurrency: readers }),
      recorders: new WorkerPool({ ...options, size: recorders, role: 'record' }),
      recording: new PQueue({ concurrency: recorders }),
    };
  }

  /** One file's result; never rejects for a bad file (a worker that cannot start fails the batch). */
  async parse(path: string, bytes: Uint8Array, limits: ReadLimits): Promise<Processed> {
    if (this.whole) {
      const { pool, queue } = this.whole;
      return (await queue.add(() => pool.run(path, bytes, limits)))!;
    }
    const { readers, reading, recorders, recording } = this.halves!;
    const size = bytes.byteLength;
    let readMs = 0;
    const read = (await reading.add(async () => {
      const started = performance.now();
      try {
        return await readers.read(path, bytes, limits);
      } finally {
        readMs = performance.now() - started;
      }
    }))!;
    if ('failed' in read) return read.failed;
    const left = Math.max(1, this.options.timeoutMs - readMs);
    return (await recording.add(() => recorders.record(path, size, read.json, left)))!;
  }

  private get pools(): WorkerPool[] {
    return this.whole ? [this.whole.pool] : [this.halves!.readers, this.halves!.recorders];
  }

  /** milliseconds by stage, summed over all workers (SPISOVNA_TIMING) */
  get stageTimes(): Record<string, number> {
    const total: Record<string, number> = {};
    for (const p of this.pools) addStageTimes(total, p.stageTimes);
    return total;
  }

  async close(): Promise<void> {
    await Promise.all(this.pools.map((p) => p.close()));
  }
}

/**
 * V8 optimises a function once it has run a budget of bytecode (`--interrupt-budget`, 66 KB by default). Over a
 * batch, each worker would compile with TurboFan, on its background threads, functions that are hot only for a
 * few documents — on the bench that was ~1.2 s of 5 s CPU, on two vCPUs shared with the parsing itself. Four
 * times the budget optimises the code that stays hot (pdf.js's text loop, the extractors' scanners) and little
 * else: 150 PDFs 2.6–2.7 → 2.5–2.6 s wall, 4.8 → 4.4–4.5 s CPU (interleaved runs, medians of 8). V8 flags hold for the whole
 * process; set before the workers start, they hold for them too. SPISOVNA_V8_DEFAULTS=1 leaves V8 as it is.
 */
const BATCH_INTERRUPT_BUDGET = 4 * 67_584;

function useBatchTierUp(): void {
  if (process.env.SPISOVNA_V8_DEFAULTS) return;
  v8.setFlagsFromString(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
}
