import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { analyzeText, useCzechAnalyzer } from '../../search/analyzer.js';
import { addToLunr } from '../../search/index-build.js';

/**
 * The index builder feeds lunr term counts (addToLunr) instead of calling `lunr.Builder#add` with a token
 * per word: the built lunr index must be the one lunr's own `add` gives with our tokenizer and pipeline,
 * term numbers included, and the phrase fields' terms those the analyzer gives in text order.
 */
const FIELDS = ['title', 'headings', 'body', 'people', 'places'] as const;

function builder(): lunr.Builder {
  const b = new lunr.Builder();
  useCzechAnalyzer(b);
  b.ref('id');
  FIELDS.forEach((f, i) => b.field(f, { boost: i + 1 }));
  b.metadataWhitelist = [];
  return b;
}

/** the texts of the seed documents that are plain text, and hand-made fields with compounds, numbers, stop words */
function documents(): Array<Record<(typeof FIELDS)[number] | 'id', string>> {
  const docs: Array<Record<(typeof FIELDS)[number] | 'id', string>> = [
    { id: 'a', title: 'Střednědobý plán rozvoje sociálních služeb 2014–2017', headings: 'Cíl 1\nÚvod', body: 'Sociálně-právní ochrana dětí; žít a účast. Rozpočet 1 214 625 Kč, z toho 85 % ESF. 2014 2014 a a a', people: 'Mgr. Jana Nováková\nIng. Petr Dvořák', places: 'Kadaň\nÚstecký kraj' },
    { id: 'b', title: '', headings: '', body: '', people: '', places: '' },
    { id: '10', title: 'constructor __proto__ toString', headings: 'hasOwnProperty', body: 'valueOf 42 007 7 sociálně-právní-ochrana', people: 'Žofie Čížková', places: 'Ústí nad Labem' },
  ];
  const dir = join(import.meta.dirname, '..', '..', 'seeds');
  for (const f of readdirSync(dir).filter((n) => /\.(txt|html?)$/i.test(n)).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const lines = text.split('\n');
    docs.push({ id: f, title: lines[0] ?? '', headings: lines.slice(1, 4).join('\n'), body: text, people: lines[5] ?? '', places: lines[6] ?? '' });
  }
  return docs;
}

describe('addToLunr', () => {
  it('builds the index lunr builds with its own add', () => {
    const docs = documents();
    expect(docs.length).toBeGreaterThan(3);
    const theirs = builder();
    const ours = builder();
    for (const d of docs) {
      theirs.add(d);
      addToLunr(ours, d, ['title', 'body']);
    }
    const a = theirs.build();
    const b = ours.build();
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(Object.keys(a.invertedIndex).length).toBeGreaterThan(200);
    // term numbers are part of what lunr keeps (their order decides the saved index)
    const numbers = (x: lunr.Index) => Object.entries((x as unknown as { invertedIndex: Record<string, { _index: number }> }).invertedIndex).map(([t, p]) => [t, p._index]);
    expect(numbers(b)).toEqual(numbers(a));
  });

  it('returns the phrase fields\' terms in text order with their places', () => {
    const doc = { id: 'x', title: 'Plán sociálních služeb', headings: '', body: 'Sociálně-právní ochrana: žít a účast v roce 2014.', people: '', places: '' };
    const seq = addToLunr(builder(), doc, ['title', 'body']);
    expect(Object.keys(seq)).toEqual(['title', 'body']);
    const expected = analyzeText(doc.body);
    expect(seq.body.terms).toEqual(expected.map((t) => t.term));
    expect(seq.body.starts).toEqual(expected.map((t) => t.start));
    expect(seq.body.lengths).toEqual(expected.map((t) => t.end - t.start));
    expect(seq.body.terms.filter((t) => t.includes('-'))).toHaveLength(1);
    expect(seq.title.terms.length).toBe(3);
  });
});
