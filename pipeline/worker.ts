import { parentPort, workerData } from 'node:worker_threads';
import { takeStageTimes } from './timing.js';
import type { ReadLimits } from '../corpus/readers/index.js';

/**
 * A job for a parsing worker: a whole file (`process`), or one of its halves — `read` its bytes into a
 * document, or `record` a document read by another worker (the JSON text that worker sent back).
 */
export type WorkerJob =
  | { id: number; kind: 'process' | 'read'; path: string; bytes: Uint8Array; limits: ReadLimits }
  | { id: number; kind: 'record'; json: string };

/** The jobs a worker is started for: their code loads before it says it is ready. */
export type WorkerRole = 'process' | 'read' | 'record';

/**
 * A result goes back as JSON text: posting one string costs the worker less than the structured clone of a
 * record's many small objects. For a `read` job, `failed` says whether the text is a failed result
 * (Processed) or the document read (ReadOutcome), which goes on to a `record` job as it is.
 */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; json: string; failed?: boolean; times?: Record<string, number> };

/**
 * The parsing worker: runs each job it is sent (the stage functions never throw). A job that hangs,
 * overflows the stack beyond recovery or runs out of memory ends this thread, not the batch: the pool
 * replaces the worker and fails that one file. A worker loads the code of its role before it says it is
 * ready, and other code only when a job needs it: a reader never compiles the extractors, a recorder never
 * loads pdf.js (pdf.js itself loads with the first PDF).
 */
const load = {
  process: () => import('./process.js'),
  read: () => import('./read.js'),
  record: () => import('./record.js'),
};

if (parentPort) {
  const port = parentPort;
  const role = ((workerData as { role?: WorkerRole } | undefined)?.role ?? 'process');
  const done = (id: number, json: string, failed?: boolean) => {
    const reply: WorkerReply = { type: 'done', id, json, ...(failed ? { failed } : {}), times: takeStageTimes() };
    port.postMessage(reply);
  };
  port.on('message', (job: WorkerJob) => {
    void (async () => {
      if (job.kind === 'record') {
        const { recordStage } = await load.record();
        done(job.id, JSON.stringify(recordStage(JSON.parse(job.json))));
        return;
      }
      const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
      if (job.kind === 'read') {
        const { readStage } = await load.read();
        const read = await readStage(bytes, job.path, job.limits);
        if ('failed' in read) done(job.id, JSON.stringify(read.failed), true);
        else done(job.id, JSON.stringify(read));
        return;
      }
      const { processBytes } = await load.process();
      done(job.id, JSON.stringify(await processBytes(bytes, job.path, job.limits)));
    })();
  });
  void load[role]().then(() => {
    const ready: WorkerReply = { type: 'ready' };
    port.postMessage(ready);
  });
}
