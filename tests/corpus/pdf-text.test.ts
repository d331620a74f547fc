import { describe, expect, it } from 'vitest';
import { dropRunningLines, fixSpacingAccents, keepsHyphen, pdfPagesToBlocks, vocabulary } from '../../corpus/pdf-text.js';

const W = `${'x'.repeat(69)}.`; // a full-width line (a sentence of its own) sets the line width of a crafted page

const blocks = (...pages: string[]) => pdfPagesToBlocks(pages.map((text, i) => ({ num: i + 1, text })));
const texts = (...pages: string[]) => blocks(...pages).map((b) => b.text);

describe('PDF lines to paragraphs', () => {
  it('joins a line that ends mid-sentence to the next', () => {
    expect(texts(`${W}\nStředočeský kraj zajišťuje síť sociálních služeb pro osoby se zdravotním\npostižením a seniory v celém kraji.\nDalší odstavec.`)).toEqual([
      W,
      'Středočeský kraj zajišťuje síť sociálních služeb pro osoby se zdravotním postižením a seniory v celém kraji.',
      'Další odstavec.',
    ]);
  });

  it('keeps label lines, list items, short lines and headings apart', () => {
    const page = [
      'ZÁPIS Z JEDNÁNÍ PRACOVNÍ SKUPINY',
      'Přítomni:',
      'Olga Merglová, Jana Urbanová, Alena Janáčková, Kateřina Šretrová, Lukáš Průcha,',
      'Zlata Adamcová, Vlasta Pavlů, Dana Morcová, Pavel Kalous, Kateřina Marcinková',
      'Omluveni:',
      'Monika Musilová',
      'Neomluven: Petr Hampacher',
      '1) Úvod',
      '2) Projednání návrhu Komunitního plánu sociálních služeb a služeb jim blízkých',
      'statutárního města Liberec na období 2018 – 2022',
      '• udržení sítě,',
      'Dne:',
      '23. 10. 2017',
    ].join('\n');
    const b = blocks(page);
    expect(b.map((x) => [x.type, x.text])).toEqual([
      ['heading', 'ZÁPIS Z JEDNÁNÍ PRACOVNÍ SKUPINY'],
      ['paragraph', 'Přítomni:'],
      ['paragraph', 'Olga Merglová, Jana Urbanová, Alena Janáčková, Kateřina Šretrová, Lukáš Průcha, Zlata Adamcová, Vlasta Pavlů, Dana Morcová, Pavel Kalous, Kateřina Marcinková'],
      ['paragraph', 'Omluveni:'],
      ['paragraph', 'Monika Musilová'],
      ['paragraph', 'Neomluven: Petr Hampacher'],
      ['list-item', '1) Úvod'],
      ['list-item', '2) Projednání návrhu Komunitního plánu sociálních služeb a služeb jim blízkých statutárního města Liberec na období 2018 – 2022'],
      ['list-item', '• udržení sítě,'],
      ['paragraph', 'Dne:'],
      ['paragraph', '23. 10. 2017'],
    ]);
  });

  it('does not take a wrapped date or dash for a list item', () => {
    expect(texts(`${W}\nJednání pracovní skupiny pro seniory a osoby se zdravotním postižením dne\n2. 10. 2017 se konalo v zasedací místnosti úřadu města.`)).toEqual([
      W,
      'Jednání pracovní skupiny pro seniory a osoby se zdravotním postižením dne 2. 10. 2017 se konalo v zasedací místnosti úřadu města.',
    ]);
  });

  it('mends words split by end-of-line hyphens and keeps the hyphens of compounds', () => {
    const page = [
      W,
      'Střednědobý plán rozvoje sociálních služeb na další období včetně slu-',
      'žeb jim blízkých schválilo zastupitelstvo statutárního města Frýdek-',
      'Místek a spolu s ním i odbor sociálně-právní ochrany dětí, odbor sociálně-',
      'právní ochrany dětí a poskytovatelé služeb v kraji a v celém okrese Ústecko-',
      '-Chomutovském. Plán navazuje na předchozí střednědobý plán na období 2014-',
      '2017 a byl hodnocen v pracovních skupinách.',
    ].join('\n');
    expect(texts(page)[1]).toBe(
      'Střednědobý plán rozvoje sociálních služeb na další období včetně služeb jim blízkých schválilo zastupitelstvo statutárního města Frýdek-Místek a spolu s ním i odbor sociálně-právní ochrany dětí, odbor sociálně-právní ochrany dětí a poskytovatelé služeb v kraji a v celém okrese Ústecko-Chomutovském. Plán navazuje na předchozí střednědobý plán na období 2014-2017 a byl hodnocen v pracovních skupinách.',
    );
  });

  it('decides hyphens by the document\'s own words', () => {
    const vocab = vocabulary('služeb komunitního plánování zdravotně-sociální');
    expect(keepsHyphen('slu', 'žeb', vocab)).toBe(false);
    expect(keepsHyphen('komunit', 'ního', vocab)).toBe(false);
    expect(keepsHyphen('zdravotně', 'sociální', vocab)).toBe(true);
    expect(keepsHyphen('plá', 'nování', vocab)).toBe(false);
    expect(keepsHyphen('Frýdek', 'Místek', vocab)).toBe(true);
    expect(keepsHyphen('COVID', '19', vocab)).toBe(true);
    expect(keepsHyphen('ekonomicko', 'správní', new Map())).toBe(true);
    expect(keepsHyphen('zajiš', 'ťuje', new Map())).toBe(false);
  });

  it('puts pdf.js spacing accents back on their letters', () => {
    expect(fixSpacingAccents('pˇríliš')).toBe('příliš');
    expect(fixSpacingAccents('ˇCeský Krumlov, ´Ust´ı nad Labem')).toBe('Český Krumlov, Ústí nad Labem');
    expect(fixSpacingAccents('d˚um a r˚uzné')).toBe('dům a různé');
    expect(fixSpacingAccents('u\u030A')).toBe('ů');
    expect(fixSpacingAccents('rock´n´roll 5´')).toBe('rock´n´roll 5´');
    expect(texts('Zápis z jednání: pˇríliš mnoho ˇzádostí')).toEqual(['Zápis z jednání: příliš mnoho žádostí']);
  });

  it('drops page numbers and running headers and footers, keeps page numbers on blocks', () => {
    const page = (n: number, body: string) => `Komunitní plán města Teplice\n${body}\nStrana ${n} z 3`;
    const b = blocks(page(1, 'První strana.\nÚvod.\nCíle.'), page(2, 'Druhá strana.\nPéče.\nRodina.'), page(3, 'Třetí strana.\nSenioři.\nZávěr.'));
    expect(b.map((x) => [x.text, x.page])).toEqual([
      ['První strana.', 1], ['Úvod.', 1], ['Cíle.', 1],
      ['Druhá strana.', 2], ['Péče.', 2], ['Rodina.', 2],
      ['Třetí strana.', 3], ['Senioři.', 3], ['Závěr.', 3],
    ]);
    expect(dropRunningLines([['- 4 -', 'text'], ['text', '5']])).toEqual([['text'], ['text']]);
    // a short page's lines are all at its edges: there only the outermost running lines go
    expect(dropRunningLines([['Zápis', 'Účast', 'Závěr', '1'], ['Zápis', 'Účast', 'Závěr', '2']])).toEqual([['Účast', 'Závěr'], ['Účast', 'Závěr']]);
    // a running header goes once a page: the document's own first line that repeats it stays
    expect(dropRunningLines([['Plán města', 'Plán města', 'a', 'b', 'c', '1'], ['Plán města', 'd', 'e', 'f', 'g', '2']])).toEqual([['Plán města', 'a', 'b', 'c'], ['d', 'e', 'f', 'g']]);
  });

  it('carries a paragraph over a page break when the sentence goes on', () => {
    const b = blocks(`${W}\nPlán byl projednán s poskytovateli sociálních služeb a s uživateli těchto`, 'služeb v průběhu roku 2017.');
    expect(b.map((x) => [x.text, x.page])).toEqual([
      [W, 1],
      ['Plán byl projednán s poskytovateli sociálních služeb a s uživateli těchto služeb v průběhu roku 2017.', 1],
    ]);
  });
});
