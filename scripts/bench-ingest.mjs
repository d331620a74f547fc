#!/usr/bin/env node
// Ingest benchmark: spisovna against poppler's pdftotext, in one run.
//
//   npm run bench:ingest                 # build first: npm run build
//   node scripts/bench-ingest.mjs --pdfs 150 --runs 3
//
// Generates (once, cached under $TMPDIR/spisovna-bench-v1/) a synthetic corpus of Czech documents made of
// the seed texts' paragraphs with varied dates, amounts and names:
//   pdf/    150 PDFs of 1–12 pages (~540 pages), converted by LibreOffice (soffice --headless --convert-to pdf)
//   mixed/  40 documents of 1–100 pages as DOCX, TXT and PDF
// Then prints files/s, pages/s, MB/s and peak memory for spisovna (a fresh output folder each run, so no
// cache; and a re-run over the cache) and for pdftotext over the same PDFs, one process at a time and two
// at once, and the ratio of the times. Two floors beside them: pdf-parse alone (the text of the same PDFs,
// nothing after; scripts/pdf-text-only.mjs) in one process and in one per core, and spisovna with one
// parsing worker, to show what the second core buys.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PDFS = opt('pdfs', 150);
const RUNS = opt('runs', 3);
const CORES = os.availableParallelism();
const base = path.join(os.tmpdir(), `spisovna-bench-v1-${PDFS}`);

// ------------------------------------------------------------------ corpus
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function paragraphs() {
  const dirs = [path.join(root, 'seeds'), path.join(root, '../shared/eval/docs')].filter(existsSync);
  const out = [];
  for (const dir of dirs) for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    for (const p of readFileSync(path.join(dir, f), 'utf8').normalize('NFC').split(/\n\s*\n/)) if (p.trim().length > 40) out.push(p.trim());
  }
  if (!out.length) throw new Error('bench: no seed texts found');
  return out;
}

const MONTHS = ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'];
const NAMES = ['Jana Nováková', 'Petr Dvořák', 'Eva Černá', 'Jiří Procházka', 'Marie Kučerová', 'Tomáš Veselý', 'Žaneta Šťastná'];
const TOWNS = ['Kroměříž', 'Ústí nad Labem', 'České Budějovice', 'Třebíč', 'Žďár nad Sázavou', 'Jihlava', 'Příbram'];

function documentText(r, pages, paras) {
  const town = TOWNS[Math.floor(r() * TOWNS.length)];
  const year = 2015 + Math.floor(r() * 10);
  const lines = [`Zápis z jednání pracovní skupiny pro plánování sociálních služeb, ${town}`, '',
    `Datum jednání: ${1 + Math.floor(r() * 28)}. ${MONTHS[Math.floor(r() * 12)]} ${year}`,
    `Přítomni: ${NAMES[Math.floor(r() * NAMES.length)]}, ${NAMES[Math.floor(r() * NAMES.length)]}`, ''];
  let chars = 0;
  const target = pages * 2600;
  while (chars < target) {
    const p = paras[Math.floor(r() * paras.length)];
    const extra = `Rozpočet na rok ${year + 1} činí ${(Math.floor(r() * 900) + 100)} ${String(Math.floor(r() * 1000)).padStart(3, '0')} Kč; odpovídá ${NAMES[Math.floor(r() * NAMES.length)]}.`;
    lines.push(p, '', extra, '');
    chars += p.length + extra.length;
  }
  return lines.join('\n');
}

function soffice(format, files, outdir) {
  // one LibreOffice process converts many files; batches keep the command line short
  for (let i = 0; i < files.length; i += 40) {
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${base}/lo-profile`, '--convert-to', format, '--outdir', outdir, ...files.slice(i, i + 40)], { stdio: 'ignore' });
  }
}

function pdfPages(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

function makeCorpus() {
  const done = path.join(base, 'corpus.json');
  if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8'));
  process.stderr.write(`bench: generating the corpus under ${base} (LibreOffice; once)…\n`);
  rmSync(base, { recursive: true, force: true });
  const paras = paragraphs();
  const r = rng(20261122);
  const src = path.join(base, 'src');
  const pdfDir = path.join(base, 'pdf');
  const mixed = path.join(base, 'mixed');
  for (const d of [src, pdfDir, mixed, path.join(src, 'mixed')]) mkdirSync(d, { recursive: true });
  // 150 PDFs: mostly short, a few long, ~3.6 pages on average
  const sources = [];
  for (let i = 0; i < PDFS; i++) {
    const pages = r() < 0.1 ? 8 + Math.floor(r() * 6) : 1 + Math.floor(r() * 5);
    const file = path.join(src, `dokument-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(file, documentText(r, pages, paras));
    sources.push(file);
  }
  soffice('pdf', sources, pdfDir);
  // mixed: 1–100 pages as DOCX, TXT and PDF
  const mixedSrc = [];
  for (let i = 0; i < 40; i++) {
    const pages = i % 10 === 0 ? 60 + Math.floor(r() * 41) : 1 + Math.floor(r() * 20);
    const file = path.join(src, 'mixed', `smes-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(file, documentText(r, pages, paras));
    mixedSrc.push(file);
  }
  const third = Math.ceil(mixedSrc.length / 3);
  soffice('docx:MS Word 2007 XML', mixedSrc.slice(0, third), mixed);
  soffice('pdf', mixedSrc.slice(third, 2 * third), mixed);
  for (const f of mixedSrc.slice(2 * third)) writeFileSync(path.join(mixed, path.basename(f)), readFileSync(f));
  const pdfs = readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort();
  const pages = pdfs.reduce((n, f) => n + pdfPages(path.join(pdfDir, f)), 0);
  const mixedPages = readdirSync(mixed).reduce((n, f) => n + (f.endsWith('.pdf') ? pdfPages(path.join(mixed, f)) : Math.ceil(statSync(path.join(mixed, f)).size / 2600)), 0);
  const corpus = { pdfDir, mixed, pdfs: pdfs.length, pages, mixedFiles: readdirSync(mixed).length, mixedPages };
  writeFileSync(done, JSON.stringify(corpus, null, 2));
  return corpus;
}

// ------------------------------------------------------------------ measuring
/** Runs a command, returns wall seconds and the peak RSS (kB) from /usr/bin/time when present. */
function measure(cmd, cmdArgs, opts = {}) {
  return new Promise((resolve, reject) => {
    const useTime = existsSync('/usr/bin/time');
    const started = process.hrtime.bigint();
    const child = useTime
      ? spawn('/usr/bin/time', ['-f', '%M %U %S', cmd, ...cmdArgs], { stdio: ['ignore', 'ignore', 'pipe'], ...opts })
      : spawn(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'pipe'], ...opts });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const [peakKb, user, sys] = useTime ? err.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
      if (code !== 0 && code !== 1) reject(new Error(`${cmd} exited ${code}: ${err.slice(-500)}`));
      else resolve({ seconds, peakMb: peakKb / 1024, cpu: user + sys });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function best(label, fn) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await fn(i));
  return { label, seconds: median(runs.map((r) => r.seconds)), cpu: median(runs.map((r) => r.cpu)), peakMb: Math.max(...runs.map((r) => r.peakMb)) };
}

function folderBytes(dir) {
  return readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
}

const corpus = makeCorpus();
const load0 = os.loadavg().map((l) => l.toFixed(1)).join(' ');
const bin = path.join(root, 'bin/spisovna.js');
const out = path.join(os.tmpdir(), `spisovna-bench-out-${process.pid}`);
const pdfFiles = readdirSync(corpus.pdfDir).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(corpus.pdfDir, f));
const pdfBytes = folderBytes(corpus.pdfDir);
const mixedBytes = folderBytes(corpus.mixed);

const spisovna = (dir, fresh, extra = []) => (i) => {
  const o = `${out}-${fresh ? i : 'warm'}`;
  if (fresh) rmSync(o, { recursive: true, force: true });
  return measure(process.execPath, [bin, 'ingest', dir, '--out', o, '--quiet', ...extra]);
};
const textOnly = path.join(root, 'scripts/pdf-text-only.mjs');
const pdfParseAlone = (processes) => () => measure('sh', ['-c', `node="$0"; script="$1"; shift; for i in $(seq 0 ${processes - 1}); do "$node" "$script" --shard $i/${processes} "$@" & done; wait`, process.execPath, textOnly, ...pdfFiles]);
const pdftotextSerial = () => measure('sh', ['-c', 'for f in "$@"; do pdftotext -q "$f" - >/dev/null; done', 'sh', ...pdfFiles]);
const pdftotextParallel = () => measure('sh', ['-c', `printf '%s\\0' "$@" | xargs -0 -P ${CORES} -n 1 sh -c 'pdftotext -q "$0" - >/dev/null'`, 'sh', ...pdfFiles]);

const rows = [];
const pdfRow = async (label, fn) => {
  const row = { ...(await best(label, fn)), files: corpus.pdfs, pages: corpus.pages, bytes: pdfBytes };
  rows.push(row);
  return row;
};
const sp = await pdfRow(`spisovna ingest, ${corpus.pdfs} PDFs, ${CORES} workers, no cache`, spisovna(corpus.pdfDir, true));
await spisovna(corpus.pdfDir, false)(0);
await pdfRow('spisovna ingest, same PDFs, re-run (cache)', spisovna(corpus.pdfDir, false));
const serial = await pdfRow('pdftotext, same PDFs, one at a time', pdftotextSerial);
const parallel = await pdfRow(`pdftotext, same PDFs, ${CORES} at a time`, pdftotextParallel);
const aloneOne = await pdfRow('floor: pdf-parse text alone, same PDFs, 1 process', pdfParseAlone(1));
const aloneAll = await pdfRow(`floor: pdf-parse text alone, same PDFs, ${CORES} processes`, pdfParseAlone(CORES));
const oneWorker = await pdfRow('spisovna ingest, same PDFs, 1 worker, no cache', spisovna(corpus.pdfDir, true, ['--concurrency', '1']));
rows.push({ ...(await best(`spisovna ingest, mixed DOCX/PDF/TXT of 1–100 pages, no cache`, spisovna(corpus.mixed, true))), files: corpus.mixedFiles, pages: corpus.mixedPages, bytes: mixedBytes });
for (let i = 0; i < RUNS; i++) rmSync(`${out}-${i}`, { recursive: true, force: true });
rmSync(`${out}-warm`, { recursive: true, force: true });

const fmt = (n, d = 1) => n.toFixed(d);
console.log(`\nspisovna ingest benchmark · ${os.cpus()[0]?.model ?? 'cpu'} × ${CORES} · Node ${process.versions.node} · median of ${RUNS} runs · load average before ${load0} · corpus ${base}\n`);
console.log('| run | files | pages | MB | wall s | CPU s | files/s | pages/s | MB/s | peak RSS MB |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.label} | ${r.files} | ${r.pages} | ${fmt(r.bytes / 1e6)} | ${fmt(r.seconds, 2)} | ${fmt(r.cpu, 2)} | ${fmt(r.files / r.seconds)} | ${fmt(r.pages / r.seconds)} | ${fmt(r.bytes / 1e6 / r.seconds, 2)} | ${fmt(r.peakMb, 0)} |`);
}
console.log(`\nratio spisovna / pdftotext (one at a time): ${fmt(sp.seconds / serial.seconds, 2)} ×`);
console.log(`ratio spisovna / pdftotext (${CORES} at a time): ${fmt(sp.seconds / parallel.seconds, 2)} ×`);
console.log(`CPU time spisovna / pdftotext: ${fmt(sp.cpu / serial.cpu, 1)} ×`);
console.log(`floor: pdf-parse alone / pdftotext (one at a time): ${fmt(aloneOne.seconds / serial.seconds, 2)} × in 1 process, ${fmt(aloneAll.seconds / serial.seconds, 2)} × in ${CORES}; ${CORES} processes of pdf-parse are ${fmt(aloneOne.seconds / aloneAll.seconds, 2)} × faster than 1`);
console.log(`spisovna: ${CORES} workers are ${fmt(oneWorker.seconds / sp.seconds, 2)} × faster than 1; time on top of pdf-parse alone (${CORES} processes): ${fmt(sp.seconds - aloneAll.seconds, 2)} s`);
console.log(`done-when (≤ 3 × pdftotext): ${sp.seconds <= 3 * serial.seconds ? 'met' : 'NOT met'} against one-at-a-time, ${sp.seconds <= 3 * parallel.seconds ? 'met' : 'NOT met'} against ${CORES}-at-a-time`);
