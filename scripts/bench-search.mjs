#!/usr/bin/env node
// npm run bench:search — spisovna's search index against lunr with its default pipeline and MiniSearch on
// a synthetic Czech corpus (scripts/search-corpus.mjs): build time, heap after build, saved index size,
// load time and query latency p50/p95 over 200 queries, side by side. Uses dist/ (run `npx tsc -p .` first).
//
//   node --expose-gc scripts/bench-search.mjs [--sizes 1000,10000] [--engines spisovna,lunr,minisearch] [--queries 200]

import { mkdtemp, readFile, rm, stat, writeFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { syntheticCorpus, toRecord, KRAJE } from './search-corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { buildSearchIndex, saveSearchIndex, loadSearchIndex, search } = await import(path.join(root, 'dist/search/index.js'));
const { writeTexts } = await import(path.join(root, 'dist/output/texts.js'));

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const SIZES = arg('sizes', '1000,10000').split(',').map(Number);
const ENGINES = arg('engines', 'spisovna,lunr,minisearch').split(',');
const QUERIES = Number(arg('queries', '200'));
const DATA = path.join(root, 'data/territory.json');

if (typeof globalThis.gc !== 'function') {
  process.stderr.write('bench-search: run with node --expose-gc for heap numbers (npm run bench:search does)\n');
}
const gc = () => {
  if (globalThis.gc) for (let i = 0; i < 3; i++) globalThis.gc();
};
// the JS heap plus ArrayBuffers (spisovna's postings are typed arrays, outside heapUsed)
const heap = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const ms = (t) => (performance.now() - t);
// CPU time of this process (ms): on a machine shared with other work, wall time says more about the neighbours
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const QUERY_WORDS = [
  'pečovatelská služba', 'sociálních služeb', 'nízkoprahové zařízení', 'plán rozvoje', 'senioři', 'uživatelé sociálních služeb',
  'komunitní plánování', 'odlehčovací služby', 'terénní práce', 'azylový domov', 'dotace', 'pracovní skupina',
  'sociálně aktivizační služby', 'chráněné bydlení', 'raná péče', 'financování', 'poskytovatelé', 'osobní asistence',
  'střednědobý plán', 'denní centrum', 'zdravotní postižení', 'rodiny', 'strategie', 'kapacita služeb',
];
function queries(n, docs) {
  const out = [];
  let i = 0;
  while (out.length < n) {
    const d = docs[(i * 7919) % docs.length];
    const q = [
      QUERY_WORDS[i % QUERY_WORDS.length],
      `${QUERY_WORDS[(i * 3) % QUERY_WORDS.length]} ${d.obec}`,
      d.people[i % d.people.length],
      `${KRAJE[i % KRAJE.length][1]} ${QUERY_WORDS[(i * 5) % QUERY_WORDS.length]}`,
    ][i % 4];
    // every other query without diacritics, as people type
    out.push(i % 2 ? q.normalize('NFD').replace(/\p{M}+/gu, '') : q);
    i++;
  }
  return out;
}

function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function dirSize(dir) {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name))).size;
  return total;
}

const FIELDS = [['title', 6], ['headings', 2], ['body', 1], ['people', 3], ['places', 3]];
const fieldsOf = (d) => ({ id: d.id, title: d.title, headings: d.headings.join('\n'), body: d.text, people: d.people.join('\n'), places: `${d.obec}\n${d.kraj}` });

const engines = {
  async spisovna(docs, dir, qs) {
    gc();
    const h0 = heap();
    // records and texts count for spisovna: its index keeps the texts (snippets, phrases) and a store of the records
    let records = docs.map(toRecord);
    let texts = new Map(docs.map((d) => [d.id, { id: d.id, text: Buffer.from(d.text, 'utf8').toString('utf8'), headings: d.headings }]));
    let t = performance.now();
    let c = cpu();
    let index = buildSearchIndex(records, texts);
    const build = ms(t);
    const buildCpu = cpu() - c;
    // what the build leaves: the index (records and texts are not kept beyond what it holds)
    const keep = records;
    records = undefined;
    texts = undefined;
    gc();
    const heapBuild = heap() - h0;
    await saveSearchIndex(index, dir);
    await writeTexts(dir, keep.map((r) => index.texts.get(r.id)));
    const size = await dirSize(path.join(dir, 'index'));
    const textsSize = (await stat(path.join(dir, 'texts.jsonl'))).size;
    index = undefined;
    gc();
    const h1 = heap();
    t = performance.now();
    const loaded = await loadSearchIndex(dir);
    const load = ms(t);
    gc();
    const heapLoad = heap() - h1;
    const run = (q) => search(loaded, q, { limit: 10 });
    return { build, buildCpu, heapBuild, size, extra: `+ texts.jsonl ${mb(textsSize)} MB`, load, heapLoad, run, hits: (q) => run(q).total };
  },
  async lunr(docs, dir, qs) {
    gc();
    const h0 = heap();
    let t = performance.now();
    const c = cpu();
    let idx = lunr(function () {
      this.ref('id');
      for (const [f, boost] of FIELDS) this.field(f, { boost });
      for (const d of docs) this.add(fieldsOf(d));
    });
    const build = ms(t);
    const buildCpu = cpu() - c;
    gc();
    const heapBuild = heap() - h0;
    const file = path.join(dir, 'lunr.json');
    await writeFile(file, JSON.stringify(idx));
    const size = (await stat(file)).size;
    idx = undefined;
    gc();
    const h1 = heap();
    t = performance.now();
    const loaded = lunr.Index.load(JSON.parse(await readFile(file, 'utf8')));
    const load = ms(t);
    gc();
    const heapLoad = heap() - h1;
    const run = (q) => {
      try {
        return loaded.search(q).slice(0, 10);
      } catch {
        return [];
      }
    };
    return { build, buildCpu, heapBuild, size, load, heapLoad, run };
  },
  async minisearch(docs, dir, qs) {
    const options = { fields: FIELDS.map(([f]) => f), storeFields: ['title'], searchOptions: { boost: Object.fromEntries(FIELDS) } };
    gc();
    const h0 = heap();
    let t = performance.now();
    const c = cpu();
    let ms_ = new MiniSearch(options);
    ms_.addAll(docs.map(fieldsOf));
    const build = ms(t);
    const buildCpu = cpu() - c;
    gc();
    const heapBuild = heap() - h0;
    const file = path.join(dir, 'minisearch.json');
    await writeFile(file, JSON.stringify(ms_));
    const size = (await stat(file)).size;
    ms_ = undefined;
    gc();
    const h1 = heap();
    t = performance.now();
    const loaded = MiniSearch.loadJSON(await readFile(file, 'utf8'), options);
    const load = ms(t);
    gc();
    const heapLoad = heap() - h1;
    const run = (q) => loaded.search(q).slice(0, 10);
    return { build, buildCpu, heapBuild, size, load, heapLoad, run };
  },
};

const rows = [];
for (const n of SIZES) {
  const docs = syntheticCorpus(n, 20261122, DATA);
  const words = docs.reduce((a, d) => a + d.text.split(/\s+/).length, 0);
  process.stderr.write(`bench-search: ${n} documents, ${Math.round(words / n)} words each on average\n`);
  const qs = queries(QUERIES, docs);
  for (const name of ENGINES) {
    const dir = await mkdtemp(path.join(os.tmpdir(), `bench-search-${name}-`));
    try {
      const r = await engines[name](docs, dir, qs);
      for (const q of qs.slice(0, 20)) r.run(q); // warm up
      const cpus = [];
      const times = qs.map((q) => {
        const t = performance.now();
        const c = cpu();
        r.run(q);
        cpus.push(cpu() - c);
        return ms(t);
      });
      rows.push({
        docs: n, engine: name, build: `${(r.build / 1000).toFixed(2)} (${(r.buildCpu / 1000).toFixed(2)})`, heap: mb(r.heapBuild), size: mb(r.size) + (r.extra ? ` ${r.extra}` : ''),
        load: (r.load / 1000).toFixed(2), heapLoad: mb(r.heapLoad), p50: `${percentile(times, 50).toFixed(1)} (${percentile(cpus, 50).toFixed(1)})`, p95: `${percentile(times, 95).toFixed(1)} (${percentile(cpus, 95).toFixed(1)})`,
      });
      process.stderr.write(`  ${name}: done\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    gc();
  }
}

const head = ['docs', 'engine', 'build s (cpu)', 'heap after build MB', 'saved index MB', 'load s', 'heap after load MB', 'query p50 ms (cpu)', 'query p95 ms (cpu)'];
const keys = ['docs', 'engine', 'build', 'heap', 'size', 'load', 'heapLoad', 'p50', 'p95'];
console.log(`| ${head.join(' | ')} |`);
console.log(`|${head.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${keys.map((k) => row[k]).join(' | ')} |`);
console.log('\nheap = V8 heap used + ArrayBuffers after a full GC, minus before; spisovna\'s includes the texts it keeps for snippets.');
console.log(`${QUERIES} queries (1–3 words, half typed without diacritics), top 10; spisovna's time includes filters, facets and snippets.`);
console.log(`wall time (CPU time of this process in brackets); load average at the end ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores.`);
console.log('Targets on 10,000 documents: p95 ≤ 20 ms, heap ≤ 300 MB, build ≤ 10 s, load ≤ 1 s.');
