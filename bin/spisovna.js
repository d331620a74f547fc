#!/usr/bin/env node
// Entry point of the `spisovna` command: runs the compiled CLI from dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('spisovna: not built yet — run `npm install` (or `npm run build`) in the checkout first\n');
  process.exit(2);
}
await import(main.href);
