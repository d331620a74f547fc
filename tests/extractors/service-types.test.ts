import { describe, expect, it } from 'vitest';
import { serviceTypesExtractor as services } from '../../extractors/fields/service-types.js';
import { SERVICE_TYPES, wordStem } from '../../extractors/czech/service-words.js';
import { expectNone, expectOne, run } from './field-helpers.js';

describe('service types of zákon 108/2006 Sb.', () => {
  it('loads the 33 types from data/social-services.json', () => {
    expect(SERVICE_TYPES).toHaveLength(33);
    expect(new Set(SERVICE_TYPES.map((t) => t.id)).size).toBe(33);
  });

  it.each([
    ['služby Azylového domu pro matky s dětmi', '57', 'azylové domy'],
    ['služby Nízkoprahových zařízení pro děti a mládež', '62', 'nízkoprahová zařízení pro děti a mládež'],
    ['navýšení kapacit sociálně aktivizačních služeb pro rodiny s dětmi', '65', 'sociálně aktivizační služby pro rodiny s dětmi'],
    ['rozvoje sociálních služeb azylové domy a jiné', '57', 'azylové domy'],
    ['v domovech pro seniory', '49', 'domovy pro seniory'],
    ['kapacita domova se zvláštním režimem', '50', 'domovy se zvláštním režimem'],
    ['síť terénních programů', '69', 'terénní programy'],
    ['v nízkoprahových denních centrech', '61', 'nízkoprahová denní centra'],
    ['podpora osobní asistence', '39', 'osobní asistence'],
    ['pečovatelskou službu', '40', 'pečovatelská služba'],
    ['v centru denních služeb', '45', 'centra denních služeb'],
    ['dva domy na půl cesty', '58', 'domy na půl cesty'],
    ['služba NZDM Klub', '62', 'nízkoprahová zařízení pro děti a mládež'],
  ])('%s', (text, id, name) => expectOne(services, text, { id, name }));

  it('counts a name inside a longer one only as the longer', () => {
    expect(run(services, 'linka telefonické krizové pomoci').map((s) => s.id)).toEqual(['55']);
    expect(run(services, 'linka telefonické krizové pomoci a krizová pomoc').map((s) => s.id)).toEqual(['55', '60']);
  });

  it('keeps each type once', () => {
    expect(run(services, 'Azylový dům. Azylové domy. Azylového domu.')).toHaveLength(1);
  });

  it('stems words by their length', () => {
    expect(wordStem('pro')).toBe('pro');
    expect(wordStem('domy')).toBe('dom\\p{L}{0,6}');
    expect(wordStem('stacionáře')).toBe('stacion\\p{L}{0,6}');
  });

  it.each(['sociální služby v kraji', 'služby sociální péče', 'DS a OS a PS', 'domácí péče'])('none in "%s"', (t) => expectNone(services, t));
});
