#!/usr/bin/env node
// Extraction profile: reads every PDF of the bench corpus once (pdf.js), then runs extract → checks →
// validate over the parsed documents in this process, so `node --cpu-prof scripts/profile-extract.mjs`
// shows the extractors' hot spots apart from PDF reading. Build first (npx tsc -p .).
//   node scripts/profile-extract.mjs [DIR] [--rounds N] [--interleave]
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDocument } from '../dist/pipeline/read.js';
import { buildRecord } from '../dist/pipeline/record.js';
import { DEFAULT_LIMITS } from '../dist/corpus/limits.js';

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
