#!/usr/bin/env node
// Money, percentages, identifiers, contacts, goals (and the unscored organisations, service types, target
// groups) over the seeds and the dev documents: times each extractor per document and scores the five scored
// fields with ../shared/eval/score.mjs. Run after `npx tsc -p .`:
//   node scripts/bench-fields.mjs [--gold ../shared/eval/gold] [--docs ../shared/eval/docs] [--runs 50]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textToBlocks } from '../dist/corpus/readers/txt.js';
import { normalise } from '../dist/corpus/normalise.js';
import { decodeText } from '../dist/corpus/encoding.js';
import { emptyFields } from '../dist/extractors/types.js';
import { moneyExtractor } from '../dist/extractors/fields/money.js';
import { percentagesExtractor } from '../dist/extractors/fields/percentages.js';
import { identifiersExtractor } from '../dist/extractors/fields/identifiers.js';
import { contactsExtractor } from '../dist/extractors/fields/contacts.js';
import { goalsExtractor } from '../dist/extractors/fields/goals.js';
import { organisationsExtractor } from '../dist/extractors/fields/organisations.js';
import { serviceTypesExtractor } from '../dist/extractors/fields/service-types.js';
import { targetGroupsExtractor } from '../dist/extractors/fields/target-groups.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const goldDir = opt('--gold', '../shared/eval/gold');
const docsDir = opt('--docs', '../shared/eval/docs');
const runs = Number(opt('--runs', '50'));
const EXTRACTORS = [
  moneyExtractor, percentagesExtractor, identifiersExtractor, contactsExtractor, goalsExtractor,
  organisationsExtractor, serviceTypesExtractor, targetGroupsExtractor,
];

const files = [
  ...readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => join('seeds', f)),
  ...readdirSync(docsDir).filter((f) => f.endsWith('.txt')).map((f) => join(docsDir, f)),
];
const time = new Map(EXTRACTORS.map((e) => [e.id, 0]));
const records = [];
for (const path of files) {
  const { text } = decodeText(readFileSync(path));
  const n = normalise({ format: 'txt', blocks: textToBlocks(text), messages: [] });
  const doc = { path, format: 'txt', bytes: 0, sha256: '0'.repeat(64), text: n.text, blocks: n.blocks, messages: [] };
  const found = emptyFields();
  for (const e of EXTRACTORS) {
    const t0 = performance.now();
    let items = [];
    for (let i = 0; i < runs; i++) items = e.extract({ doc, text: doc.text, found });
    time.set(e.id, time.get(e.id) + (performance.now() - t0) / runs);
    found[e.field] = items;
  }
  records.push(JSON.stringify({ source: { path }, ...found }));
}

let total = 0;
console.log(`extraction time per document (mean of ${runs} runs over ${files.length} documents):`);
for (const [id, ms] of time) {
  total += ms;
  console.log(`  ${id.padEnd(14)} ${(ms / files.length).toFixed(3)} ms`);
}
console.log(`  ${'all eight'.padEnd(14)} ${(total / files.length).toFixed(3)} ms`);

const dir = mkdtempSync(join(tmpdir(), 'spisovna-bench-fields-'));
writeFileSync(join(dir, 'records.jsonl'), records.join('\n') + '\n');
const score = JSON.parse(execFileSync('node', [join(goldDir, '..', 'score.mjs'), '--gold', goldDir, '--records', join(dir, 'records.jsonl'), '--json']));
const pct = (x) => (100 * x).toFixed(1).padStart(6);
console.log('field          tp    fp    fn   prec%  recall%    F1%');
for (const f of ['money', 'percentages', 'identifiers', 'contacts', 'goals']) {
  const s = score.fields[f];
  console.log(`${f.padEnd(12)} ${String(s.tp).padStart(4)}  ${String(s.fp).padStart(4)}  ${String(s.fn).padStart(4)}  ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}`);
}
