import type { Command } from 'commander';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of a record')
    .action(async () => {
      const { toJsonSchema } = await import('../../schema/index.js');
      process.stdout.write(`${JSON.stringify(toJsonSchema(), null, 2)}\n`);
    });
}
