import type { Command } from 'commander';
import { ingest } from '../../pipeline/ingest.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read files and folders (recursively) into records.jsonl, manifest.jsonl and CSV tables')
    .argument('<paths...>', 'files or folders to ingest')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('-j, --concurrency <n>', 'files read at once (default: the number of cores)', (v) => positiveInt(v, '--concurrency'))
    .option('-q, --quiet', 'no progress on stderr')
    .action(async (paths: string[], opts: { out: string; concurrency?: number; quiet?: boolean }) => {
      const result = await ingest(paths, { out: opts.out, concurrency: opts.concurrency, quiet: opts.quiet });
      const count = (s: string) => result.manifest.filter((e) => e.status === s).length;
      const failed = result.manifest.filter((e) => e.status === 'failed');
      for (const f of failed) process.stderr.write(`spisovna: ${f.path}: ${f.reason}\n`);
      process.stderr.write(
        `spisovna: ${result.manifest.length} files: ${count('ok')} ok, ${failed.length} failed, ${count('duplicate')} duplicate, ${count('skipped')} skipped` +
          ` → ${opts.out}/records.jsonl (${result.records.length} records) in ${(result.ms / 1000).toFixed(2)} s\n`,
      );
      if (failed.length) process.exitCode = 1;
    });
}

export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a whole number above 0, not "${value}"`);
  return n;
}
