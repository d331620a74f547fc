#!/usr/bin/env node
// Format parity: the seeds in every fixture format, each ingested on its own and scored against the
// seeds' gold, beside the UTF-8 text files.
//
//   npm run build && node scripts/format-parity.mjs [--eval ../shared/eval] [--max-drop 0.05] [--json] [--dist DIR]
//
// --dist runs the CLI compiled into another folder beside dist/ (e.g. `tsc -p . --outDir .parity-dist`),
// so that a rebuild of dist/ during the run cannot mix two builds.
// score.mjs matches records to gold by file-name stem, so each format goes to its own output folder.
// Prints micro F1 per format, its change against the UTF-8 text, the reading time (read + normalise of the
// five files in this process, median of five runs each), the ingest time (the whole CLI), and the files that
// failed; exits 1 when a format falls more than --max-drop (relative, default 5 %) below the text.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const evalDir = path.resolve(root, opt('--eval', '../shared/eval'));
const maxDrop = Number(opt('--max-drop', '0.05'));
const gold = path.join(evalDir, 'gold/seeds');
const score = path.join(evalDir, 'score.mjs');
if (!fs.existsSync(score) || !fs.existsSync(gold)) {
  console.error(`format-parity: no scorer or gold at ${evalDir} (give --eval DIR)`);
  process.exit(2);
}
const cli = path.join(root, opt('--dist', 'dist'), 'cli/main.js');
if (!fs.existsSync(cli)) {
  console.error('format-parity: not built — run `npm run build` first');
  process.exit(2);
}

const variants = [
  ['txt (UTF-8)', path.join(root, 'seeds')],
  ...['pdf', 'pdf-typeset', 'docx', 'doc', 'odt', 'rtf', 'html-1250', 'txt-1250', 'txt-8859-2'].map((v) => [v, path.join(root, 'tests/fixtures/seeds', v)]),
];
// reading time (read + normalise, in this process, after one warm-up read), median of 5 runs per file
const distDir = path.dirname(path.dirname(cli));
const { readDocument } = await import(new URL(`file://${path.join(distDir, 'pipeline/read.js')}`).href);
const { DEFAULT_LIMITS } = await import(new URL(`file://${path.join(distDir, 'corpus/limits.js')}`).href);
async function readingMs(dir) {
  let total = 0;
  for (const f of fs.readdirSync(dir).sort()) {
    const bytes = fs.readFileSync(path.join(dir, f));
    await readDocument(bytes, f, DEFAULT_LIMITS);
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await readDocument(bytes, f, DEFAULT_LIMITS);
      runs.push(performance.now() - t0);
    }
    total += runs.sort((a, b) => a - b)[2];
  }
  return total;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spisovna-parity-'));
const rows = [];
for (const [name, dir] of variants) {
  const out = path.join(tmp, name.replace(/\W+/g, '_'));
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [cli, 'ingest', dir, '--out', out], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (run.status === 2 || !fs.existsSync(path.join(out, 'records.jsonl'))) {
    console.error(`format-parity: ingest of ${name} failed:\n${run.stderr}`);
    process.exit(2);
  }
  const manifest = fs.readFileSync(path.join(out, 'manifest.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const failed = manifest.filter((m) => m.status !== 'ok').map((m) => `${path.basename(m.path)}: ${m.status} ${m.reason ?? ''}`.trim());
  const formats = [...new Set(manifest.map((m) => m.format))].join(',');
  const summary = JSON.parse(execFileSync(process.execPath, [score, '--gold', gold, '--records', path.join(out, 'records.jsonl'), '--json'], { encoding: 'utf8' }));
  rows.push({ name, formats, f1: summary.micro.f1, fields: summary.fields ?? {}, ms, readMs: await readingMs(dir), failed });
}
fs.rmSync(tmp, { recursive: true, force: true });

const base = rows[0].f1;
let worst = 0;
const report = rows.map((r) => {
  const change = base > 0 ? (r.f1 - base) / base : r.f1 === base ? 0 : -1;
  if (r.name !== rows[0].name) worst = Math.min(worst, change);
  return { ...r, change };
});
if (args.includes('--json')) {
  console.log(JSON.stringify({ base, maxDrop, worst, formats: report.map(({ name, formats, f1, change, ms, readMs, failed }) => ({ name, formats, f1, change, ingestMs: Math.round(ms), readMs: Number(readMs.toFixed(1)), failed })) }, null, 2));
} else {
  console.log('format        read as   micro F1   vs text   read ms (5 files)   ingest ms   failed');
  for (const r of report) {
    console.log(`${r.name.padEnd(13)} ${r.formats.padEnd(8)} ${(100 * r.f1).toFixed(1).padStart(8)}%  ${(r.change >= 0 ? '+' : '') + (100 * r.change).toFixed(1)}%`.padEnd(46) + `${r.readMs.toFixed(1).padStart(12)}   ${Math.round(r.ms).toString().padStart(12)}   ${r.failed.length ? r.failed.join('; ') : '-'}`);
  }
  console.log(`worst format ${(100 * worst).toFixed(1)}% against the UTF-8 text (allowed −${(100 * maxDrop).toFixed(0)}%)`);
}
process.exit(worst < -maxDrop ? 1 : 0);
