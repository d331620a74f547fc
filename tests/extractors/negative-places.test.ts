import { describe, expect, it } from 'vitest';
import { placesExtractor as places } from '../../extractors/fields/places.js';
import { run } from './field-helpers.js';

const names = (text: string) => run(places, text).map((p) => p.name);

describe('places: things that look like places and are not', () => {
  it.each([
    // villages whose names are common words, capitalised at the start of a sentence or a line
    'Plán bude rozdělen na 8 regionů dle okresů.',
    'Místo jednání: historická radnice, 1. patro',
    'Most přes řeku byl opraven.',
    'Pátek 12. 5. je volný den.',
    'Louka za domem je obecní.',
    'Radnice bude v pátek zavřená.',
    'V Čechách a na Moravě působí mnoho organizací.',
    'KOMUNITNÍ PLÁN PÉČE 2018 – 2021',
    'Hora i Lhota jsou častá jména vesnic.',
    // people whose surnames are (declined) places
    'Přítomni: p. Vladimír Hejnic, Mgr. Petr Kolín',
    'Zpracovala Jana Orlová',
    'Kaple sv. Jana Nepomuka',
    'Hejnic Vladimír, Kolín Petr',
    'Zapsala: Jaroslava Nováková, Miroslav Dvořák',
    'jednání v obci; přítomni Radim Novák a Soběslav Král',
    // streets, web addresses, organisations that are not places
    'Adresa: ul. Teplická 5',
    'Bližší informace na www.strakonice.eu a lukesova@sossumavsko.cz',
    'organizace RomPraha, z.s., nabízí služby',
    'místní akční skupina MAS Šumavsko',
    'Komunitní plánování v mikroregionu Hovoransko',
    // abbreviations inside numbers
    'usnesení č. 028-20/2022/ZK ze dne 28. 11. 2022',
    'ústecká nemocnice a liberecká knihovna',
  ])('no place in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('does not take two names on their own lines for a list of places', () => {
    expect(names('Program\nÚvod\nDiskuse\nZávěr')).toEqual([]);
    expect(names('Seznam\n• Lom\n• Luka\n')).toEqual([]);
  });

  it('does not continue a list of places into a person named after a village', () => {
    expect(names('Setkání v Liberci, Jaroslav Dvořák přednesl zprávu.')).toEqual(['Liberec']);
  });

  it('reads a common-word village only with a cue', () => {
    expect(names('Most je nový.')).toEqual([]);
    expect(names('Setkání se konalo v Mostě.')).toEqual(['Most']);
    expect(names('Obec Lhota pořádá setkání.')).toEqual(['Lhota']);
    expect(names('Adresa: Náves 1, 538 51 Luka')).toEqual(['Luka']);
  });
});
