#!/usr/bin/env node
// Places, territory, kind and title over the seeds and the dev documents: scores against the gold and
// times the gazetteer build and the extraction per document. Run after `npx tsc -p .`:
//   node scripts/bench-places.mjs [--gold ../shared/eval/gold] [--verbose]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { textToBlocks } from '../dist/corpus/readers/txt.js';
import { normalise } from '../dist/corpus/normalise.js';
import { decodeText } from '../dist/corpus/encoding.js';
import { territories } from '../dist/extractors/czech/territory.js';
import { gazetteer } from '../dist/extractors/czech/places-gazetteer.js';
import { extractPlaces } from '../dist/extractors/fields/places.js';
import { mainTerritory } from '../dist/extractors/document/territory.js';
import { classifyKind, kindScores } from '../dist/extractors/document/kind.js';
import { readTitle } from '../dist/extractors/document/title.js';

const args = process.argv.slice(2);
const goldDir = args.includes('--gold') ? args[args.indexOf('--gold') + 1] : '../shared/eval/gold';
const verbose = args.includes('--verbose');
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

let t0 = performance.now();
const terr = territories();
const tLoad = performance.now() - t0;
t0 = performance.now();
const g = gazetteer();
const tBuild = performance.now() - t0;
console.log(`territory load ${tLoad.toFixed(0)} ms (${terr.units.length} units); gazetteer build ${tBuild.toFixed(0)} ms (${g.forms.size} forms)`);

const files = [
  ...readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => ['seeds', join('seeds', f)]),
  ...readdirSync('../shared/eval/docs').filter((f) => f.endsWith('.txt')).map((f) => ['dev', join('../shared/eval/docs', f)]),
];
// warm-up: the first document also loads the first-name list; time the warm pass
{
  const { text } = decodeText(readFileSync(files[0][1]));
  t0 = performance.now();
  extractPlaces(text);
  console.log(`first document (cold: loads first names): ${(performance.now() - t0).toFixed(1)} ms`);
}
let tp = 0, fp = 0, fn = 0, kinds = 0, kindOk = 0, ms = 0, chars = 0;
for (const [set, path] of files) {
  const goldPath = join(goldDir, set, `${basename(path, '.txt')}.json`);
  if (!existsSync(goldPath)) continue;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const { text: raw } = decodeText(readFileSync(path));
  const n = normalise({ format: 'txt', blocks: textToBlocks(raw), messages: [] });
  const doc = { path, format: 'txt', bytes: raw.length, sha256: '0'.repeat(64), text: n.text, blocks: n.blocks, messages: [] };
  const s = performance.now();
  const places = extractPlaces(doc.text);
  const fields = { places, dates: [], periods: [], people: [], money: [], percentages: [], identifiers: [], contacts: [], goals: [], organisations: [], serviceTypes: [], targetGroups: [] };
  const territory = mainTerritory(doc, fields);
  const kind = classifyKind(doc, fields);
  const title = readTitle(doc);
  ms += performance.now() - s;
  chars += doc.text.length;
  const got = new Set(places.map((p) => fold(p.name)));
  const want = new Set((gold.places ?? []).map(fold));
  const ftp = [...got].filter((x) => want.has(x)).length;
  tp += ftp; fp += got.size - ftp; fn += want.size - ftp;
  kinds++; if (kind === gold.kind) kindOk++;
  const miss = [...want].filter((x) => !got.has(x)), extra = [...got].filter((x) => !want.has(x));
  console.log(`${basename(path)}: kind ${kind}${kind === gold.kind ? '' : ` (gold ${gold.kind})`}; places ${places.length}${miss.length ? ` missing ${miss.join(', ')}` : ''}${extra.length ? ` extra ${extra.join(', ')}` : ''}; territory ${territory ? `${territory.name} (${territory.level})` : '-'}`);
  if (verbose) {
    console.log(`   title: ${title}`);
    console.log(`   kind scores: ${JSON.stringify(kindScores(doc.text))}`);
    for (const p of places) console.log(`   ${p.name} [${p.level} ${p.code ?? ''} ${p.kraj ?? ''}] ← "${p.evidence.text}"`);
  }
}
const prec = tp / (tp + fp || 1), rec = tp / (tp + fn || 1);
console.log(`places tp ${tp} fp ${fp} fn ${fn}  P ${(100 * prec).toFixed(1)} % R ${(100 * rec).toFixed(1)} % F1 ${((200 * prec * rec) / (prec + rec || 1)).toFixed(1)} %`);
console.log(`kind accuracy ${((100 * kindOk) / kinds).toFixed(1)} % (${kindOk}/${kinds})`);
console.log(`extraction (places + territory + kind + title): ${(ms / kinds).toFixed(2)} ms/document, ${((ms / chars) * 1000).toFixed(2)} ms per 1000 chars`);
// a long document: every text above, twenty times (places alone, warm)
const long = files.map(([, p]) => decodeText(readFileSync(p)).text).join('\n\n').repeat(20);
extractPlaces(long.slice(0, 1000));
const sl = performance.now();
const longPlaces = extractPlaces(long);
const longMs = performance.now() - sl;
console.log(`places over a ${(long.length / 1000).toFixed(0)} kB text: ${longMs.toFixed(1)} ms (${longPlaces.length} places), ${((longMs / long.length) * 1000).toFixed(3)} ms per 1000 chars`);
