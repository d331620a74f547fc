import { describe, expect, it } from 'vitest';
import { moneyExtractor as money } from '../../extractors/fields/money.js';
import { contactsExtractor as contacts } from '../../extractors/fields/contacts.js';
import { identifiersExtractor as ids } from '../../extractors/fields/identifiers.js';
import { percentagesExtractor as pct } from '../../extractors/fields/percentages.js';
import { run } from './field-helpers.js';

/** Things that look like amounts, phones or identifiers and are not. */
const typesOf = (ex: Parameters<typeof run>[0], text: string) => (run(ex, text) as Array<{ type?: string }>).map((x) => x.type ?? 'item');

describe('not money', () => {
  it.each([
    ['a year', 'V roce 2019 proběhlo 5 setkání.'],
    ['a period', 'na období 2014 – 2017'],
    ['a phone', 'Telefon: 730 870 046'],
    ['a phone with +420', 'tel. +420 730 870 046'],
    ['a registration number', 'CZ.03.2.63/0.0/0.0/16_063/0006583'],
    ['a resolution', 'usnesení č. 0211/Z09/15'],
    ['a count of people', 'účastnilo se přibližně 100 zástupců'],
    ['a count of remarks', 'obdržel přibližně 26 připomínek'],
    ['a date', 'dne 30. 11. 2017'],
    ['a time', 'od 14:00 hod.'],
    ['a PSČ', '387 06 Malenice'],
    ['an IČO', 'IČ: 00081531'],
    ['a percentage', 've výši 5 %'],
    ['a law', 'zákon č. 108/2006 Sb.'],
    ['a count under a label', 'Počet klientů: 1 200'],
    ['a year under a money label', 'Rok dotace: 2019'],
    ['a vote', 'pro: 6 proti: 0'],
  ])('%s', (_, text) => expect(run(money, text)).toEqual([]));
});

describe('not phones', () => {
  it.each([
    ['an amount', 'celkem 730 870 046 Kč'],
    ['an amount with grouping before', 'náklady 1 214 625 Kč'],
    ['a date', '17. 10. 2017'],
    ['a registration number', 'CZ.03.2.63/0.0/0.0/16_063/0006583'],
    ['an IČO', 'IČO: 70892156'],
    ['an account number', 'č. ú. 123456789/0800'],
    ['a resolution', 'UR/88/12/2019'],
    ['a period', '2014 – 2017'],
    ['a nine-digit number without a label', 'evidenční číslo 730870046'],
    ['a longer run of digits', 'kód 7308700461'],
  ])('%s', (_, text) => expect(typesOf(contacts, text)).not.toContain('phone'));
});

describe('not identifiers', () => {
  it.each([
    ['a date with slashes', 'dne 12/2019'],
    ['a period with a slash', '2014/2015'],
    ['a phone', '730 870 046'],
    ['an amount', '1.734.210,50 Kč'],
    ['an IČO with a wrong check digit', 'IČ: 12345678'],
    ['a fraction', 'poměr 1/3 členů'],
  ])('%s', (_, text) => expect(run(ids, text)).toEqual([]));
});

describe('not percentages', () => {
  it.each([
    ['a count', '85 osob'],
    ['percentage points', 'o 3 procentní body'],
    ['a date', '5. 6. 2012'],
  ])('%s', (_, text) => expect(run(pct, text)).toEqual([]));
});
