import type { Command } from 'commander';
import { UsageError } from '../../pipeline/errors.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('open an output folder of ingest as a local web application (in Czech): search, records, flags, timeline')
    .argument('<dir>', 'output folder of spisovna ingest')
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', (v) => port(v), 8080)
    .option('--host <host>', 'address to bind; the default serves this computer only', '127.0.0.1')
    .action(async (dir: string, opts: { port: number; host: string }) => {
      const { isLoopback, startServer } = await import('../../server/index.js');
      const running = await startServer({ dir, port: opts.port, host: opts.host, log: (line) => process.stderr.write(`${line}\n`) });
      for (const warning of running.data.warnings) process.stderr.write(`spisovna: ${warning}\n`);
      if (!isLoopback(opts.host)) process.stderr.write(`spisovna: warning: listening on ${opts.host}, reachable from other computers\n`);
      process.stderr.write(`spisovna: ${running.data.ordered.length} records from ${dir} at ${running.url} (Ctrl+C stops)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => void running.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${value}"`);
  return n;
}
