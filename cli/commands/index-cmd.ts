import type { Command } from 'commander';

/** `spisovna index DIR`: (re)builds DIR/index/ (and DIR/texts.jsonl when missing) from DIR/records.jsonl. */
export function registerIndex(program: Command): void {
  program
    .command('index')
    .description('build the search index DIR/index/ from DIR/records.jsonl (texts from DIR/texts.jsonl, else the source files)')
    .argument('<dir>', 'an ingest output folder')
    .action(async (dir: string) => {
      const started = performance.now();
      const { readRecords, writeSearchIndex } = await import('../../search/index-build.js');
      const records = await readRecords(dir);
      const files = await writeSearchIndex(dir, records);
      process.stderr.write(
        `spisovna: indexed ${records.length} records → ${files.map((f) => `${dir}/${f}`).join(', ')} in ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
      );
    });
}
