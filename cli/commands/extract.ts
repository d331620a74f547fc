import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DEFAULT_LIMITS } from '../../corpus/limits.js';
import { UsageError } from '../../pipeline/errors.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read one file and print its record as JSON on stdout')
    .argument('<file>', 'the document')
    .option('--compact', 'one line instead of indented JSON')
    .action(async (file: string, opts: { compact?: boolean }) => {
      const bytes = await readFile(file).catch(() => {
        throw new UsageError(`cannot read file: ${file}`);
      });
      const { processBytes } = await import('../../pipeline/process.js');
      const { record, entry } = await processBytes(bytes, file, DEFAULT_LIMITS);
      if (!record) {
        process.stderr.write(`spisovna: ${file}: ${entry.reason}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${JSON.stringify(record, null, opts.compact ? undefined : 2)}\n`);
    });
}
