import { describe, expect, it } from 'vitest';
import { mainTerritory } from '../../extractors/document/territory.js';
import { placesExtractor } from '../../extractors/fields/places.js';
import { placesWithin, resolveHierarchy, territories } from '../../extractors/czech/territory.js';
import { emptyFields } from '../../extractors/types.js';
import { extractAll, EXTRACTORS } from '../../extractors/index.js';
import { docOf } from './field-helpers.js';

function territoryOf(text: string) {
  const doc = docOf(text);
  const fields = emptyFields();
  fields.places = placesExtractor.extract({ doc, text: doc.text, found: emptyFields() });
  return mainTerritory(doc, fields);
}

describe('territory list', () => {
  it('holds every level with its counts and Prague districts', () => {
    const { units } = territories();
    const count = (level: string) => units.filter((u) => u.level === level).length;
    expect([count('kraj'), count('okres'), count('orp'), count('obec'), count('mestska-cast')]).toEqual([14, 77, 206, 6258, 57]);
  });

  it('resolves a name or a code up the hierarchy', () => {
    expect(resolveHierarchy('Malenice')).toEqual({ name: 'Malenice', level: 'obec', code: '551384', obec: 'Malenice', orp: 'Strakonice', okres: 'Strakonice', kraj: 'Jihočeský kraj' });
    expect(resolveHierarchy('CZ042')).toMatchObject({ name: 'Ústecký kraj', level: 'kraj' });
    expect(resolveHierarchy('3111')).toMatchObject({ name: 'Strakonice', level: 'orp', kraj: 'Jihočeský kraj' });
    expect(resolveHierarchy('Strakonice', 'okres')).toMatchObject({ level: 'okres', code: 'CZ0316' });
    expect(resolveHierarchy('usti nad labem')).toMatchObject({ name: 'Ústí nad Labem', kraj: 'Ústecký kraj' });
    expect(resolveHierarchy('Praha 17')).toMatchObject({ level: 'mestska-cast', kraj: 'Hlavní město Praha' });
    expect(resolveHierarchy('Atlantida')).toBeUndefined();
  });

  it('expands a kraj, an ORP and Praha to the units inside', () => {
    const usti = placesWithin('Ústecký kraj');
    expect(usti[0]).toBe('Ústecký kraj');
    for (const n of ['Děčín', 'Šluknov', 'Teplice', 'Ústí nad Labem']) expect(usti).toContain(n);
    expect(usti).not.toContain('Liberec');
    expect(placesWithin('Strakonice')).toContain('Malenice');
    expect(placesWithin('Praha')).toContain('Praha 17');
    expect(placesWithin('Nikde')).toEqual([]);
  });
});

describe('main territory of a document', () => {
  it('is the place of the title', () => {
    expect(territoryOf('Komunitní plánování v Teplicích\n\nAktuálně z Ústeckého kraje. Zpracovalo Centrum komunitní práce Ústí nad Labem.'))
      .toMatchObject({ name: 'Teplice', level: 'obec', okres: 'Teplice', kraj: 'Ústecký kraj' });
    expect(territoryOf('Správní obvod ORP Strakonice\n\nAdresa: Archiváře Teplého 102, 387 06 Malenice'))
      .toMatchObject({ name: 'Strakonice', level: 'orp', code: '3111', kraj: 'Jihočeský kraj' });
  });

  it('is the most mentioned place when the title names none', () => {
    expect(territoryOf('Zápis\n\nJednání v sídle Krajského úřadu Moravskoslezského kraje o plánu v Moravskoslezském kraji.\n\nV Ostravě 9. března 2020'))
      .toMatchObject({ name: 'Moravskoslezský kraj', level: 'kraj' });
  });

  it('is the ORP that villages of equal weight share', () => {
    expect(territoryOf('Výstupy z komunitních plánování 2018\n\nKomunitní plánování v obci Vřesovice\n\nKomunitní plánování v obci Žádovice\n\nKomunitní plánování v obci Nechvalín'))
      .toMatchObject({ name: 'Kyjov', level: 'orp', kraj: 'Jihomoravský kraj' });
  });

  it('comes out of extractAll, with places run first', () => {
    expect(EXTRACTORS[0].field).toBe('places');
    const out = extractAll(docOf('Komunitní plánování v Teplicích\n\n26.7.2016, Sekce: Aktuality\n\nJako průlom je vnímáno zahájení komunitního plánování v Teplicích.'));
    expect(out.territory).toMatchObject({ name: 'Teplice', kraj: 'Ústecký kraj' });
    expect(out.fields.places.map((p) => p.name)).toEqual(['Teplice']);
    expect(out.kind).toBe('news');
    expect(out.title).toBe('Komunitní plánování v Teplicích');
  });

  it('is absent when the document names no place', () => {
    expect(territoryOf('Metodika hodnocení kvality\n\nText bez místa.')).toBeUndefined();
  });
});
