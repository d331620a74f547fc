import type { Command } from 'commander';
import { DEFAULT_LIMITS, DEFAULT_RUN_LIMITS } from '../../corpus/limits.js';
import { UsageError } from '../../pipeline/errors.js';

const MB = 1024 * 1024;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read files, folders (recursively) and ZIP archives into records.jsonl, manifest.jsonl and CSV tables; re-runs read only new or changed files')
    .argument('<paths...>', 'files or folders to ingest')
    .requiredOption('-o, --out <dir>', 'output folder (the cache lives in <dir>/.cache)')
    .option('-j, --concurrency <n>', 'parsing workers (default: the number of cores)', (v) => positiveInt(v, '--concurrency'))
    .option('--timeout <seconds>', `time one file may take before it fails with "timeout" (default ${DEFAULT_RUN_LIMITS.timeoutMs / 1000})`, (v) => positiveNumber(v, '--timeout'))
    .option('--max-worker-memory <MB>', `heap of one parsing worker; a file that needs more fails with "out-of-memory" (default ${DEFAULT_RUN_LIMITS.maxWorkerMemoryMb})`, (v) => positiveInt(v, '--max-worker-memory'))
    .option('--max-file-size <MB>', `largest input file read (default ${DEFAULT_LIMITS.maxFileBytes / MB})`, (v) => positiveNumber(v, '--max-file-size'))
    .option('--max-text <Mchars>', `most text one document may give, in millions of characters (default ${DEFAULT_LIMITS.maxTextChars / MB})`, (v) => positiveNumber(v, '--max-text'))
    .option('--max-inflated <MB>', `most bytes a ZIP, DOCX or ODT may inflate to (default ${DEFAULT_LIMITS.maxInflatedBytes / MB})`, (v) => positiveNumber(v, '--max-inflated'))
    .option('--max-ratio <n>', `highest compression ratio of a ZIP member (default ${DEFAULT_LIMITS.maxCompressionRatio})`, (v) => positiveNumber(v, '--max-ratio'))
    .option('--max-html-depth <n>', `deepest HTML nesting read (default ${DEFAULT_LIMITS.maxHtmlDepth})`, (v) => positiveInt(v, '--max-html-depth'))
    .option('--max-archive-depth <n>', `ZIPs inside ZIPs opened this many levels deep (default ${DEFAULT_RUN_LIMITS.maxArchiveDepth})`, (v) => positiveInt(v, '--max-archive-depth'))
    .option('-q, --quiet', 'no progress on stderr')
    .action(async (paths: string[], opts: IngestFlags) => {
      const { ingest } = await import('../../pipeline/ingest.js');
      const result = await ingest(paths, {
        out: opts.out,
        concurrency: opts.concurrency,
        quiet: opts.quiet,
        limits: {
          ...(opts.maxFileSize ? { maxFileBytes: Math.round(opts.maxFileSize * MB) } : {}),
          ...(opts.maxText ? { maxTextChars: Math.round(opts.maxText * MB) } : {}),
          ...(opts.maxInflated ? { maxInflatedBytes: Math.round(opts.maxInflated * MB) } : {}),
          ...(opts.maxRatio ? { maxCompressionRatio: opts.maxRatio } : {}),
          ...(opts.maxHtmlDepth ? { maxHtmlDepth: opts.maxHtmlDepth } : {}),
        },
        run: {
          ...(opts.timeout ? { timeoutMs: Math.round(opts.timeout * 1000) } : {}),
          ...(opts.maxWorkerMemory ? { maxWorkerMemoryMb: opts.maxWorkerMemory } : {}),
          ...(opts.maxArchiveDepth ? { maxArchiveDepth: opts.maxArchiveDepth } : {}),
        },
      });
      const { stats } = result;
      for (const f of result.failed) process.stderr.write(`spisovna: ${f.path}: ${f.reason}\n`);
      const s = stats.byStatus;
      process.stderr.write(
        `spisovna: ${stats.entries} entries (${stats.files} files): ${s.ok} ok, ${s.failed} failed, ${s.duplicate} duplicate, ${s.skipped} skipped` +
          ` → ${opts.out}/records.jsonl (${stats.records} records) in ${(result.ms / 1000).toFixed(2)} s;` +
          ` read ${stats.hashed}, parsed ${stats.parsed}, from cache ${stats.cached}\n`,
      );
      if (s.failed) process.exitCode = 1;
    });
}

interface IngestFlags {
  out: string;
  concurrency?: number;
  quiet?: boolean;
  timeout?: number;
  maxWorkerMemory?: number;
  maxFileSize?: number;
  maxText?: number;
  maxInflated?: number;
  maxRatio?: number;
  maxHtmlDepth?: number;
  maxArchiveDepth?: number;
}

export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes a whole number above 0, not "${value}"`);
  return n;
}

export function positiveNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} takes a number above 0, not "${value}"`);
  return n;
}
