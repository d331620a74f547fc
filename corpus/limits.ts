import type { ReadLimits } from './readers/types.js';

/** Defaults, documented in the README; every one can be set from the CLI. */
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxTextChars: 20 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxHtmlDepth: 512,
};

/** Limits of a batch run (ingest), beside the per-file read limits. */
export interface RunLimits {
  /** time one file may take in a worker before the worker is ended and the file fails with `timeout`, in ms */
  timeoutMs: number;
  /**
   * V8 heap of one parsing worker, in MB; a file that needs more fails with `out-of-memory`. A cap, not a
   * reservation: a worker uses 100–200 MB. Below 2 GB V8 grows the heap by smaller steps and marks far more
   * often; at 512 MB extraction ran 30 % slower and the checks 3 × (measured with SPISOVNA_TIMING=1).
   */
  maxWorkerMemoryMb: number;
  /** ZIP archives inside ZIP archives are opened this many levels deep */
  maxArchiveDepth: number;
  /** members of one archive, at most */
  maxArchiveMembers: number;
}

export const DEFAULT_RUN_LIMITS: RunLimits = {
  timeoutMs: 60_000,
  maxWorkerMemoryMb: 2048,
  maxArchiveDepth: 3,
  maxArchiveMembers: 10_000,
};
