import { describe, expect, it } from 'vitest';
import { organisationsExtractor as orgs } from '../../extractors/fields/organisations.js';
import { targetGroupsExtractor as groups } from '../../extractors/fields/target-groups.js';
import { expectNone, expectOne, run } from './field-helpers.js';

describe('organisations', () => {
  it.each([
    ['Kontakt: Hanka Lukešová, SOS Šumavsko, z. ú.', 'SOS Šumavsko', 'z. ú.'],
    ['o organizaci RomPraha, z.s., která nabízí', 'RomPraha', 'z. s.'],
    ['Webové stránky: NETservis s.r.o. © 2024', 'NETservis', 's. r. o.'],
    ['poskytovatel Centrum pro rodinu Vysočina, o.p.s. nabízí', 'Centrum pro rodinu Vysočina', 'o. p. s.'],
    ['služby zajišťuje Domov Srdce v dlaních, p. o.', 'Domov Srdce v dlaních', 'p. o.'],
    ['Charita Strakonice, z. s.', 'Charita Strakonice', 'z. s.'],
    ['firma Stavby Novák spol. s r. o. dodala', 'Stavby Novák', 'spol. s r. o.'],
    ['spolek Šťastné stáří Úštěk, z. s. pořádá', 'Šťastné stáří Úštěk', 'z. s.'],
    ['Život bez bariér, z. ú.', 'Život bez bariér', 'z. ú.'],
    ['v zasedací místnosti ÚMČ Praha 17 organizaci RomPraha, z.s., která', 'RomPraha', 'z. s.'],
    ['Služby poskytuje Charita Strakonice, z. s.', 'Charita Strakonice', 'z. s.'],
  ])('%s', (text, name, form) => expectOne(orgs, text, { name, form }));

  it('reads local action groups and public bodies', () => {
    expectOne(orgs, 'zpracovala místní akční skupina MAS Šumavsko (dříve …)', { name: 'MAS Šumavsko' });
    expectOne(orgs, 'pracovníci Krajského úřadu Ústeckého kraje a obcí', { name: 'Krajského úřadu Ústeckého kraje' });
    expectOne(orgs, 'v budově Magistrátu města Ústí nad Labem.', { name: 'Magistrátu města Ústí nad Labem' });
    expectOne(orgs, 'zástupce Policie ČR, a další', { name: 'Policie ČR' });
    expectOne(orgs, 'spolupráce s Úřadem práce ČR.', { name: 'Úřadem práce ČR' });
  });

  it('does not run a body name into the next line', () => {
    expect(run(orgs, 'v sídle Krajského úřadu Moravskoslezského kraje\nPřítomni: Romana Bélová').map((o) => o.name)).toEqual([
      'Krajského úřadu Moravskoslezského kraje',
    ]);
  });

  it.each(['a. s. a z. s. bez jména', 'Zápis z jednání komise', 'obecně o sociálních službách'])('none in "%s"', (t) => expectNone(orgs, t));
});

describe('target groups', () => {
  it('names groups in any case, each once', () => {
    const names = run(groups, 'Služby pro seniory, osoby se zdravotním postižením a rodiny s dětmi. Senioři oceňují…').map((g) => g.name);
    expect(names).toEqual(['senioři', 'osoby se zdravotním postižením', 'rodiny s dětmi']);
  });

  it.each([
    ['práce 4 skupin (senioři, osoby ohrožené sociálním vyloučením)', 'osoby ohrožené sociálním vyloučením'],
    ['pobytové služby pro lidi s mentálním postižením', 'osoby s mentálním postižením'],
    ['péče o osoby zdravotně postižené', 'osoby se zdravotním postižením'],
    ['nabízí služby pro neformální pečovatele', 'pečující osoby'],
    ['azylový dům pro osoby bez přístřeší', 'osoby bez přístřeší'],
    ['oblast péče o rodiny, děti a mládež', 'rodiny s dětmi'],
  ])('%s', (text, name) => expect(run(groups, text).map((g) => g.name)).toContain(name));

  it('finds no group in plain text', () => expectNone(groups, 'Zápis z jednání řídicí skupiny.'));
});
