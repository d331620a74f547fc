import { describe, expect, it } from 'vitest';
import { dateOrder } from '../../checks/rules/date-order.js';
import { impossibleDate } from '../../checks/rules/impossible-date.js';
import { weekdayMismatch } from '../../checks/rules/weekday-mismatch.js';
import { check, date, doc, evidenceIsExact, period } from './helpers.js';

describe('weekday-mismatch', () => {
  it('fires on "v pondělí 14. 6. 2018", a Thursday, quoting weekday and date', () => {
    const d = doc('Komunitní plánování se uskutečnilo v pondělí 14. 6. 2018 od 17:00 hodin.');
    const flags = check(weekdayMismatch, d);
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toBe('14. 6. 2018 (2018-06-14) připadá na čtvrtek, ne na pondělí');
    expect(flags[0].evidence.map((e) => e.text)).toEqual(['pondělí', '14. 6. 2018']);
    expect(flags[0]).toMatchObject({ actual: 'pondělí', expected: 'čtvrtek', severity: 'warning' });
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('does not fire on the right weekdays, in every form (dev 23, seed 002)', () => {
    const d = doc(`Uskutečnilo se ve čtvrtek 14. 6. 2018, v pondělí 18. 6. 2018 a v pátek 20. dubna 2018.
Další jednání ŘPS je naplánováno na středu dne 22. 11. 2017 od 14:00 hod. Schůzka 3. 3. 2021 (středa).`);
    expect(check(weekdayMismatch, d)).toEqual([]);
  });

  it('reads month names and a weekday after the date', () => {
    const d = doc('Setkání v úterý 20. dubna 2018 a 22. 11. 2017 (čtvrtek).');
    expect(check(weekdayMismatch, d).map((f) => f.expected)).toEqual(['pátek', 'středa']);
  });

  it('takes the weekday the extractor read, but not against a year it inferred that no date of the document settles', () => {
    // 15. 6. 2018 was a Friday, 15. 6. 2017 a Thursday; the only full date is a year away
    const d = doc('Jednání 14. 6. 2018. Plán schválen 20. 1. 2017. Další jednání ve čtvrtek 15. 6.');
    const far = doc('Jednání 14. 2. 2018. Plán schválen 20. 1. 2017. Další jednání ve čtvrtek 15. 6.');
    const fields = (x: typeof d) => ({
      dates: [
        date(x, x.text.includes('14. 6. 2018') ? '14. 6. 2018' : '14. 2. 2018', x.text.includes('14. 6. 2018') ? '2018-06-14' : '2018-02-14', 'meeting', { weekday: 'monday' }),
        date(x, '15. 6.', '2018-06-15', 'next_meeting', { weekday: 'thursday', inferred: ['year'] }),
      ],
    });
    // next to 14. 6. 2018 the year is settled: "ve čtvrtek 15. 6." is wrong
    expect(check(weekdayMismatch, d, fields(d)).map((f) => f.actual)).toEqual(['pondělí', 'čtvrtek']);
    // 14. 2. 2018 and 20. 1. 2017 are both over three months away: the year stays a guess, Thursday fits 2017
    expect(check(weekdayMismatch, far, fields(far)).map((f) => f.actual)).toEqual(['pondělí']);
  });
});

describe('impossible-date', () => {
  it('fires on "30. 2. 2021", "32. 1. 2015" and "31. června 2018"', () => {
    const d = doc('Termín 30. 2. 2021, zápis ze dne 32. 1. 2015 a setkání 31. června 2018.');
    const flags = check(impossibleDate, d);
    expect(flags.map((f) => f.evidence[0].text)).toEqual(['30. 2. 2021', '32. 1. 2015', '31. června 2018']);
    expect(flags[0].message).toBe('datum 30. 2. 2021 (2021-02-30) neexistuje: únor 2021 má 28 dní');
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('does not fire on real dates, a leap day, or numbers that are no dates', () => {
    const d = doc('Dne 29. 2. 2020, 31. 12. 2019, 1.9.2017 – 30. 9. 2018; Zápis ze 51.jednání; verze 2.13.2015; usn. č. 63/2018.');
    expect(check(impossibleDate, d)).toEqual([]);
  });

  it('reports a date the extractor marked invalid in a form the text scan does not know', () => {
    const d = doc('Uzávěrka 29.2.2019.');
    const flags = check(impossibleDate, d, { dates: [date(d, '29.2.2019', '2019-02-29', 'deadline', { invalid: true })] });
    expect(flags).toHaveLength(1);
  });
});

describe('date-order', () => {
  const MINUTES = (written: string) => `Zápis z jednání
Datum/čas: 17. 10. 2017
Další jednání je naplánováno na 22. 11. 2017.
Zapsala: Kateřina Marcinková
Dne: ${written}`;

  it('fires when the minutes are dated before the meeting', () => {
    const d = doc(MINUTES('13. 10. 2017'));
    const flags = check(dateOrder, d, {
      dates: [date(d, '17. 10. 2017', '2017-10-17', 'meeting'), date(d, '22. 11. 2017', '2017-11-22', 'next_meeting'), date(d, '13. 10. 2017', '2017-10-13', 'written')],
    });
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toBe('zápis je datován 13. 10. 2017, před jednáním 17. 10. 2017');
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('does not fire on minutes written after the meeting', () => {
    const d = doc(MINUTES('23. 10. 2017'));
    expect(check(dateOrder, d, {
      dates: [date(d, '17. 10. 2017', '2017-10-17', 'meeting'), date(d, '22. 11. 2017', '2017-11-22', 'next_meeting'), date(d, '23. 10. 2017', '2017-10-23', 'written')],
    })).toEqual([]);
  });

  it('fires on a next meeting set before the meeting, but not on an inferred year', () => {
    const d = doc('Jednání 17. 10. 2017. Další jednání 22. 9. 2017. Příští 5. 10.');
    const flags = check(dateOrder, d, {
      dates: [
        date(d, '17. 10. 2017', '2017-10-17', 'meeting'), date(d, '22. 9. 2017', '2017-09-22', 'next_meeting'),
        date(d, '5. 10.', '2017-10-05', 'next_meeting', { inferred: ['year'] }),
      ],
    });
    expect(flags).toHaveLength(1);
  });

  it('does not fire on one project ending and the next one starting', () => {
    const d = doc('Projekt Podpora IV byl ukončen 30. 9. 2018. Dne 1. října 2018 byla zahájena realizace projektu Podpora V.');
    expect(check(dateOrder, d)).toEqual([]);
  });

  it('fires on a project that ends before it starts', () => {
    const d = doc('Dne 1. října 2018 byla zahájena realizace projektu. K 30. 9. 2018 byl projekt ukončen.');
    const flags = check(dateOrder, d);
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toBe('projekt končí 30. 9. 2018, dřív než začíná (1. 10. 2018)');
  });

  it('reads the start of a realisation period, and lets a consistent project be (seed 003, dev 13)', () => {
    const d = doc(`Doba realizace projektu: 1.9.2017 – 30. 9. 2018
Projekt byl finančně ukončen.
K 30. 9. 2018 byl projekt ukončen.`);
    expect(check(dateOrder, d, { periods: [period(d, '1.9.2017 – 30. 9. 2018', '2017-09-01', '2018-09-30', { role: 'project' })] })).toEqual([]);
    const late = doc('Doba realizace projektu: 1.10.2018 – 30. 9. 2019\nK 30. 9. 2018 byl projekt ukončen.');
    const next = doc('Dne 1. října 2018 byla zahájena realizace projektu. Projekt bude realizován v období od 1. 10. 2018 do 30. 3. 2022.');
    expect(check(dateOrder, next)).toEqual([]);
    expect(check(dateOrder, late, { periods: [period(late, '1.10.2018 – 30. 9. 2019', '2018-10-01', '2019-09-30', { role: 'project' })] })).toHaveLength(1);
  });
});

describe('weekday-mismatch with an inferred year', () => {
  it('without a date of the document near, fires only when no neighbouring year fits the weekday', () => {
    // 15. 6. 2017 was a Thursday; 2016: Wednesday; 2018: Friday. "Plán 2016–2018" settles no day.
    const d = doc('Plán 2016–2018. Další jednání v pondělí 15. 6.');
    const wrong = check(weekdayMismatch, d, { dates: [date(d, '15. 6.', '2017-06-15', 'next_meeting', { inferred: ['year'] })] });
    expect(wrong).toHaveLength(1);
    expect(wrong[0].message).toBe('15. 6. (2017-06-15; rok 2017 odvozen) připadá na čtvrtek, ne na pondělí');
    const d2 = doc('Plán 2016–2018. Další jednání ve středu 15. 6.');
    expect(check(weekdayMismatch, d2, { dates: [date(d2, '15. 6.', '2017-06-15', 'next_meeting', { inferred: ['year'] })] })).toEqual([]);
  });

  it('with the minutes dated two weeks before, the year is settled and a weekday of the year before does not excuse it', () => {
    const d = doc('Zápis z 1. 6. 2017. Další jednání ve středu 15. 6.');
    const flags = check(weekdayMismatch, d, { dates: [date(d, '15. 6.', '2017-06-15', 'next_meeting', { inferred: ['year'] })] });
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toBe('15. 6. (2017-06-15; rok 2017 odvozen z data 1. 6. 2017 v dokumentu) připadá na čtvrtek, ne na středu');
    const right = doc('Zápis z 1. 6. 2017. Další jednání ve čtvrtek 15. 6.');
    expect(check(weekdayMismatch, right, { dates: [date(right, '15. 6.', '2017-06-15', 'next_meeting', { inferred: ['year'] })] })).toEqual([]);
  });

  it('reads weekdays in other cases ("do čtvrtka 14. 6. 2018", "od pátku 15. 6. 2018")', () => {
    expect(check(weekdayMismatch, doc('od úterka 12. 6. 2018 do čtvrtka 14. 6. 2018'))).toEqual([]);
    expect(check(weekdayMismatch, doc('do pátku 14. 6. 2018'))).toHaveLength(1);
  });
});

describe('weekday-mismatch, a weekday after the date', () => {
  it('reads it in brackets only, with exact evidence', () => {
    const d = doc('Schůzka 22. 11. 2017 (čtvrtek) na radnici; do 14. 6. 2018, pondělí a středa jsou úřední dny.');
    const flags = check(weekdayMismatch, d);
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence.map((e) => e.text)).toEqual(['22. 11. 2017', 'čtvrtek']);
    expect(evidenceIsExact(d, flags)).toBe(true);
  });
});

describe('date-order, the meeting read from the text when no date has the meeting role', () => {
  const MINUTES = (meeting: string, written: string) => `Zápis z jednání Řídící skupiny

${meeting}

Příští jednání proběhne ve středu 22. ledna 2020 ve 13:30 hod.
V Trutnově ${written}`;

  for (const meeting of ['Termín: 21. 11. 2019 od 9:00 hod.', 'Jednání se konalo ve čtvrtek 21. 11. 2019 od 13:30 hod.', 'Datum jednání: 21. 11. 2019']) {
    it(meeting, () => {
      const early = doc(MINUTES(meeting, '15. 11. 2019'));
      const flags = check(dateOrder, early, { dates: [date(early, '15. 11. 2019', '2019-11-15', 'written')] });
      expect(flags.map((f) => f.message)).toEqual(['zápis je datován 15. 11. 2019, před jednáním 21. 11. 2019']);
      const late = doc(MINUTES(meeting, '25. 11. 2019'));
      expect(check(dateOrder, late, { dates: [date(late, '25. 11. 2019', '2019-11-25', 'written')] })).toEqual([]);
    });
  }

  it('not in a document that is no minutes', () => {
    const d = doc('Akce se konala 21. 11. 2019.\nAktualizováno 15. 11. 2019');
    expect(check(dateOrder, d, { dates: [date(d, '15. 11. 2019', '2019-11-15', 'written')] })).toEqual([]);
  });
});
