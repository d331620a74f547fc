import { describe, expect, it } from 'vitest';
import { anchoredYear, yearlessDates } from '../../checks/dates.js';
import { weekdayMismatch } from '../../checks/rules/weekday-mismatch.js';
import { check, date, doc, evidenceIsExact } from './helpers.js';

// 14. 10. 2021 was a Thursday; 14. 10. 2020 a Wednesday; 14. 10. 2022 a Friday
const ARTICLE = (weekday: string, dated = '19. 10. 2021') => `Týden sociálních služeb v Úvalech

Zveřejněno: ${dated}

Hlavní program se konal ${weekday} 14. října na náměstí. Představilo se 12 poskytovatelů.`;

describe('weekday-mismatch on a date written without a year', () => {
  it('reads the date from the text and takes the year from the date of the article', () => {
    const d = doc(ARTICLE('ve středu'));
    const flags = check(weekdayMismatch, d);
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toBe('14. října (2021-10-14; rok 2021 odvozen z data 19. 10. 2021 v dokumentu) připadá na čtvrtek, ne na středu');
    expect(flags[0].evidence.map((e) => e.text)).toEqual(['středu', '14. října']);
    expect(flags[0]).toMatchObject({ actual: 'středa', expected: 'čtvrtek' });
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('does not fire on the right weekday', () => {
    expect(check(weekdayMismatch, doc(ARTICLE('ve čtvrtek')))).toEqual([]);
  });

  it('does not guess a year no date of the document settles', () => {
    // the article's date is half a year away: 14 October could be in 2020 or 2021
    expect(check(weekdayMismatch, doc(ARTICLE('ve středu', '20. 4. 2021')))).toEqual([]);
  });

  it('checks the year the extractor inferred when a date of the document settles it', () => {
    const d = doc(ARTICLE('ve středu'));
    const flags = check(weekdayMismatch, d, {
      dates: [date(d, '14. října', '2021-10-14', 'event', { weekday: 'wednesday', inferred: ['year'] })],
    });
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence.map((e) => e.text)).toEqual(['středu', '14. října']);
    const right = doc(ARTICLE('ve čtvrtek'));
    expect(check(weekdayMismatch, right, {
      dates: [date(right, '14. října', '2021-10-14', 'event', { weekday: 'thursday', inferred: ['year'] })],
    })).toEqual([]);
  });

  it('reads numeric dates without a year, and a date range with its year as the anchor', () => {
    // 2. 3. 2023 was a Thursday
    const text = (weekday: string) => `Burza služeb proběhla 1.–3. 3. 2023. Ve ${weekday} 2. 3. byla otevřena veřejnosti.`;
    expect(check(weekdayMismatch, doc(text('středu'))).map((f) => f.expected)).toEqual(['čtvrtek']);
    expect(check(weekdayMismatch, doc(text('čtvrtek')))).toEqual([]);
  });
});

describe('yearlessDates and anchoredYear', () => {
  it('reads days without a year, not full dates', () => {
    const t = 'Dne 14. října, 2. 3., 15. 6. 2017, 1.9.2017 a 20. září 2022; 31. 2. není den.';
    expect(yearlessDates(t).map((d) => t.slice(d.start, d.end))).toEqual(['14. října', '2. 3.']);
  });

  it('settles a year only when one year comes near a date of the document', () => {
    expect(anchoredYear('Zápis z 10. 1. 2019.', 20, 12)?.year).toBe(2018);
    expect(anchoredYear('Zápis z 10. 1. 2019.', 20, 6)).toBeUndefined();
    // two full dates that pull toward different years settle nothing
    expect(anchoredYear('Zápis z 10. 1. 2019, minulý 1. 11. 2017.', 20, 12)).toBeUndefined();
  });
});
