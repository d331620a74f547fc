import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadLimits } from '../corpus/readers/index.js';
import { SpisovnaError } from './errors.js';
import type { Processed } from './process.js';
import type { WorkerJob, WorkerReply } from './worker.js';
import { addStageTimes } from './timing.js';

export interface PoolOptions {
  /** workers, one per core by default */
  size: number;
  /** time a file may take before its worker is ended, in milliseconds */
  timeoutMs: number;
  /** V8 old-generation heap of a worker, in MB; a file that needs more fails alone */
  maxWorkerMemoryMb: number;
}

/** Tries to start a worker before the batch gives up (a broken build cannot parse anything). */
const START_ATTEMPTS = 3;

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

interface Pending {
  resolve(p: Processed): void;
  path: string;
  bytes: number;
  timer: NodeJS.Timeout;
  slot: Slot;
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
 * A pool of parsing workers (node:worker_threads). `run` sends one file to a free worker and resolves
 * with its result; it never rejects. A timeout ends the worker and fails the file with `timeout`; a
 * crash or an out-of-memory fails it with `crash` or `out-of-memory`; a fresh worker takes the place.
 * Callers keep at most `size` runs in flight (p-queue does the scheduling).
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

  async run(path: string, bytes: Uint8Array, limits: ReadLimits): Promise<Processed> {
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
    return new Promise<Processed>((resolve) => {
      const timer = setTimeout(() => this.fail(id, 'timeout', `no result within ${fmtSeconds(this.options.timeoutMs)}; worker ended`), this.options.timeoutMs);
      this.pending.set(id, { resolve, path, bytes: bytes.byteLength, timer, slot });
      const job: WorkerJob = { id, path, bytes, limits };
      // hand the bytes over without a copy when they own their whole buffer
      const owns = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      slot.worker.postMessage(job, owns ? [bytes.buffer as ArrayBuffer] : []);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(workerFile(), {
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
      p.resolve(JSON.parse(msg.json) as Processed);
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
    p.resolve({
      entry: { path: p.path, status: 'failed', reason: `${code}: worker: ${message}`, sha256: '', format: 'unknown', bytes: p.bytes },
    });
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

function fmtSeconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s` : `${ms} ms`;
}
