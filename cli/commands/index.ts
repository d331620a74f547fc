import type { Command } from 'commander';
import { registerCheck } from './check.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerIndex } from './index-cmd.js';
import { registerSchema } from './schema.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';

/** Every subcommand, one file each; each registers itself on the program. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [registerIngest, registerExtract, registerSchema, registerServe, registerIndex, registerSearch, registerCheck];
