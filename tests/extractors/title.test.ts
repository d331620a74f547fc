import { describe, expect, it } from 'vitest';
import { readTitle, titleFromText } from '../../extractors/document/title.js';
import { docOf } from './field-helpers.js';

const title = (text: string) => readTitle(docOf(text));

describe('title: as a reader would name the document', () => {
  it('takes the first meaningful line', () => {
    expect(title('Komunitní plánování v Teplicích\n\nHlavní stránka Aktuality Komunitní plánování v Teplicích\n\n26.7.2016, Sekce: Aktuality')).toBe('Komunitní plánování v Teplicích');
  });

  it('skips a generic label, a menu line and a date line', () => {
    expect(title('Zpráva\n\nZápis ze 51.jednání PS pro kvalitu')).toBe('Zápis ze 51.jednání PS pro kvalitu');
    expect(title('Hlavní stránka Aktuality Projekty\n\nPodpora sociálních služeb')).toBe('Podpora sociálních služeb');
    expect(title('29. listopadu 2018\n\nPodpora sociálních služeb')).toBe('Podpora sociálních služeb');
    expect(title('Aktuality\n\n31.1.2017\n\nMěsto podá žádost o dotaci')).toBe('Město podá žádost o dotaci');
  });

  it('joins a title broken over two lines', () => {
    expect(title('Setkání vedoucích pracovních skupin pro tvorbu Střednědobého plánu\n\nv Ústeckém kraji na období 2014 – 2017\n\nDne 7. 6. 2012 se uskutečnilo setkání.'))
      .toBe('Setkání vedoucích pracovních skupin pro tvorbu Střednědobého plánu v Ústeckém kraji na období 2014 – 2017');
  });

  it('does not join a next line that starts a new sentence', () => {
    expect(title('Komunitní plánování v Teplicích\n\nJako průlom je vnímáno zahájení.')).toBe('Komunitní plánování v Teplicích');
  });

  it('names the plan a long first sentence announces', () => {
    expect(titleFromText('Usnesením Zastupitelstva Středočeského kraje č. 028-20/2022/ZK ze dne 28. 11. 2022 byl schválen Střednědobý plán rozvoje sociálních služeb ve Středočeském kraji na období 2023 – 2025 (dále SPRSS SK 2023 – 2025 či Plán).'))
      .toBe('Střednědobý plán rozvoje sociálních služeb ve Středočeském kraji na období 2023 – 2025');
  });

  it('keeps a title with diacritics at both ends and clips a very long one', () => {
    expect(title('Úřad práce – Žďár\n\nText je zde.')).toBe('Úřad práce – Žďár');
    expect(title(`${'Slovo '.repeat(60)}konec`).length).toBeLessThanOrEqual(200);
  });

  it('takes a heading that opens the document, not a section heading further down', () => {
    const text = 'Komunitní plánování v Teplicích\nText článku.\nOBLAST RODINA, DĚTI A MLÁDEŽ\nDalší text.';
    const start = text.indexOf('OBLAST');
    const doc = { ...docOf(text), text, blocks: [
      { type: 'paragraph' as const, start: 0, end: 31 },
      { type: 'heading' as const, start, end: start + 'OBLAST RODINA, DĚTI A MLÁDEŽ'.length, level: 2 },
    ] };
    expect(readTitle(doc)).toBe('Komunitní plánování v Teplicích');
    const opening = { ...doc, blocks: [{ type: 'heading' as const, start: 0, end: 31, level: 1 }] };
    expect(readTitle(opening)).toBe('Komunitní plánování v Teplicích');
  });

  it('gives an empty title for an empty text', () => {
    expect(titleFromText('')).toBe('');
  });
});
