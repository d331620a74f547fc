import { describe, expect, it } from 'vitest';
import { analyzeText, analyzeWord, tokenizeText } from '../../search/analyzer.js';
import { foldDiacritics, stemCzech, stemCzechFolded } from '../../search/stemmer.js';

/** Every form reaches one index term, typed with or without diacritics. */
function expectSameTerm(...forms: string[]) {
  const terms = new Set(forms.flatMap((f) => [analyzeWord(f), analyzeWord(foldDiacritics(f))]));
  expect([...terms], forms.join(', ')).toHaveLength(1);
  expect([...terms][0]).toBeTruthy();
}

describe('Czech analyzer: inflected forms of real words meet', () => {
  it('sociální in its cases', () => expectSameTerm('sociální', 'sociálních', 'sociálním', 'sociálními', 'Sociální'));
  it('služba in its cases', () => expectSameTerm('služba', 'služby', 'službě', 'službu', 'službou', 'službám', 'službách', 'službami', 'služeb'));
  it('plán and its cases', () => expectSameTerm('plán', 'plánu', 'plánem', 'plány', 'plánů', 'plánech'));
  it('plánování and its cases', () => expectSameTerm('plánování', 'plánováním', 'PLÁNOVÁNÍ'));
  it('kraj as adjective and noun', () => {
    expectSameTerm('Ústecký', 'Ústeckého', 'Ústeckém', 'ústeckým');
    expectSameTerm('kraj', 'kraje', 'kraji', 'krajem');
  });
  it('pečovatelská služba, nízkoprahové zařízení', () => {
    expectSameTerm('pečovatelská', 'pečovatelské', 'pečovatelskou', 'pečovatelských');
    expectSameTerm('nízkoprahové', 'nízkoprahová', 'nízkoprahového', 'nízkoprahových');
    expectSameTerm('zařízení', 'zařízením', 'zařízeních');
  });
  it('a surname in its female forms', () => expectSameTerm('Merglová', 'Merglové', 'Merglovou'));
  it('does not merge different words', () => {
    expect(analyzeWord('plán')).not.toBe(analyzeWord('plánování'));
    expect(analyzeWord('služba')).not.toBe(analyzeWord('sociální'));
    expect(analyzeWord('rok')).not.toBe(analyzeWord('ruka'));
  });
});

describe('words that begin or end with diacritics', () => {
  it('keeps them whole (lunr’s trimmer would cut them)', () => {
    expect(tokenizeText('žít, účast; Ústí! „ústí“ žluťoučký').map((t) => t.word)).toEqual(['žít', 'účast', 'ústí', 'ústí', 'žluťoučký']);
  });
  it('finds Ústí and ústí by "usti"', () => {
    expect(analyzeWord('usti')).toBe(analyzeWord('Ústí'));
    expect(analyzeWord('usti')).toBe(analyzeWord('ústí'));
  });
  it('finds žít and účast without diacritics', () => {
    expect(analyzeWord('zit')).toBe(analyzeWord('žít'));
    expect(analyzeWord('ucast')).toBe(analyzeWord('účast'));
    expectSameTerm('účast', 'účasti', 'účastí');
  });
});

describe('tokenizer', () => {
  it('keeps numbers and years whole, splits ranges', () => {
    expect(tokenizeText('na období 2014 – 2017 za 1 214 625 Kč').map((t) => t.word)).toEqual(['na', 'období', '2014', '2017', 'za', '1', '214', '625', 'kč']);
  });
  it('keeps a hyphenated compound whole and gives its parts', () => {
    const t = tokenizeText('sociálně-právní ochrana');
    expect(t.map((x) => x.word)).toEqual(['sociálně-právní', 'sociálně', 'právní', 'ochrana']);
    expect(t[2]).toMatchObject({ start: 9, end: 15 });
  });
  it('normalises to NFC and lower case', () => {
    const decomposed = 'U\u0301stí'; // Ú as U + combining acute
    expect(tokenizeText(decomposed).map((t) => t.word)).toEqual(['ústí']);
  });
  it('gives offsets into the text', () => {
    const text = 'Ve městě Ústí nad Labem';
    for (const t of tokenizeText(text)) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
  });
});

describe('stop words', () => {
  it('drops them with and without diacritics', () => {
    for (const w of ['a', 'že', 'ze', 'který', 'ktery', 'jsou', 'při', 'pri']) expect(analyzeWord(w), w).toBeNull();
  });
  it('keeps words that only fold onto a stop word', () => {
    expect(analyzeWord('byt')).toBe('byt'); // a flat, not "být"
    expect(analyzeWord('být')).toBeNull();
  });
  it('keeps content words of the domain', () => {
    for (const w of ['zprávy', 'strana', 'den', 'tisíc']) expect(analyzeWord(w), w).not.toBeNull();
  });
  it('analyzeText drops stop words and keeps places', () => {
    expect(analyzeText('plán pro Ústí nad Labem').map((t) => t.term)).toEqual([analyzeWord('plán'), analyzeWord('Ústí'), analyzeWord('Labem')]);
  });
});

describe('the Dolamic & Savoy light stemmer as published (Lucene CzechStemmer)', () => {
  it.each([
    ['sociálních', 'sociáln'],
    ['službách', 'služb'],
    ['služeb', 'služb'], // e* → *
    ['domů', 'dom'],
    ['dům', 'dom'], // ů* → o*
    ['atech', 'atech'], // too short for -atech
    ['kuřátech', 'kuřát'], // -atech is matched without the accent only
    ['Novákovi'.toLowerCase(), 'novák'],
    ['otcův', 'otcov'], // too short for the possessive; ů* → o*
    ['matčin', 'matk'], // possessive -in, then č → k
    ['pečovatelských', 'pečovatelsk'],
    ['Labem'.toLowerCase(), 'lab'],
    ['rukou', 'ruk'],
    ['pomoc', 'pomok'], // [cč] → k
    ['kniž', 'knih'], // [zž] → h
    ['pouště', 'pousk'], // ě, then št → sk
  ])('%s → %s', (word, stem) => {
    expect(stemCzech(word)).toBe(stem);
  });
  it('the folded variant keeps "ruka" and "rok" apart', () => {
    expect(analyzeWord('rukou')).not.toBe(analyzeWord('roku'));
  });
  it('the folded variant agrees with the published one after folding', () => {
    for (const w of ['sociálních', 'službách', 'pečovatelských', 'Ústeckém'.toLowerCase(), 'plánováním', 'rukou', 'pomoc']) {
      expect(stemCzechFolded(foldDiacritics(w)), w).toBe(foldDiacritics(stemCzech(w)));
    }
  });
});
