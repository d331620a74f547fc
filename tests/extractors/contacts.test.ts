import { describe, expect, it } from 'vitest';
import { contactsExtractor as contacts } from '../../extractors/fields/contacts.js';
import { addressesExtractor as addresses } from '../../extractors/fields/addresses.js';
import { expectNone, expectOne, run } from './field-helpers.js';

describe('contacts: e-mail and web', () => {
  it('reads e-mail addresses', () => {
    expectOne(contacts, 'E-mail: lukesova@sossumavsko.cz', { type: 'email', value: 'lukesova@sossumavsko.cz' });
    expectOne(contacts, 'e-mail: slajs@kr-s.cz .', { type: 'email', value: 'slajs@kr-s.cz' });
    expectOne(contacts, 'pište na jana.nova@mesto-usti.cz.', { type: 'email', value: 'jana.nova@mesto-usti.cz' });
  });

  it.each([
    ['na stránkách www.sossumavsko.cz či jinde', 'www.sossumavsko.cz'],
    ['partnera http://www.strakonice.eu/kpss.', 'www.strakonice.eu/kpss'],
    ['viz https://www.mpsv.cz/', 'www.mpsv.cz'],
    ['(https://stredoceskykraj.cz/web/socialni-oblast)', 'stredoceskykraj.cz/web/socialni-oblast'],
    ['Odkaz: www.usti-nad-labem.cz/cz/uredni-portal/komunitni-plan-pece.html', 'www.usti-nad-labem.cz/cz/uredni-portal/komunitni-plan-pece.html'],
  ])('web in "%s"', (text, value) => expectOne(contacts, text, { type: 'web', value }));

  it.each([
    ['více na kr-ustecky.cz.', 'kr-ustecky.cz'],
    ['viz mpsv.cz/cs/1234 a jinde', 'mpsv.cz/cs/1234'],
  ])('bare domain in "%s"', (text, value) => expectOne(contacts, text, { type: 'web', value }));

  it.each(['s.r.o.', 'z. s.', 'soubor plan.pdf', 'verze 2.0'])('no web in "%s"', (text) => expectNone(contacts, text));

  it('does not read the domain of an e-mail as a web address', () => {
    expect(run(contacts, 'info@www.example.cz').map((c) => c.type)).toEqual(['email']);
  });
});

describe('contacts: phones', () => {
  it.each([
    ['Telefon: 730 870 046', '730870046'],
    ['tel: 257 280 604, mobilní telefon: 702 250 802', '257280604'],
    ['tel.: +420 730 870 046', '730870046'],
    ['(+420) 487 123 456', '487123456'],
    ['00420 487 123 456', '487123456'],
    ['mob. 730870046', '730870046'],
    ['Tel.: 475 24 11 11', '475241111'],
    ['telefon 730-870-046', '730870046'],
  ])('%s', (text, value) => expect(run(contacts, text)).toContainEqual(expect.objectContaining({ type: 'phone', value })));

  it('reads several phones', () => {
    expect(run(contacts, 'tel: 257 280 604, mobilní telefon: 702 250 802').map((c) => c.value)).toEqual(['257280604', '702250802']);
  });
});

describe('addresses: postal addresses with PSČ', () => {
  it.each([
    ['Adresa: Archiváře Teplého 102, 387 06 Malenice', 'Archiváře Teplého 102, 387 06 Malenice'],
    ['sídlo: Mírové náměstí 1, 400 01 Ústí nad Labem', 'Mírové náměstí 1, 400 01 Ústí nad Labem'],
    ['Zborovská 11, 150 21 Praha 5', 'Zborovská 11, 150 21 Praha 5'],
    ['Velká Hradební 3118/48, 401 00 Ústí nad Labem', 'Velká Hradební 3118/48, 401 00 Ústí nad Labem'],
  ])('%s', (text, value) => {
    expectOne(addresses, text, { value });
    expect(run(contacts, text)).toEqual([]);
  });
});

describe('contacts: what is not a contact', () => {
  it.each([
    'Celkové náklady projektu: 1 214 625 Kč',
    'Celkové náklady projektu: 730 870 046 Kč',
    'registrační číslo: CZ.03.2.63/0.0/0.0/16_063/0006526',
    'IČ: 00081531',
    'Jednání 17. 10. 2017 od 14:00 hod.',
    'číslo účtu 123456789/0800',
    'bylo vybráno 16 vedoucích pracovních skupin',
    'Plán na období 2014 – 2017 a 2018 – 2022',
    'usnesení č. 028-20/2022/ZK',
    'hodnota 123456789 bez označení',
  ])('%s', (text) => expectNone(contacts, text));
});
