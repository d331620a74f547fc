#!/usr/bin/env node
// Extraction profile: reads every PDF of the bench corpus once (pdf.js), then runs extract → checks →
// validate over the parsed documents in this process, so `node --cpu-prof scripts/profile-extract.mjs`
// shows the extractors' hot spots apart from PDF reading. Build first (npx tsc -p .).
//   node scripts/profile-extract.mjs [DIR] [--rounds N] [--interleave] [--by-stage]
// --by-stage prints the milliseconds of each extractor, refiner, document step and check rule.
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDocument } from '../dist/pipeline/read.js';
import { buildRecord } from '../dist/pipeline/record.js';
import { DEFAULT_LIMITS } from '../dist/corpus/limits.js';
import { EXTRACTORS, REFINERS } from '../dist/extractors/index.js';
import { emptyFields } from '../dist/extractors/types.js';
import { classifyKind } from '../dist/extractors/document/kind.js';
import { readTitle } from '../dist/extractors/document/title.js';
import { mainTerritory } from '../dist/extractors/document/territory.js';
import { RULES } from '../dist/checks/index.js';
import { textStats } from '../dist/pipeline/record.js';

const args = process.argv.slice(2);
const ri = args.indexOf('--rounds');
const rounds = ri >= 0 ? Number(args[ri + 1]) : 1;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? path.join(os.tmpdir(), 'spisovna-bench-v1-150', 'pdf');
const files = readdirSync(dir).filter((f) => /\.(pdf|txt|docx)$/i.test(f)).sort();
const cpu = (c) => ((c.user + c.system) / 1000).toFixed(0);
let t = performance.now();
let c = process.cpuUsage();
const docs = [];
if (args.includes('--interleave')) {
  // read and extract one document after the other, as a parsing worker does
  for (const f of files) buildRecord(await readDocument(readFileSync(path.join(dir, f)), path.join(dir, f), DEFAULT_LIMITS));
  console.log(`read+extract interleaved: ${(performance.now() - t).toFixed(0)} ms (CPU ${cpu(process.cpuUsage(c))} ms)`);
  process.exit(0);
}
for (const f of files) docs.push(await readDocument(readFileSync(path.join(dir, f)), path.join(dir, f), DEFAULT_LIMITS));
console.log(`read ${docs.length} documents in ${(performance.now() - t).toFixed(0)} ms (CPU ${cpu(process.cpuUsage(c))} ms)`);
t = performance.now();
c = process.cpuUsage();
for (let r = 0; r < rounds; r++) for (const d of docs) buildRecord(d);
console.log(`extract+checks+validate ×${rounds}: ${(performance.now() - t).toFixed(0)} ms (CPU ${cpu(process.cpuUsage(c))} ms)`);

if (args.includes('--by-stage')) {
  // the same steps as extractAll and runChecks, each timed on its own
  const ms = new Map();
  const time = (name, fn) => {
    const t0 = performance.now();
    const out = fn();
    ms.set(name, (ms.get(name) ?? 0) + performance.now() - t0);
    return out;
  };
  for (let r = 0; r < rounds; r++) for (const doc of docs) {
    const ctx = { doc, text: doc.text, found: emptyFields() };
    for (const e of EXTRACTORS) ctx.found[e.field].push(...time(`extract ${e.field}`, () => e.extract(ctx)));
    let fields = ctx.found;
    for (const [i, f] of REFINERS.entries()) fields = time(`refine ${i}`, () => f.refine(fields, { ...ctx, found: fields }));
    time('document territory', () => mainTerritory(doc, fields));
    time('document kind', () => classifyKind(doc, fields));
    time('document title', () => readTitle(doc));
    time('text stats', () => textStats(doc));
    for (const rule of RULES) time(`check ${rule.id}`, () => rule.check({ doc, fields }));
  }
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  for (const [name, v] of [...ms].sort((a, b) => b[1] - a[1])) console.log(`${(v / rounds).toFixed(0).padStart(6)} ms  ${(100 * v / total).toFixed(1).padStart(5)} %  ${name}`);
  console.log(`${(total / rounds).toFixed(0).padStart(6)} ms  per round`);
}
