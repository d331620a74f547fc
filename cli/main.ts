import { Command, CommanderError } from 'commander';
import { SpisovnaError, UsageError } from '../pipeline/errors.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from './version.js';

/**
 * Exit codes: 0 ok; 1 some files failed (ingest) or error-severity flags (check); 2 usage or fatal error.
 * One catch at the top turns known errors into one line; `--debug` adds the stack.
 */
const program = new Command()
  .name('spisovna')
  .description('Czech social-services planning documents → validated, searchable, checkable records')
  .version(VERSION)
  .option('--debug', 'print stack traces of errors')
  .showHelpAfterError()
  .exitOverride();

for (const register of COMMANDS) register(program);

// output piped into a reader that stops early (`spisovna check DIR | head`): nothing more to say, no error
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = report(err, program.opts().debug === true || process.argv.includes('--debug'));
}

function report(err: unknown, debug: boolean): number {
  if (err instanceof CommanderError) {
    // commander has printed its message already; help and version exit 0
    return err.exitCode === 0 ? 0 : 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`spisovna: ${message}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  if (err instanceof UsageError || err instanceof SpisovnaError) return 2;
  return 2;
}
