#!/usr/bin/env node
// Dates, periods and people: extraction time per document over the seeds and the dev documents (warm,
// after a few rounds), and a linearity check over one long text made of all of them repeated.
// Run after `npx tsc -p .`:
//   node scripts/bench-dates-people.mjs [--rounds 20] [--copies 50]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { textToBlocks } from '../dist/corpus/readers/txt.js';
import { normalise } from '../dist/corpus/normalise.js';
import { decodeText } from '../dist/corpus/encoding.js';
import { EXTRACTORS, REFINERS } from '../dist/extractors/index.js';
import { emptyFields } from '../dist/extractors/types.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const rounds = opt('--rounds', 20);
const copies = opt('--copies', 50);
const MINE = new Set(['dates', 'periods', 'people']);
const MY_REFINERS = new Set(['dates-in-periods', 'dates-dedupe', 'periods-dedupe', 'people-roles']);

const dirs = ['seeds', '../shared/eval/docs'].filter(existsSync);
const docs = [];
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt') && x !== 'SOURCES.md').sort()) {
    const { text: decoded } = decodeText(readFileSync(join(dir, f)));
    const { text, blocks, messages } = normalise({ format: 'txt', blocks: textToBlocks(decoded), messages: [] });
    docs.push({ path: join(dir, f), format: 'txt', bytes: text.length, sha256: '0'.repeat(64), text, blocks, messages });
  }
}

/** runs the whole list (a later extractor sees earlier findings) and times ours */
function runOnce(doc, times) {
  const ctx = { doc, text: doc.text, found: emptyFields() };
  for (const e of EXTRACTORS) {
    const t = performance.now();
    const items = e.extract(ctx);
    if (MINE.has(e.id)) times.set(e.id, (times.get(e.id) ?? 0) + performance.now() - t);
    ctx.found[e.field].push(...items);
  }
  let fields = ctx.found;
  for (const r of REFINERS) {
    const t = performance.now();
    fields = r.refine(fields, { ...ctx, found: fields });
    if (MY_REFINERS.has(r.id)) times.set('refiners', (times.get('refiners') ?? 0) + performance.now() - t);
  }
  return fields;
}

for (let i = 0; i < 3; i++) for (const d of docs) runOnce(d, new Map());
const times = new Map();
for (let i = 0; i < rounds; i++) for (const d of docs) runOnce(d, times);
const chars = Math.round(docs.reduce((n, d) => n + d.text.length, 0) / docs.length);
console.log(`${docs.length} documents, ${chars} characters on average, ${rounds} rounds`);
let total = 0;
for (const [k, v] of times) {
  const ms = v / (rounds * docs.length);
  total += ms;
  console.log(`  ${k.padEnd(10)} ${ms.toFixed(3)} ms/document`);
}
console.log(`  ${'together'.padEnd(10)} ${total.toFixed(3)} ms/document`);

const long = { ...docs[0], path: 'long.txt', text: Array(copies).fill(docs.map((d) => d.text).join('\n')).join('\n'), blocks: [] };
const longTimes = new Map();
const fields = runOnce(long, longTimes);
const longTotal = [...longTimes.values()].reduce((a, b) => a + b, 0);
console.log(`one text of ${long.text.length} characters: ${longTotal.toFixed(0)} ms ` +
  `(${fields.dates.length} dates, ${fields.periods.length} periods, ${fields.people.length} people)`);
