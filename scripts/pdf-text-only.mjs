#!/usr/bin/env node
// pdf-parse (pdf.js) alone: the text of PDFs as spisovna's PDF reader asks for it, nothing after — the
// floor under `spisovna ingest` for PDFs, measured by scripts/bench-ingest.mjs. Build first (npx tsc -p .).
//   node scripts/pdf-text-only.mjs [--shard I/N] FILE...     # every N-th file from the I-th (0-based)
import { readFileSync } from 'node:fs';
import { loadPdfParse } from '../dist/corpus/readers/pdf.js';

const args = process.argv.slice(2);
const s = args.indexOf('--shard');
const [shard, shards] = s >= 0 ? args.splice(s, 2)[1].split('/').map(Number) : [0, 1];
const files = args.filter((_, i) => i % shards === shard);
const { PDFParse } = await loadPdfParse();
let pages = 0;
for (const file of files) {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
  try {
    pages += (await parser.getText({ pageJoiner: '', lineEnforce: true })).total;
    await parser.getInfo();
  } finally {
    await parser.destroy();
  }
}
process.stderr.write(`${files.length} files, ${pages} pages\n`);
