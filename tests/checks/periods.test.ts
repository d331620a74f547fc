import { describe, expect, it } from 'vitest';
import { periodConflict } from '../../checks/rules/period-conflict.js';
import { periodOrder } from '../../checks/rules/period-order.js';
import { check, doc, evidenceIsExact, matchesGold, period } from './helpers.js';

describe('period-order', () => {
  it('fires on an impossible year, quoting the period', () => {
    const d = doc('Střednědobý plán rozvoje sociálních služeb v Ústeckém kraji na období 2014 – 1017.');
    const flags = check(periodOrder, d, { periods: [period(d, '2014 – 1017', '2014', '1017')] });
    expect(flags).toHaveLength(1);
    expect(matchesGold(flags[0], 'period-order', '2014 – 1017')).toBe(true);
    expect(flags[0].severity).toBe('error');
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('reads the range from the text when no extractor kept it', () => {
    const d = doc('Plán na období 2014 – 1017 byl schválen.');
    expect(check(periodOrder, d)).toHaveLength(1);
  });

  it('fires on an end before the start, at any precision', () => {
    const d = doc('Plán na léta 2019 – 2016. Doba realizace projektu: 1. 9. 2018 – 30. 6. 2018.');
    const flags = check(periodOrder, d, {
      periods: [period(d, '2019 – 2016', '2019', '2016'), period(d, '1. 9. 2018 – 30. 6. 2018', '2018-09-01', '2018-06-30')],
    });
    expect(flags.map((f) => f.evidence[0].text)).toEqual(['2019 – 2016', '1. 9. 2018 – 30. 6. 2018']);
  });

  it('does not fire on correct twins, a one-year period or numbers that are no period', () => {
    const d = doc('Plán na období 2014 – 2017, akční plán 2018 – 2018, projekt 1.9.2017 – 30. 9. 2018, tel. 257 280 604, č. 028-20/2022/ZK, CZ.03.2.63/0.0/0.0/16_063/0006583.');
    const flags = check(periodOrder, d, {
      periods: [period(d, '2014 – 2017', '2014', '2017'), period(d, '2018 – 2018', '2018', '2018'), period(d, '1.9.2017 – 30. 9. 2018', '2017-09-01', '2018-09-30')],
    });
    expect(flags).toEqual([]);
  });
});

describe('period-order, numbers that are no years', () => {
  it('does not take amounts, hours or counts for years', () => {
    const d = doc('Příspěvek 1000 – 2000 Kč na osobu, provoz od 1500 - 1700 hod., kapacita 1200–1500 osob, v letech 1945 – 1989.');
    expect(check(periodOrder, d)).toEqual([]);
  });

  it('takes an impossible year only where a period is announced', () => {
    expect(check(periodOrder, doc('Tabulka 3: 2014 – 1017 položek zpracováno'))).toEqual([]);
    expect(check(periodOrder, doc('Akční plán na léta 2019 – 2102'))).toHaveLength(1);
  });
});

describe('period-conflict', () => {
  it('fires once when the title and the body give the same plan two periods', () => {
    const d = doc(`KOMUNITNÍ PLÁN PÉČE SO ORP ÚSTÍ NAD LABEM 2018 – 2021

 - Tvorba komunitního plánu péče pro SO ORP Ústí nad Labem 2017-2021
Projekt navazuje na 5. Komunitní plán péče města Ústí nad Labem 2014-2017.
Cílem je vytvoření Komunitního plánu péče SO ORP Ústí nad Labem 2018-2021 (celkem 23 obcí).
Odkaz na vypracovaný 6. komunitní plán péče SO ORP Ústí nad Labem 2018-2021: www.example.cz`);
    const flags = check(periodConflict, d);
    expect(flags).toHaveLength(1);
    expect(matchesGold(flags[0], 'period-conflict', '2017-2021 vs 2018 – 2021')).toBe(true);
    expect(flags[0].evidence.map((e) => e.text)).toEqual(['2018 – 2021', '2017-2021']);
    expect(JSON.stringify(flags[0])).not.toContain('2014');
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('fires on a title over three lines against "Komunitní plán je zpracován na období …" in the body', () => {
    const d = doc('Město Žďár\n\nKOMUNITNÍ PLÁN SOCIÁLNÍCH SLUŽEB\nORP ŽĎÁR\nna období 2020 – 2022\n\nNavazuje na Komunitní plán sociálních služeb ORP Žďár 2016–2019 a na Střednědobý plán rozvoje sociálních služeb kraje 2019–2021.\n\nKomunitní plán je zpracován na období let 2020–2023. Plnění vyhodnocuje řídící skupina.');
    const flags = check(periodConflict, d);
    expect(flags).toHaveLength(1);
    expect(matchesGold(flags[0], 'period-conflict', '2020 – 2022 vs 2020–2023')).toBe(true);
    expect(flags[0].message).toContain('„KOMUNITNÍ PLÁN SOCIÁLNÍCH SLUŽEB ORP ŽĎÁR na období“');
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('fires on a shortened title against the full name in the body', () => {
    const d = doc('Komunitní plán Teplice 2016–2019\n\nByl schválen Komunitní plán sociálních služeb města Teplice na období 2016–2020.');
    const flags = check(periodConflict, d);
    expect(flags).toHaveLength(1);
    expect(matchesGold(flags[0], 'period-conflict', '2016–2019 vs 2016–2020')).toBe(true);
  });

  it('does not fire on several different plans of one town (seed 001)', () => {
    const d = doc(`Druhý v pořadí Střednědobý plán rozvoje sociálních služeb pro ORP Strakonice na období 2020–2022 je založen na dialogu.
Střednědobý plán rozvoje sociálních služeb pro ORP Strakonice na roky 2020–2022
Komunitní plán sociálních služeb ORP Strakonice pro období 2012 – 2014
Akční plán rozvoje sociálních služeb ORP Strakonice na rok 2018`);
    expect(check(periodConflict, d)).toEqual([]);
  });

  it('does not fire on successive plans, plans of different numbers, or a typo left to period-order', () => {
    const d = doc(`Komunitní plán města Kladno 2014–2017 navazuje na Komunitní plán města Kladno 2017–2020.
3. komunitní plán Liberce 2015–2018 a 4. komunitní plán Liberce 2016–2019.
Střednědobý plán v Ústeckém kraji na období 2014 – 2017 a Střednědobý plán v Ústeckém kraji na období 2014 – 1017.`);
    expect(check(periodConflict, d)).toEqual([]);
  });

  it('does not take a clause for a name: "Cílem tohoto plánu je … v letech 2016 - 2020"', () => {
    const d = doc('Komunitní plán města Teplice na období 2016 – 2019. Cílem tohoto plánu je vytvořit prostředí pro osoby v letech 2016 - 2020.');
    expect(check(periodConflict, d)).toEqual([]);
  });

  it('does not compare a project period in days with a title in years', () => {
    const d = doc('Komunitní plánování sociálních služeb na Kroměřížsku 2018 – 2019\nObdobí realizace projektu:\n1. 10. 2017 – 30. 9. 2019');
    expect(check(periodConflict, d, { periods: [period(d, '1. 10. 2017 – 30. 9. 2019', '2017-10-01', '2019-09-30', { role: 'project' })] })).toEqual([]);
  });
});

describe('period-order on date ranges read from the text', () => {
  it('fires on "od 1. 10. 2018 do 30. 3. 2018" even without an extractor finding', () => {
    const flags = check(periodOrder, doc('Projekt bude realizován v období od 1. 10. 2018 do 30. 3. 2018.'));
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence[0].text).toBe('1. 10. 2018 do 30. 3. 2018');
    expect(check(periodOrder, doc('Projekt bude realizován v období od 1. 10. 2018 do 30. 3. 2022.'))).toEqual([]);
  });
});

describe('period-conflict with a bare "plán"', () => {
  it('takes a bare plan for the one plan the document names', () => {
    const d = doc('Komunitní plán sociálních služeb města Teplice 2016–2019\n\nPlán na období 2016–2020 obsahuje cíle a opatření.');
    const flags = check(periodConflict, d);
    expect(flags).toHaveLength(1);
    expect(matchesGold(flags[0], 'period-conflict', '2016–2019 vs 2016–2020')).toBe(true);
  });

  it('not where the document names several plans', () => {
    const d = doc('Komunitní plán sociálních služeb města Teplice 2016–2019\nStrategický plán rozvoje města Teplice 2015–2020\n\nPlán na období 2016–2020 obsahuje cíle.');
    expect(check(periodConflict, d)).toEqual([]);
  });
});
