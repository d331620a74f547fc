import { parentPort } from 'node:worker_threads';
import { processBytes } from './process.js';
import { takeStageTimes } from './timing.js';
import type { ReadLimits } from '../corpus/readers/index.js';

/** A job for a parsing worker: one file's bytes, its display path and the limits. */
export interface WorkerJob {
  id: number;
  path: string;
  bytes: Uint8Array;
  limits: ReadLimits;
}

/**
 * A result goes back as JSON text: posting one string costs the worker less than the structured clone of a
 * record's many small objects.
 */
export type WorkerReply = { type: 'ready' } | { type: 'done'; id: number; json: string; times?: Record<string, number> };

/**
 * The parsing worker: runs processBytes (which never throws) for each job it is sent. A job that hangs,
 * overflows the stack beyond recovery or runs out of memory ends this thread, not the batch: the pool
 * replaces the worker and fails that one file.
 */
if (parentPort) {
  const port = parentPort;
  port.on('message', (job: WorkerJob) => {
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    void processBytes(bytes, job.path, job.limits).then((processed) => {
      const reply: WorkerReply = { type: 'done', id: job.id, json: JSON.stringify(processed), times: takeStageTimes() };
      port.postMessage(reply);
    });
  });
  const ready: WorkerReply = { type: 'ready' };
  port.postMessage(ready);
}
