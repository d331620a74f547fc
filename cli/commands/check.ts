import { Option, type Command } from 'commander';
import { UsageError } from '../../pipeline/errors.js';
import type { Severity } from '../../schema/index.js';

interface CheckOptions {
  json?: boolean;
  rule?: string[];
  severity?: Severity;
  config?: string;
  cross?: boolean;
  listRules?: boolean;
}

/**
 * `spisovna check DIR`: the flags of every record in DIR/records.jsonl plus the cross-document checks, one line
 * each (`path:line:col severity rule message`), then a summary per rule. Exit 1 when an error-severity flag
 * remains after the config and the filters, 0 otherwise (2 on usage errors, from the one catch in cli/main.ts).
 */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('report the data-check flags of an output folder (and checks across its documents)')
    .argument('[dir]', 'an ingest output folder (with records.jsonl)')
    .option('--json', 'print the report as JSON instead of lines')
    .option('--rule <id...>', 'only these rules (repeatable)')
    .addOption(new Option('--severity <level>', 'only flags at or above this severity').choices(['error', 'warning', 'info']))
    .option('--config <file>', 'severities per rule (JSON, default DIR/spisovna.config.json or ./spisovna.config.json)')
    .option('--no-cross', 'skip the checks across documents')
    .option('--list-rules', 'print the rules with their default severity and exit')
    .action(async (dir: string | undefined, opts: CheckOptions) => {
      const [{ RULES }, { CROSS_RULES }, { buildReport, formatLine, knownRules, loadConfig, loadTexts, readRecordsFrom, summarise }] = await Promise.all([
        import('../../checks/index.js'), import('../../checks/cross/index.js'), import('../../checks/report.js'),
      ]);
      if (opts.listRules) {
        for (const r of [...RULES, ...CROSS_RULES]) process.stdout.write(`${r.id.padEnd(22)} ${r.severity.padEnd(8)} ${r.description}\n`);
        return;
      }
      if (!dir) throw new UsageError('check: give an output folder (spisovna check DIR)');
      const known = knownRules();
      const unknown = (opts.rule ?? []).filter((r) => !known.includes(r));
      if (unknown.length) throw new UsageError(`--rule ${unknown[0]}: unknown rule (known: ${known.join(', ')})`);
      const config = await loadConfig(opts.config, dir);
      if (opts.cross === false) config.cross = false;
      const records = await readRecordsFrom(dir);
      const loaded = await loadTexts(dir, records);
      const { missing } = loaded;
      if (missing.length) {
        process.stderr.write(`spisovna: no text for ${missing.length} of ${records.length} documents (line:col 0:0), e.g. ${missing[0]}\n`);
      }
      const flags = buildReport(records, loaded, config, { rules: opts.rule, minSeverity: opts.severity });
      const summary = summarise(flags);
      const documents = new Set(flags.map((f) => f.id)).size;
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ flags, summary, documents: records.length }, null, 2)}\n`);
      } else {
        for (const f of flags) process.stdout.write(`${formatLine(f)}\n`);
        if (flags.length) process.stdout.write('\n');
        for (const row of summary) {
          const parts = (['error', 'warning', 'info'] as const).filter((s) => row[s]).map((s) => `${row[s]} ${s}`);
          process.stdout.write(`${row.rule.padEnd(22)} ${parts.join(', ')}\n`);
        }
        process.stdout.write(`${flags.length} flags in ${documents} of ${records.length} documents\n`);
      }
      if (flags.some((f) => f.severity === 'error')) process.exitCode = 1;
    });
}
