import { describe, expect, it } from 'vitest';
import { datesExtractor } from '../../extractors/fields/dates.js';
import { run, runAll } from './helpers-dates-people.js';

const dates = (text: string) => run(datesExtractor, text).map((d) => d.date);
const expectOne = (text: string, value: string) => expect(dates(text)).toEqual([value]);
const expectDates = (text: string, values: string[]) => expect(dates(text)).toEqual(values);
const expectNone = (text: string) => expect(dates(text)).toEqual([]);
const roleOf = (text: string, date: string) => run(datesExtractor, text).find((d) => d.date === date)?.role;

describe('numeric dates', () => {
  it.each([
    ['Dne 7. 6. 2012 se uskutečnilo setkání.', '2012-06-07'],
    ['Doba realizace: 1.9.2017', '2017-09-01'],
    ['ze dne 03.04.2013', '2013-04-03'],
    ['Datum/čas.: 17. 10. 2017', '2017-10-17'],
    ['dne 15.11.2021 od 17.00 hodin', '2021-11-15'],
    ['(17. 10. 2017)', '2017-10-17'],
    ['K 30. 9. 2018 byl projekt ukončen.', '2018-09-30'],
    ['datum 2017-10-17 ve formátu ISO', '2017-10-17'],
    ['1. 1. 1999 začal', '1999-01-01'],
    ['dne 17. X. 2017', '2017-10-17'],
    ['1. IV. 2019', '2019-04-01'],
    ['Zápis z jednání dne 17.10.17', '2017-10-17'],
    ['Zápis z jednání PRS 2 12_09_2019', '2019-09-12'],
    ['ze dne 12/09/2019', '2019-09-12'],
    ['Datum: 5. 3. 19', '2019-03-05'],
  ])('%s', (text, value) => expectOne(text, value));

  it('keeps each evidence in place', () => {
    const text = 'Zápis\nDatum jednání: 17. 10. 2017\n';
    const [d] = run(datesExtractor, text);
    expect(text.slice(d.evidence.start, d.evidence.end)).toBe('17. 10. 2017');
    expect(d.evidence.text).toBe('17. 10. 2017');
    expect(d.extractor).toBe('dates');
  });
});

describe('month names in every case', () => {
  it.each([
    ['15. ledna 2009', '2009-01-15'],
    ['konaného dne 6. března 2020 v sídle', '2020-03-06'],
    ['29. listopadu 2018', '2018-11-29'],
    ['Dne 1. října 2018 byla zahájena realizace', '2018-10-01'],
    ['v pátek 20. dubna 2018 od 17:00', '2018-04-20'],
    ['v září 2012', '2012-09'],
    ['V průběhu měsíce června 2012 zašlou', '2012-06'],
    ['Od března 2017 se zpracovává', '2017-03'],
    ['leden 2018 - zpracování', '2018-01'],
    ['Leden 2018', '2018-01'],
    ['bude přibližně v únoru 2019', '2019-02'],
    ['01/2017 schválení', '2017-01'],
    ['v červenci 2015', '2015-07'],
    ['1. července 2015', '2015-07-01'],
    ['v prosinci 2020', '2020-12'],
    ['srpnem 2016', '2016-08'],
    ['září 2012', '2012-09'],
    ['do 31. prosince 2021', '2021-12-31'],
  ])('%s', (text, value) => expectOne(text, value));

  it('splits a range of months into both', () => {
    expectDates('listopad - prosinec 2017 připravujeme podklady', ['2017-11', '2017-12']);
    expectDates('v dubnu a květnu 2018 proběhl kurz', ['2018-04', '2018-05']);
  });
});

describe('day ranges', () => {
  it.each([
    ['Ve dnech 20. – 25. 9. 2018 proběhlo', ['2018-09-20', '2018-09-25']],
    ['Ve dnech 12.–15. 2. 2018 proběhl kurz', ['2018-02-12', '2018-02-15']],
    ['od 3. do 5. května 2019', ['2019-05-03', '2019-05-05']],
    ['20.-25.9.2018', ['2018-09-20', '2018-09-25']],
    ['13. 6. – 14. 6. 2019', ['2019-06-13', '2019-06-14']],
    ['30. 9. – 2. 10. 2018', ['2018-09-30', '2018-10-02']],
    ['od 15. září do 15. října 2020', ['2020-09-15', '2020-10-15']],
    ['setkání se budou konat 24. a 26. 9. 2019 v Karolince', ['2019-09-24', '2019-09-26']],
    ['dílny 14. a 16. října 2019', ['2019-10-14', '2019-10-16']],
  ])('%s', (text, values) => expectDates(text, values));
});

describe('year implied by the document', () => {
  const minutes = 'Zápis z jednání\nDatum jednání: 17. 10. 2017\nV období od 2. do 10. 10. byl materiál k dispozici.';

  it('takes the year of the meeting and marks it inferred', () => {
    const found = run(datesExtractor, minutes);
    const implied = found.filter((d) => d.inferred);
    expect(implied.map((d) => d.date)).toEqual(['2017-10-02', '2017-10-10']);
    expect(implied.every((d) => d.inferred?.includes('year'))).toBe(true);
    expect(found.find((d) => d.date === '2017-10-17')?.inferred).toBeUndefined();
  });

  it('reads a yearless day with a month name', () => {
    const text = 'Zápis\nDatum jednání: 5. 3. 2019\nNávrh projedná rada dne 19. března.';
    expect(dates(text)).toContain('2019-03-19');
  });

  it('reads a yearless day after a verb of an event', () => {
    const text = 'Zápis\nDatum konání: čtvrtek 7. 11. 2019\nDen otevřených dveří se uskuteční 2. 12. v sále.';
    expect(dates(text)).toEqual(['2019-11-07', '2019-12-02']);
  });

  it('leaves out a yearless date when the document has no date of its own', () => {
    expectNone('• 19. března návrh AP projednalo zastupitelstvo\n• 7. února projednala rada');
    expectNone('V měsíci dubnu a květnu proběhl druhý kurz.');
  });

  it('takes a news page date line as the document date', () => {
    const text = 'Aktuality\n31.1.2017\nKurz proběhl ve dnech 12. – 14. 2.';
    expect(dates(text)).toEqual(['2017-01-31', '2017-02-12', '2017-02-14']);
  });
});

describe('weekdays', () => {
  it.each([
    ['Další jednání je naplánováno na středu dne 22. 11. 2017 od 14:00 hod.', 'wednesday'],
    ['se uskutečnilo ve čtvrtek 14. 6. 2018 od 17:00', 'thursday'],
    ['v pondělí 18. 6. 2018 na obecním úřadě', 'monday'],
    ['v pátek 20. dubna 2018', 'friday'],
    ['v úterý, 3. 4. 2018', 'tuesday'],
    ['v sobotu 2. 6. 2018', 'saturday'],
    ['v neděli 3. 6. 2018', 'sunday'],
    ['Datum jednání: 22. 11. 2017 (středa)', 'wednesday'],
    ['22. 11. 2017, středa, 14:00', 'wednesday'],
  ])('%s', (text, weekday) => expect(run(datesExtractor, text)[0].weekday).toBe(weekday));

  it('keeps a weekday that does not match the date, for the checks', () => {
    const [d] = run(datesExtractor, 've čtvrtek 22. 11. 2017');
    expect(d.weekday).toBe('thursday');
    expect(d.date).toBe('2017-11-22');
  });
});

describe('impossible dates', () => {
  it.each([
    ['dne 30. 2. 2021', '2021-02-30'],
    ['dne 32. 1. 2015', '2015-01-32'],
    ['29. 2. 2019', '2019-02-29'],
  ])('%s is kept and marked invalid', (text, value) => {
    const [d] = run(datesExtractor, text);
    expect(d.date).toBe(value);
    expect(d.invalid).toBe(true);
  });

  it('a leap day is valid', () => {
    const [d] = run(datesExtractor, '29. 2. 2020');
    expect(d.invalid).toBeUndefined();
  });
});

describe('roles', () => {
  it.each([
    ['Zápis z jednání\nDatum jednání: 17. 10. 2017', '2017-10-17', 'meeting'],
    ['Zápis ze 51.jednání PS pro kvalitu\nkonaného dne 6. března 2020 v sídle', '2020-03-06', 'meeting'],
    ['Dne 7. 6. 2012 se v rámci projektu\nuskutečnilo první setkání vedoucích.', '2012-06-07', 'meeting'],
    ['Zapsala:\nKateřina Marcinková\nDne:\n23. 10. 2017', '2017-10-23', 'written'],
    ['V Ostravě 9. března 2020\nZapsala Mgr. Hana Čtveráčková', '2020-03-09', 'written'],
    ['V Praze dne 5. 5. 2019', '2019-05-05', 'written'],
    ['Text zápisu.\nKyjov, 15. 4. 2019', '2019-04-15', 'written'],
    ['Text zápisu.\nKyjov dne 15. 4. 2019', '2019-04-15', 'written'],
    ['T: předložení do ZM dne 30. 11. 2017', '2017-11-30', 'deadline'],
    ['a to v termínu do 17. 3. 2020 – 12 hodin.', '2020-03-17', 'deadline'],
    ['Termín: 31. 12. 2019', '2019-12-31', 'deadline'],
    ['Další jednání ŘPS je naplánováno na středu dne 22. 11. 2017 od 14:00 hod.', '2017-11-22', 'next_meeting'],
    ['Další setkání vedoucích pracovních skupin je plánováno na měsíc září 2012.', '2012-09', 'next_meeting'],
    ['pozvat na 3. jednání komise, která se uskuteční dne 15.11.2021 od 17.00 hodin', '2021-11-15', 'next_meeting'],
    ['Komunitní plánování v Teplicích\n26.7.2016, Sekce: Aktuality', '2016-07-26', 'published'],
    ['Podpora sociálních služeb\n29. listopadu 2018\nDne 1. října 2018 byla zahájena realizace projektu', '2018-11-29', 'published'],
    ['Usnesením Zastupitelstva č. 028-20/2022/ZK ze dne 28. 11. 2022 byl schválen plán', '2022-11-28', 'other'],
    ['Dne 1. října 2018 byla zahájena realizace projektu', '2018-10-01', 'event'],
    ['Zápis z jednání skupiny komunitního plánování sociálních služeb\nkonaného dne 12. 4. 2019 od 9:00 hod.', '2019-04-12', 'meeting'],
    ['Termín příštího setkání: 23. 4. 2018', '2018-04-23', 'next_meeting'],
    ['Datum konání: čtvrtek 7. 11. 2019, 13:00 – 15:00', '2019-11-07', 'meeting'],
    ['Zápis z jednání pracovní skupiny Senioři 17. 10. 2017', '2017-10-17', 'meeting'],
    ['Datum jednání\n17. 10. 2017', '2017-10-17', 'meeting'],
    ['Vloženo: 12. 3. 2019 10:15', '2019-03-12', 'published'],
    ['Kulatý stůl k sociálním službám\n15. 5. 2019 | Redakce', '2019-05-15', 'published'],
    ['Zapsala: Bc. Lenka Dvořáková, 4. 10. 2016', '2016-10-04', 'written'],
    ['Úkol: zpracovat analýzu potřeb, T: 30. 6. 2019, Z: J. Nováková', '2019-06-30', 'deadline'],
    ['Aktualizováno: 3. 2. 2021', '2021-02-03', 'published'],
  ])('%s → %s %s', (text, date, role) => expect(roleOf(text, date)).toBe(role));
});

describe('dates and periods together', () => {
  it('a range of full dates is a period, not two dates', () => {
    const fields = runAll('Doba realizace projektu: 1.9.2017 – 30. 9. 2018\nK 30. 9. 2018 byl projekt ukončen.');
    expect(fields.dates.map((d) => d.date)).toEqual(['2018-09-30']);
    expect(fields.periods.map((p) => `${p.from}/${p.to}`)).toEqual(['2017-09-01/2018-09-30']);
  });
});
