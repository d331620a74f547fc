import type { Command } from 'commander';
import { readRecords, writeSearchIndex } from '../../search/index-build.js';

/** `spisovna index DIR`: (re)builds DIR/index/ (and DIR/texts.jsonl when missing) from DIR/records.jsonl. */
export function registerIndex(program: Command): void {
  program
    .command('index')
    .description('build the search index DIR/index/ from DIR/records.jsonl (texts from DIR/texts.jsonl, else the source files)')
    .argument('<dir>', 'an ingest output folder')
    .action(async (dir: string) => {
      const started = performance.now();
      const records = await readRecords(dir);
      const files = await writeSearchIndex(dir, records);
      process.stderr.write(
        `spisovna: indexed ${records.length} records → ${files.map((f) => `${dir}/${f}`).join(', ')} in ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
      );
    });
}
