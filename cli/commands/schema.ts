import type { Command } from 'commander';
import { toJsonSchema } from '../../schema/index.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of a record')
    .action(() => {
      process.stdout.write(`${JSON.stringify(toJsonSchema(), null, 2)}\n`);
    });
}
