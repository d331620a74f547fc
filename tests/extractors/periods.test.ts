import { describe, expect, it } from 'vitest';
import { periodsExtractor } from '../../extractors/fields/periods.js';
import { run, runAll } from './helpers-dates-people.js';

const pairs = (text: string) => run(periodsExtractor, text).map((p) => `${p.from}/${p.to}`);
const expectOne = (text: string, from: string, to: string) => expect(pairs(text)).toEqual([`${from}/${to}`]);

describe('ranges of years', () => {
  it.each([
    ['Střednědobý plán na období 2014 – 2017', '2014', '2017'],
    ['KOMUNITNÍ PLÁN PÉČE SO ORP ÚSTÍ NAD LABEM 2018 – 2021', '2018', '2021'],
    ['Tvorba komunitního plánu 2017-2021', '2017', '2021'],
    ['na období 2020–2022', '2020', '2022'],
    ['na období let 2016 – 2020', '2016', '2020'],
    ['na léta 2021 – 2023', '2021', '2023'],
    ['v letech 2016 - 2020', '2016', '2020'],
    ['Akční plány pro roky 2014 - 2018', '2014', '2018'],
    ['Volební období\n2018-2022', '2018', '2022'],
    ['od roku 2014 do roku 2017', '2014', '2017'],
    ['„Komunitní plán sociálních služeb v ORP Kroměříž 2020-2023“.', '2020', '2023'],
    ['v letech 2019 až 2021', '2019', '2021'],
    ['od r. 2014 do r. 2017', '2014', '2017'],
    ['plán na období 2014–17', '2014', '2017'],
  ])('%s', (text, from, to) => expectOne(text, from, to));

  it('keeps a typo as written', () => expectOne('na období 2014 – 1017. Oproti', '2014', '1017'));
  it('keeps a start mistyped into the next century', () => expectOne('plán výstupů na období 2105 – 2018 a', '2105', '2018'));
  it('reads no period from counts above 2100', () => expect(pairs('v obcích s 2100–2500 obyvateli')).toEqual([]));
});

describe('ranges of dates and months', () => {
  it.each([
    ['Doba realizace projektu: 1.9.2017 – 30. 9. 2018', '2017-09-01', '2018-09-30'],
    ['Projekt bude realizován v období od 1. 10. 2018 do 30. 3. 2022 a', '2018-10-01', '2022-03-30'],
    ['Období realizace:\n1. 10. 2017 – 30. 9. 2019', '2017-10-01', '2019-09-30'],
    ['realizace 03/2019 - 02/2021', '2019-03', '2021-02'],
    ['od září 2017 do června 2019', '2017-09', '2019-06'],
    ['01.01.2019 - 31.12.2021', '2019-01-01', '2021-12-31'],
    ['od 1. ledna 2019 do 31. prosince 2021', '2019-01-01', '2021-12-31'],
  ])('%s', (text, from, to) => expectOne(text, from, to));
});

describe('a range whose start leaves out the year', () => {
  it.each([
    ['Dotazníkové šetření proběhlo od 1. 2. do 31. 3. 2021 v listinné podobě.', '2021-02-01', '2021-03-31'],
    ['Kampaň 1. 9. – 31. 12. 2019.', '2019-09-01', '2019-12-31'],
    ['Připomínky lze podávat od 15. září do 15. listopadu 2020.', '2020-09-15', '2020-11-15'],
    ['Sbírka probíhala od 1. 11. do 31. 1. 2021.', '2020-11-01', '2021-01-31'],
  ])('%s', (text, from, to) => expectOne(text, from, to));

  it('leaves the days of an event and a range within one month to the dates', () => {
    for (const text of ['Konference proběhne 30. 9. – 2. 10. 2018.', 'od 28. září do 3. října 2020', 'Ve dnech 20. – 25. 9. 2018', 'od 1.2. do 28.2.2019', 'od 2. do 10. 10.']) {
      expect(pairs(text), text).toEqual([]);
    }
  });

  it('holds its two dates in the whole pipeline: a period, not two dates', () => {
    const fields = runAll('Zápis ze dne 5. 4. 2021\n\nŠetření proběhlo od 1. 2. do 31. 3. 2021.');
    expect(fields.periods.map((p) => `${p.from}/${p.to}`)).toEqual(['2021-02-01/2021-03-31']);
    expect(fields.dates.map((d) => d.date)).toEqual(['2021-04-05']);
  });
});

describe('subject and role', () => {
  it('names the plan before the period', () => {
    const [p] = run(periodsExtractor, 'tvorbě Střednědobého plánu rozvoje sociálních služeb v Ústeckém kraji na období 2014 – 2017.');
    expect(p.subject).toBe('Střednědobého plánu rozvoje sociálních služeb v Ústeckém kraji');
    expect(p.role).toBe('plan');
  });
  it('tells an action plan', () => {
    const [p] = run(periodsExtractor, 'Akční plány pro roky 2014 - 2018');
    expect(p.role).toBe('action-plan');
  });
  it('a project period', () => {
    const [p] = run(periodsExtractor, 'Doba realizace projektu: 1.9.2017 – 30. 9. 2018');
    expect(p.role).toBe('project');
  });
  it('a term of office', () => {
    const [p] = run(periodsExtractor, 'Volební období\n2018-2022');
    expect(p.role).toBe('validity');
  });
  it('a town ending in -na keeps its name', () => {
    const [p] = run(periodsExtractor, 'Komunitní plán sociálních služeb města Vsetína na období 2020 - 2023');
    expect(p.subject).toBe('Komunitní plán sociálních služeb města Vsetína');
  });
  it('a numbered plan keeps its number', () => {
    const [p] = run(periodsExtractor, 'navázat na 5. Komunitní plán péče města Ústí nad Labem 2014-2017 a');
    expect(p.subject).toBe('5. Komunitní plán péče města Ústí nad Labem');
  });
});

describe('each distinct pair once, every occurrence kept', () => {
  it('dedupes and keeps the mentions', () => {
    const text = 'Plán na období 2016 – 2020.\nCílem plánu je … v letech 2016 - 2020.\nKomunitní plán péče 2017-2021';
    const { periods } = runAll(text);
    expect(periods.map((p) => `${p.from}/${p.to}`)).toEqual(['2016/2020', '2017/2021']);
    expect(periods[0].mentions).toHaveLength(2);
    expect(periods[0].mentions!.map((m) => m.evidence.text)).toEqual(['2016 – 2020', '2016 - 2020']);
  });
  it('two different periods of one plan both stay (for period-conflict)', () => {
    const text = 'KOMUNITNÍ PLÁN PÉČE SO ORP ÚSTÍ NAD LABEM 2018 – 2021\n - Tvorba komunitního plánu péče pro SO ORP Ústí nad Labem 2017-2021';
    const { periods } = runAll(text);
    expect(periods.map((p) => `${p.from}/${p.to}`)).toEqual(['2018/2021', '2017/2021']);
    expect(periods.every((p) => p.subject && /plán/iu.test(p.subject))).toBe(true);
  });
});
