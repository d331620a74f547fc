import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpisovnaError } from '../../pipeline/errors.js';
import { loadSearchIndex, saveSearchIndex, search, INDEX_FORMAT, type SearchIndex } from '../../search/index.js';
import { writeTexts } from '../../output/texts.js';
import { makeIndex, type DocSpec } from './helpers.js';
import { termPositions } from '../../search/engine.js';
import { scanMatches } from '../../search/snippet.js';
import { analyzeWord } from '../../search/analyzer.js';

const DOCS: DocSpec[] = [
  {
    path: 'a/usti-plan.txt',
    title: 'Střednědobý plán rozvoje sociálních služeb v Ústeckém kraji 2014–2017',
    kind: 'plan',
    text: 'Střednědobý plán rozvoje sociálních služeb v Ústeckém kraji na období 2014 – 2017 připravily pracovní skupiny. Pečovatelská služba a nízkoprahová zařízení pro děti a mládež jsou prioritou.',
    places: [{ name: 'Ústecký kraj', level: 'kraj' }],
    periods: [['2014', '2017']],
    people: ['Olga Merglová'],
  },
  {
    path: 'b/teplice-zapis.txt',
    title: 'Zápis z jednání pracovní skupiny Teplice',
    kind: 'minutes',
    text: 'Jednání pracovní skupiny pro seniory se konalo v Teplicích. Projednána byla pečovatelská služba a odlehčovací služby. Zapsala Jana Nováková.',
    places: [{ name: 'Teplice', level: 'obec' }],
    dates: ['2016-03-10'],
    people: ['Jana Nováková'],
  },
  {
    path: 'c/liberec-news.txt',
    title: 'Nízkoprahové zařízení pro děti a mládež v Liberci',
    kind: 'news',
    text: 'Město Liberec otevřelo nízkoprahové zařízení pro děti a mládež. Služba je dostupná každý den. Pečovatelskou péči nenabízí.',
    places: [{ name: 'Liberec', level: 'obec' }],
    dates: ['2019-05-02'],
  },
  {
    path: 'd/praha-projekt.txt',
    title: 'Projekt podpory sociálních služeb v Praze',
    kind: 'project',
    text: 'Projekt podporuje terénní sociální práci a sociálně aktivizační služby pro rodiny s dětmi v Praze 17. Služba pečovatelská zde není.',
    territory: { name: 'Hlavní město Praha', level: 'kraj', kraj: 'Hlavní město Praha' },
    periods: [['2018', '2020']],
  },
  {
    path: 'e/kadan-plan.txt',
    title: 'Komunitní plán sociálních služeb ORP Kadaň',
    kind: 'plan',
    text: 'Komunitní plán sociálních služeb pro ORP Kadaň na léta 2021 – 2023. Sociálně aktivizačních služeb pro seniory je málo. Ústí nad Labem leží jinde.',
    places: [{ name: 'Kadaň', level: 'orp' }],
    periods: [['2021', '2023']],
  },
];

let index: SearchIndex;
const ids = (r: { hits: Array<{ path: string }> }) => r.hits.map((h) => h.path);

beforeAll(() => {
  index = makeIndex(DOCS).index;
});

describe('search: words', () => {
  it('finds inflected forms typed without diacritics', () => {
    const r = search(index, 'socialni sluzby');
    expect(r.total).toBeGreaterThanOrEqual(3);
    expect(ids(r)).toContain('a/usti-plan.txt');
  });
  it('"sociálně aktivizační služba" finds "Sociálně aktivizačních služeb"', () => {
    expect(ids(search(index, 'sociálně aktivizační služba')).slice(0, 2).sort()).toEqual(['d/praha-projekt.txt', 'e/kadan-plan.txt']);
  });
  it('ranks the title match first', () => {
    expect(ids(search(index, 'nizkoprahove zarizeni'))[0]).toBe('c/liberec-news.txt');
    expect(ids(search(index, 'střednědobý plán Ústeckého kraje'))[0]).toBe('a/usti-plan.txt');
  });
  it('finds people in any case', () => {
    expect(ids(search(index, 'Olga Merglova'))[0]).toBe('a/usti-plan.txt');
    expect(ids(search(index, 'Novákové'))[0]).toBe('b/teplice-zapis.txt');
  });
  it('finds "Ústí" by "usti"', () => {
    expect(ids(search(index, 'usti'))).toEqual(['e/kadan-plan.txt']);
  });
  it('returns an empty result for an unknown word', () => {
    expect(search(index, 'xylofon')).toMatchObject({ total: 0, hits: [] });
  });
});

describe('search: +must, -not, prefix*, phrases, fields', () => {
  it('+must requires a word', () => {
    const r = search(index, '+pečovatelská +seniory');
    expect(ids(r)).toEqual(['b/teplice-zapis.txt']);
  });
  it('-not excludes a word', () => {
    const all = ids(search(index, 'pečovatelská'));
    expect(all).toContain('c/liberec-news.txt');
    expect(ids(search(index, 'pečovatelská -Liberec'))).not.toContain('c/liberec-news.txt');
  });
  it('a trailing * matches a prefix, with or without diacritics', () => {
    expect(ids(search(index, 'nízkoprah*'))).toEqual(expect.arrayContaining(['a/usti-plan.txt', 'c/liberec-news.txt']));
    expect(ids(search(index, 'odlehc*'))).toEqual(['b/teplice-zapis.txt']);
  });
  it('a phrase needs its words in order', () => {
    // every document with both words: three; in this order: two ("Služba pečovatelská" is not the phrase)
    expect(search(index, '+pečovatelská +služba').total).toBe(4);
    const r = search(index, '"pečovatelská služba"');
    expect(ids(r).sort()).toEqual(['a/usti-plan.txt', 'b/teplice-zapis.txt']);
  });
  it('a phrase matches across stop words and inflection', () => {
    expect(ids(search(index, '"nízkoprahová zařízení pro děti"')).sort()).toEqual(['a/usti-plan.txt', 'c/liberec-news.txt']);
    expect(ids(search(index, '"ústí nad labem"'))).toEqual(['e/kadan-plan.txt']);
  });
  it('-"a phrase" excludes it', () => {
    expect(ids(search(index, 'pečovatelská -"pečovatelská služba"')).sort()).toEqual(['c/liberec-news.txt', 'd/praha-projekt.txt']);
  });
  it('word~1 allows a typo, word^N boosts a word', () => {
    expect(ids(search(index, 'odlehčovaxí~1'))).toEqual(['b/teplice-zapis.txt']);
    expect(search(index, 'odlehčovaxí').total).toBe(0);
    const plain = search(index, 'Liberec Kadaň');
    const boosted = search(index, 'Liberec Kadaň^10');
    expect(boosted.hits[0].path).toBe('e/kadan-plan.txt');
    expect(plain.total).toBe(boosted.total);
  });
  it('field:word searches one field', () => {
    expect(ids(search(index, 'title:zápis'))).toEqual(['b/teplice-zapis.txt']);
    expect(ids(search(index, 'people:Merglová'))).toEqual(['a/usti-plan.txt']);
  });
});

describe('search: malformed queries get a clear error', () => {
  it.each([
    ['"pečovatelská služba', 'a quote is not closed'],
    ['služba +', 'must stand right before'],
    ['*', 'lone *'],
    ['*služba', 'only at the end of a word'],
    ['sl*žba', 'only at the end of a word'],
    ['autor:Novák', 'unknown field "autor"'],
    ['a že ze', 'only stop words'],
    ['služba^', '^ takes a number'],
  ])('%s', (query, message) => {
    let error: unknown;
    try {
      search(index, query);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SpisovnaError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).toMatch(/^search: malformed query/);
  });
  it('bad filters are a SpisovnaError too', () => {
    expect(() => search(index, 'plán', { from: 2020, to: 2010 })).toThrow(/from must not be after to/);
    expect(() => search(index, 'plán', { kind: 'letter' as never })).toThrow(SpisovnaError);
  });
});

describe('search: filters', () => {
  it('by kind', () => {
    expect(ids(search(index, 'služby', { kind: 'plan' })).sort()).toEqual(['a/usti-plan.txt', 'e/kadan-plan.txt']);
    expect(ids(search(index, 'služby', { kind: ['news', 'minutes'] })).sort()).toEqual(['b/teplice-zapis.txt', 'c/liberec-news.txt']);
  });
  it('a kraj matches its ORP and obce', () => {
    const r = search(index, 'služby', { place: 'Ústecký kraj' });
    expect(ids(r).sort()).toEqual(['a/usti-plan.txt', 'b/teplice-zapis.txt', 'e/kadan-plan.txt']);
    expect(ids(search(index, 'služby', { place: 'ustecky' })).sort()).toEqual(ids(r).sort());
  });
  it('an ORP matches its obce, an obec only itself', () => {
    expect(ids(search(index, 'služby', { place: 'Teplice' }))).toEqual(['b/teplice-zapis.txt']);
    expect(ids(search(index, 'služby', { place: 'Liberecký kraj' }))).toEqual(['c/liberec-news.txt']);
    expect(ids(search(index, 'služby', { place: 'Praha' }))).toEqual(['d/praha-projekt.txt']);
    expect(search(index, 'služby', { place: 'Jihočeský kraj' }).total).toBe(0);
  });
  it('years: a period overlapping [from, to] matches', () => {
    // 2014–2017 overlaps 2015–2020; 2016, 2019, 2018–2020 too; 2021–2023 does not
    expect(ids(search(index, 'služby', { from: 2015, to: 2020 })).sort()).toEqual(['a/usti-plan.txt', 'b/teplice-zapis.txt', 'c/liberec-news.txt', 'd/praha-projekt.txt']);
    expect(ids(search(index, 'služby', { from: 2022 }))).toEqual(['e/kadan-plan.txt']);
    expect(ids(search(index, 'služby', { to: 2014 }))).toEqual(['a/usti-plan.txt']);
    expect(ids(search(index, 'služby', { from: '2016', to: '2016' } as never)).sort()).toEqual(['a/usti-plan.txt', 'b/teplice-zapis.txt']);
  });
  it('limit and offset page through; total counts all', () => {
    const all = search(index, 'služby', { limit: 100 });
    const page = search(index, 'služby', { limit: 2, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(ids(page)).toEqual(ids(all).slice(1, 3));
  });
  it('an empty query lists the filtered documents', () => {
    expect(search(index, '', { kind: 'plan' }).total).toBe(2);
  });
});

describe('search: facets and hits', () => {
  it('counts kind, kraj and year over every match', () => {
    const r = search(index, 'pečovatelská', { limit: 1 });
    expect(r.hits).toHaveLength(1);
    expect(r.facets.kind).toEqual({ plan: 1, minutes: 1, news: 1, project: 1 });
    expect(r.facets.kraj).toEqual({ 'Ústecký kraj': 2, 'Liberecký kraj': 1, 'Hlavní město Praha': 1 });
    expect(r.facets.year).toMatchObject({ '2014': 1, '2016': 2, '2019': 2, '2018': 1 });
  });
  it('a hit has path, place, kraj, years and a snippet with the matched words marked', () => {
    const hit = search(index, 'pecovatelska sluzba', { place: 'Teplice' }).hits[0];
    expect(hit).toMatchObject({ path: 'b/teplice-zapis.txt', kind: 'minutes', place: 'Teplice', kraj: 'Ústecký kraj', years: [2016] });
    const marked = hit.highlights!.map((h) => hit.snippet.slice(h.start, h.end));
    expect(marked).toEqual(expect.arrayContaining(['pečovatelská', 'služba', 'služby']));
    expect(hit.score).toBeGreaterThan(0);
  });
  it('highlights every form of a matched word, with or without diacritics in the query', () => {
    const hit = search(index, 'nizkoprahova', { place: 'Liberec' }).hits[0];
    expect(hit.highlights!.map((h) => hit.snippet.slice(h.start, h.end))).toEqual(['nízkoprahové']);
  });
});

describe('term positions kept in the index', () => {
  it('are where the analyzer finds the words in the text', () => {
    const shard = index.shards[0];
    const terms = ['pečovatelská', 'služba', 'Teplice'].map((w) => analyzeWord(w)!);
    for (const [d, ref] of shard.engine.refs.entries()) {
      const text = index.texts.get(ref)!.text;
      expect(termPositions(shard, 'body', d, terms)).toEqual(scanMatches(text, new Set(terms)));
    }
    const teplice = shard.engine.refs.findIndex((r) => index.docs.get(r)!.path === 'b/teplice-zapis.txt');
    const text = index.texts.get(shard.engine.refs[teplice])!.text;
    expect(termPositions(shard, 'body', teplice, terms)!.map((p) => text.slice(p.start, p.end))).toEqual(['Teplicích', 'pečovatelská', 'služba', 'služby']);
  });
});

describe('saved index', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'spisovna-search-'));
    const { index: built, records, texts } = makeIndex(DOCS);
    await saveSearchIndex(built, dir);
    await writeTexts(dir, records.map((r) => texts.get(r.id)!));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('loads and answers as the index built in memory', async () => {
    const loaded = await loadSearchIndex(dir);
    for (const q of ['socialni sluzby', '"pečovatelská služba"', 'nízkoprah*', 'Merglová']) {
      expect(search(loaded, q)).toEqual(search(index, q));
    }
  });
  it('refuses an index of another format with a clear message', async () => {
    const meta = path.join(dir, 'index', 'meta.json');
    const saved = await readFile(meta, 'utf8');
    await writeFile(meta, saved.replace(`"format": ${INDEX_FORMAT}`, '"format": 0'));
    await expect(loadSearchIndex(dir)).rejects.toThrow(`spisovna: index format 0, expected ${INDEX_FORMAT} — rebuild with \`spisovna index ${dir}\``);
    await writeFile(meta, saved);
  });
  it('says how to build a missing index', async () => {
    await expect(loadSearchIndex(path.join(dir, 'nowhere'))).rejects.toThrow(/no search index .*spisovna index/);
  });
});
