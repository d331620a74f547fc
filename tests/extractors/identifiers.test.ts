import { describe, expect, it } from 'vitest';
import { identifiersExtractor as ids } from '../../extractors/fields/identifiers.js';
import { validIco } from '../../extractors/czech/identifier-words.js';
import { expectNone, expectOne, run, values } from './field-helpers.js';

describe('identifiers: registration numbers', () => {
  it.each([
    ['(projekt č. CZ.03.2.63/0.0/0.0/16_063/0006583)', 'CZ.03.2.63/0.0/0.0/16_063/0006583'],
    ['registrační číslo: CZ.03.2.63/0.0/0.0/16_063/0006526, financováno z ESF', 'CZ.03.2.63/0.0/0.0/16_063/0006526'],
    ['reg. číslo: CZ.03.2.60/0.0/0.0/15_005/0010156.', 'CZ.03.2.60/0.0/0.0/15_005/0010156'],
    ['projekt CZ.1.04/3.1.00/05.00045 byl ukončen', 'CZ.1.04/3.1.00/05.00045'],
  ])('%s', (text, value) => expectOne(ids, text, { type: 'registration', value }));
});

describe('identifiers: resolutions', () => {
  it.each([
    ['schváleno usnesením č. 0211/Z09/15', '0211/Z09/15'],
    ['zastupitelstvo města (usn. č. 63/2018)', '63/2018'],
    ['Usnesením Zastupitelstva Středočeského kraje č. 028-20/2022/ZK ze dne 28. 11. 2022', '028-20/2022/ZK'],
    ['rada schválila materiál UR/88/12/2019', 'UR/88/12/2019'],
    ['viz 0537/Z18/19', '0537/Z18/19'],
    ['číslo usnesení: RM/12/3/2020', 'RM/12/3/2020'],
    ['usnesení Rady města Liberec č. 1234/2019', '1234/2019'],
  ])('%s', (text, value) => expectOne(ids, text, { type: 'resolution', value }));
});

describe('identifiers: laws', () => {
  it.each([
    ['podle zákona č. 108/2006 Sb., o sociálních službách', '108/2006 Sb.'],
    ['v souladu s Vyhláškou č. 505/2006 Sb., kterou se provádějí', '505/2006 Sb.'],
    ['zákon 108/2006Sb.', '108/2006 Sb.'],
    ['nařízení (EU) č. 1303/2013', '1303/2013'],
  ])('%s', (text, value) => expectOne(ids, text, { type: 'law', value }));

  it('a law cited after a resolution is a law', () => {
    expect(run(ids, 'usnesení podle zákona č. 108/2006 Sb.').map((i) => [i.type, i.value])).toEqual([['law', '108/2006 Sb.']]);
  });
});

describe('identifiers: IČO', () => {
  it('accepts an IČO with a right check digit', () => {
    expect(validIco('00081531')).toBe(true);
    expect(validIco('70892156')).toBe(true);
    expectOne(ids, 'Úřad, IČ: 00081531, sídlo', { type: 'ico', value: '00081531' });
    expectOne(ids, 'IČO 708 92 156', { type: 'ico', value: '70892156' });
  });

  it('rejects a wrong check digit', () => {
    expect(validIco('00081532')).toBe(false);
    expectNone(ids, 'IČ: 00081532');
  });
});

describe('identifiers: what is not an identifier', () => {
  it.each([
    'Dne 7. 6. 2012 se konalo setkání.',
    'Plán na období 2014/2017',
    'v roce 12/2019',
    'Telefon: 730 870 046',
    '1 214 625 Kč',
  ])('%s', (text) => expectNone(ids, text));

  it('keeps each value once', () => {
    expect(values(ids, 'zákon č. 108/2006 Sb. a znovu zákon č. 108/2006 Sb.')).toEqual(['108/2006 Sb.']);
  });
});

describe('identifiers: resolution lists and votes', () => {
  it('reads every number of a list after one cue', () => {
    expect(values(ids, 'schváleno usn. č. 63/2018 a 64/2018, č. 65/2018.')).toEqual(['63/2018', '64/2018', '65/2018']);
  });

  it('reads a resolution after a colon', () => {
    expectOne(ids, 'Usnesení: RM/12/3/2020', { type: 'resolution', value: 'RM/12/3/2020' });
  });

  it.each([
    'Usnesení bylo přijato 6/0/0.',
    'usnesení přijato poměrem hlasů 5/1/0',
    'usnesení o plánu na roky 2014/2015',
  ])('none in "%s"', (text) => expectNone(ids, text));
});

describe('identifiers: a resolution number right after the bare word "usnesení"', () => {
  it.each([
    ['Usnesení PS/7/2021: Pracovní skupina bere na vědomí zprávu.', 'PS/7/2021'],
    ['USNESENÍ ŘS/2/2020 – řídící skupina souhlasí s plánem', 'ŘS/2/2020'],
    ['Rada to potvrdila usnesením RM/77/9/2021 ze dne 3. 5. 2021.', 'RM/77/9/2021'],
    ['Komise přijala usnesení 14/2021 bez připomínek.', '14/2021'],
    ['Usnesení č. KS/12/2019: skupina souhlasí.', 'KS/12/2019'],
    ['Schváleno usnesením č. 88/5/2017.', '88/5/2017'],
  ])('%s', (text, value) => expectOne(ids, text, { type: 'resolution', value }));

  it('an EU act right after the word stays a law', () => {
    expect(run(ids, 'usnesení 2014/24/EU').map((i) => [i.type, i.value])).toEqual([['law', '2014/24/EU']]);
  });

  it('reads a list after a bare cue', () => {
    expect(values(ids, 'Usnesení PS/7/2021 a PS/8/2021 byla přijata.')).toEqual(['PS/7/2021', 'PS/8/2021']);
  });

  it.each([
    // negative twins: a date, a period of years, a month and an EU act right after the word
    'Usnesení 12/3/2019 nebylo přijato.',
    'usnesení 2019/2020 o rozpočtu',
    'Usnesení 2018/19 zůstává v platnosti.',
    'usnesení 3/2019 schůze',
    'Usnesení bylo přijato jednomyslně.',
    'usnesením ze dne 12/3/2019',
  ])('none in "%s"', (text) => expectNone(ids, text));
});

describe('identifiers: resolution numbers after a few words or "č.:"', () => {
  it.each([
    ['Bylo přijato usnesení Řídící skupiny ŘS/4/2022 o harmonogramu.', 'ŘS/4/2022'],
    ['usnesením Rady města RM/301/15/2021 ze dne 1. 6. 2021', 'RM/301/15/2021'],
    ['Usnesení č.: 17/2020', '17/2020'],
  ])('%s', (text, value) => expectOne(ids, text, { type: 'resolution', value }));

  it.each([
    // negative twins: after words without "č." a number without a letter prefix is a date, a vote or a period
    'usnesení ze dne 12/3/2019',
    'usnesení přijato hlasy 7/0/1',
    'usnesení o plánu 2021/2023',
  ])('none in "%s"', (text) => expectNone(ids, text));
});

describe('identifiers: resolution numbers with the body letters and a space before them', () => {
  it.each([
    ['Rozpočet schválilo zastupitelstvo usnesením č. ZK 118/04/24.', 'ZK 118/04/24'],
    ['Dle usnesení RM 27/2021 se zřizuje pracovní skupina.', 'RM 27/2021'],
    ['usnesení č. ZM\u00a09/2/2022 ze dne 14. 3. 2022', 'ZM 9/2/2022'],
    ['usnesením Zastupitelstva obce ZO 5/7/2023 byl plán přijat', 'ZO 5/7/2023'],
  ])('%s', (text, value) => expectOne(ids, text, { type: 'resolution', value }));

  it('reads a second such number in the list', () => {
    expect(values(ids, 'usnesení č. RK 40/2020 a RK 41/2020', 'value')).toEqual(['RK 40/2020', 'RK 41/2020']);
  });

  it.each([
    // negative twins: the letters with no number after them, a date after the word, a bare "ZK" in prose
    'usnesení ZK bylo zveřejněno 12/3/2019',
    'usnesení ze dne 12/3/2019',
    'Zápis ZK 12 členů přítomno',
    'usnesení o plánu 2021/2023',
  ])('none in "%s"', (text) => expectNone(ids, text));
});
