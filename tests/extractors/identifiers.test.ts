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
