#!/usr/bin/env node
// npm run relevance — success@1, success@3 and MRR of spisovna's Czech search against lunr with its default
// pipeline, on the same documents (seeds, dev documents, documents planted in a synthetic corpus) and the
// same fields and boosts, for the queries of tests/search/relevance-queries.json, each as written and
// without diacritics. Uses dist/ (run `npx tsc -p .` first).
//
//   node scripts/relevance.mjs [--check] [--verbose]
//   --check: exit 1 when a query that names a seed or dev document misses spisovna's top 3 (either variant)

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lunr from 'lunr';
import { syntheticCorpus, toRecord } from './search-corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'dist', p);
const { buildSearchIndex, search } = await import(dist('search/index.js'));
const { readDocument } = await import(dist('pipeline/read.js'));
const { buildRecord } = await import(dist('pipeline/record.js'));
const { DEFAULT_LIMITS } = await import(dist('corpus/limits.js'));
const { documentText } = await import(dist('output/texts.js'));

const CHECK = process.argv.includes('--check');
const VERBOSE = process.argv.includes('--verbose');
const set = JSON.parse(await readFile(path.join(root, 'tests/search/relevance-queries.json'), 'utf8'));
const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');

// the documents: seeds and dev documents through the real pipeline, synthetic ones, planted ones
const records = [];
const texts = new Map();
for (const dir of set.sources.files) {
  const abs = path.resolve(root, dir);
  if (!existsSync(abs)) {
    process.stderr.write(`relevance: ${dir} not found, its queries are skipped\n`);
    continue;
  }
  for (const name of (await readdir(abs)).filter((n) => n.endsWith('.txt') && !/^[A-Z]+\.md$/.test(n)).sort()) {
    const rel = path.join(dir, name);
    const doc = await readDocument(await readFile(path.join(abs, name)), rel, DEFAULT_LIMITS);
    const record = buildRecord(doc);
    records.push(record);
    texts.set(record.id, documentText(record.id, doc));
  }
}
const synthetic = syntheticCorpus(set.sources.synthetic.documents, set.sources.synthetic.seed, path.join(root, 'data/territory.json'));
const planted = set.planted.map((p) => ({
  ...p,
  id: `planted${String(set.planted.indexOf(p)).padStart(9, '0')}`.slice(0, 16).replace(/[^0-9a-f]/g, 'a'),
  path: `planted/${p.key}.txt`,
  text: `${p.title}\n\n${p.text}`,
  headings: [],
  people: [],
  periods: [],
}));
planted.forEach((p, i) => (p.id = (i + 1).toString(16).padStart(16, 'f')));
for (const d of [...synthetic, ...planted]) {
  records.push(toRecord(d));
  texts.set(d.id, { id: d.id, text: d.text, headings: d.headings });
}

const ours = buildSearchIndex(records, texts);
const FIELDS = [['title', 6], ['headings', 2], ['body', 1], ['people', 3], ['places', 3]];
const byId = new Map(records.map((r) => [r.id, r]));
const theirs = lunr(function () {
  this.ref('id');
  for (const [f, boost] of FIELDS) this.field(f, { boost });
  for (const r of records) {
    const t = texts.get(r.id);
    this.add({
      id: r.id, title: r.title, headings: t?.headings.join('\n') ?? '', body: t?.text ?? '',
      people: r.people.map((p) => p.name).join('\n'), places: r.places.map((p) => p.name).join('\n'),
    });
  }
});

const engines = {
  spisovna: (q) => {
    try {
      return search(ours, q, { limit: 10 }).hits.map((h) => h.path);
    } catch {
      return [];
    }
  },
  'lunr default': (q) => {
    try {
      return theirs.search(q).slice(0, 10).map((r) => byId.get(r.ref).source.path);
    } catch {
      return []; // lunr's query parser refuses some queries (a ":" or a stray "-")
    }
  },
};

const wanted = (e) => (e.file ? (p) => path.basename(p).startsWith(e.file) : (p) => p === `planted/${e.planted}.txt`);
const present = (q) => q.expect.some((e) => (e.planted ? true : records.some((r) => wanted(e)(r.source.path))));
const queries = set.queries.filter(present);

const rows = [];
const misses = [];
for (const [name, run] of Object.entries(engines)) {
  for (const variant of ['as written', 'without diacritics']) {
    for (const subset of ['seeds + dev', 'planted', 'all']) {
      const qs = queries.filter((q) => subset === 'all' || (subset === 'planted') === Boolean(q.expect[0].planted));
      let s1 = 0;
      let s3 = 0;
      let rr = 0;
      for (const q of qs) {
        const text = variant === 'as written' ? q.query : fold(q.query);
        const paths = run(text);
        const rank = paths.findIndex((p) => q.expect.some((e) => wanted(e)(p))) + 1;
        if (rank === 1) s1++;
        if (rank >= 1 && rank <= 3) s3++;
        if (rank) rr += 1 / rank;
        if (subset === 'all' && (rank === 0 || rank > 3)) misses.push({ engine: name, variant, query: text, rank, top: paths.slice(0, 3) });
      }
      rows.push([name, variant, subset, qs.length, (s1 / qs.length).toFixed(2), (s3 / qs.length).toFixed(2), (rr / qs.length).toFixed(3)]);
    }
  }
}

console.log(`${queries.length} queries over ${records.length} documents (${records.length - synthetic.length - planted.length} seeds and dev, ${synthetic.length} synthetic, ${planted.length} planted)\n`);
console.log('| engine | query | documents named | queries | success@1 | success@3 | MRR |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
const ourMisses = misses.filter((m) => m.engine === 'spisovna');
console.log(`\nspisovna: ${ourMisses.length} misses of the top 3${ourMisses.length ? ':' : ''}`);
for (const m of ourMisses) console.log(`  "${m.query}" (${m.variant}): rank ${m.rank || '> 10'}; top: ${m.top.join(', ')}`);
if (VERBOSE) {
  console.log('\nlunr default misses:');
  for (const m of misses.filter((x) => x.engine !== 'spisovna')) console.log(`  "${m.query}" (${m.variant}): rank ${m.rank || '> 10'}`);
}
if (CHECK) {
  const named = ourMisses.filter((m) => queries.find((q) => q.query === m.query || fold(q.query) === m.query)?.expect.some((e) => e.file));
  if (named.length) {
    console.error(`relevance: ${named.length} queries that name a seed or dev document miss the top 3`);
    process.exitCode = 1;
  }
}
