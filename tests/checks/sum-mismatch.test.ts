import { describe, expect, it } from 'vitest';
import { sumMismatch } from '../../checks/rules/sum-mismatch.js';
import { check, doc, evidenceIsExact, matchesGold, money } from './helpers.js';

const BUDGET = (total: string, esf: string, national: string, cofin: string) => `Financování projektu:
celkové způsobilé náklady: ${total} Kč
dotace z Evropského sociálního fondu: ${esf} Kč
dotace ze státního rozpočtu ČR: ${national} Kč
vlastní podíl: ${cofin} Kč
`;

const amount = (s: string) => Number(s.replace(/ /g, '').replace(',', '.'));

function budgetFields(text: string, parts: string[], labels: Array<string | undefined> = []) {
  const d = doc(text);
  return { d, fields: { money: parts.map((p, i) => money(d, `${p} Kč`, amount(p), labels[i] ? { label: labels[i] } : {})) } };
}

describe('sum-mismatch', () => {
  it('fires when ESF + national + own share miss the total, with the sum and both figures', () => {
    const parts = ['1 000 000', '850 000', '100 000', '60 000'];
    const { d, fields } = budgetFields(BUDGET(parts[0], parts[1], parts[2], parts[3]), parts);
    const flags = check(sumMismatch, d, fields);
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('850 000 + 100 000 + 60 000 = 1 010 000 Kč ≠ 1 000 000 Kč');
    expect(flags[0]).toMatchObject({ rule: 'sum-mismatch', severity: 'error', actual: '850000 + 100000 + 60000 = 1010000', expected: 1000000 });
    expect(flags[0].evidence).toHaveLength(4);
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('does not fire on the twin that adds up to the haléř', () => {
    const parts = ['2 000 625', '1 700 531,25', '200 062,50', '100 031,25'];
    const { d, fields } = budgetFields(BUDGET(parts[0], parts[1], parts[2], parts[3]), parts);
    expect(check(sumMismatch, d, fields)).toEqual([]);
  });

  it('fires on one haléř off', () => {
    const parts = ['2 000 625', '1 700 531,25', '200 062,50', '100 031,24'];
    const { d, fields } = budgetFields(BUDGET(parts[0], parts[1], parts[2], parts[3]), parts);
    expect(check(sumMismatch, d, fields)).toHaveLength(1);
  });

  const SEED_003 = ` • Celkové náklady projektu: 1 214 625 Kč
 • Výše dotace: 1 153 893,75 Kč
 • Výše dotace z ESF: 1 032 431,25 Kč
 • Národní veřejné zdroje: 121 462,50 Kč
 • Výše spolufinancování města: 60 731,25 (5 %)
`;
  function seed003(text: string, amounts: Array<[string, number]>) {
    const d = doc(text);
    return { d, fields: { money: amounts.map(([w, a]) => money(d, w, a)) } };
  }

  it('reads a subsidy as the sum of ESF and national, and the total as subsidy + co-financing (seed 003 holds)', () => {
    const { d, fields } = seed003(SEED_003, [
      ['1 214 625 Kč', 1214625], ['1 153 893,75 Kč', 1153893.75], ['1 032 431,25 Kč', 1032431.25], ['121 462,50 Kč', 121462.5], ['60 731,25', 60731.25],
    ]);
    expect(check(sumMismatch, d, fields)).toEqual([]);
  });

  it('fires once when the subsidy does not match its parts', () => {
    const text = SEED_003.replace('1 153 893,75', '1 135 893,75');
    const { d, fields } = seed003(text, [
      ['1 214 625 Kč', 1214625], ['1 135 893,75 Kč', 1135893.75], ['1 032 431,25 Kč', 1032431.25], ['121 462,50 Kč', 121462.5], ['60 731,25', 60731.25],
    ]);
    const flags = check(sumMismatch, d, fields);
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('1 135 893,75 + 60 731,25 = 1 196 625 Kč ≠ 1 214 625 Kč');
  });

  it('checks subsidy + own share against the total when no ESF split is given', () => {
    const text = 'Rozpočet projektu: 2 000 000 Kč, z toho dotace 1 700 000 Kč a vlastní zdroje 200 000 Kč.';
    const d = doc(text);
    const flags = check(sumMismatch, d, { money: [money(d, '2 000 000 Kč', 2e6), money(d, '1 700 000 Kč', 1.7e6), money(d, '200 000 Kč', 2e5)] });
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('1 700 000 + 200 000 = 1 900 000 Kč ≠ 2 000 000 Kč');
  });

  it('does not add up amounts of two different projects listed one after another', () => {
    const text = `Projekt A: celkové náklady 1 000 000 Kč, dotace 950 000 Kč, spolufinancování 50 000 Kč.
Projekt B: celkové náklady 500 000 Kč, dotace 450 000 Kč, spolufinancování 50 000 Kč.`;
    const d = doc(text);
    const flags = check(sumMismatch, d, {
      money: [
        money(d, '1 000 000 Kč', 1e6), money(d, '950 000 Kč', 950000), money(d, '50 000 Kč', 50000, {}, 0),
        money(d, '500 000 Kč', 500000), money(d, '450 000 Kč', 450000), money(d, '50 000 Kč', 50000, {}, 1),
      ],
    });
    expect(flags).toEqual([]);
  });

  it('leaves a budget that names only some parts alone', () => {
    const text = 'Celkové náklady projektu: 1 000 000 Kč. Dotace z ESF: 850 000 Kč.';
    const d = doc(text);
    expect(check(sumMismatch, d, { money: [money(d, '1 000 000 Kč', 1e6), money(d, '850 000 Kč', 850000)] })).toEqual([]);
  });

  it('uses the extractor label when the words before an amount say nothing', () => {
    const text = 'Tabulka 1\n1 000 000 Kč\n850 000 Kč\n100 000 Kč\n60 000 Kč';
    const d = doc(text);
    const flags = check(sumMismatch, d, {
      money: [
        money(d, '1 000 000 Kč', 1e6, { label: 'total' }), money(d, '850 000 Kč', 850000, { label: 'esf' }),
        money(d, '100 000 Kč', 100000, { label: 'national' }), money(d, '60 000 Kč', 60000, { label: 'own-share' }),
      ],
    });
    expect(flags).toHaveLength(1);
  });

  it('ignores approximate amounts and other currencies', () => {
    const text = 'Celkové náklady: cca 1 000 000 Kč, ESF 850 000 Kč, státní rozpočet 100 000 Kč, spolufinancování 60 000 Kč.';
    const d = doc(text);
    const fields = {
      money: [
        money(d, '1 000 000 Kč', 1e6, { approximate: true }), money(d, '850 000 Kč', 850000),
        money(d, '100 000 Kč', 100000), money(d, '60 000 Kč', 60000),
      ],
    };
    expect(check(sumMismatch, d, fields)).toEqual([]);
  });
});

describe('sum-mismatch in prose', () => {
  it('reads "zbytek uhradí město" as the own share', () => {
    const text = 'Celkový rozpočet projektu činí 2 000 000 Kč. Dotace pokryje 1 800 000 Kč, zbytek 240 000 Kč uhradí město.';
    const d = doc(text);
    const flags = check(sumMismatch, d, { money: [money(d, '2 000 000 Kč', 2e6), money(d, '1 800 000 Kč', 1.8e6), money(d, '240 000 Kč', 240000)] });
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('1 800 000 + 240 000 = 2 040 000 Kč ≠ 2 000 000 Kč');
  });
});

describe('sum-mismatch in the words of an OP Zaměstnanost budget', () => {
  it('reads "příspěvek Unie", "státní rozpočet" and "příspěvek příjemce"', () => {
    const text = `Celkové způsobilé výdaje projektu: 5 000 000 Kč
Příspěvek Unie: 4 250 000 Kč
Příspěvek ze státního rozpočtu: 500 000 Kč
Příspěvek příjemce: 200 000 Kč`;
    const d = doc(text);
    const flags = check(sumMismatch, d, {
      money: [money(d, '5 000 000 Kč', 5e6), money(d, '4 250 000 Kč', 4.25e6), money(d, '500 000 Kč', 5e5), money(d, '200 000 Kč', 2e5)],
    });
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('4 250 000 + 500 000 + 200 000 = 4 950 000 Kč ≠ 5 000 000 Kč');
  });
});

describe('sum-mismatch on a budget itemised line by line', () => {
  const BUDGET = (total: string) => `Rozpočet podle klíčových aktivit:
KA 1 Řízení projektu: 845.000,- Kč
KA 2 Tvorba střednědobého plánu: 1.100.000,- Kč
KA 3 Vzdělávání a informovanost: 300.678,- Kč
Celkem: ${total} Kč`;

  it('fires when the items miss the total, with the figures as digits too', () => {
    const d = doc(BUDGET('2.345.678,-'));
    const flags = check(sumMismatch, d);
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toBe('845 000 + 1 100 000 + 300 678 = 2 245 678 Kč ≠ 2 345 678 Kč (součet položek ≠ celkem)');
    expect(matchesGold(flags[0], 'sum-mismatch', '2345678: 845000 + 1100000 + 300678')).toBe(true);
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('does not fire on the twin that adds up, nor on nested items', () => {
    expect(check(sumMismatch, doc(BUDGET('2.245.678,-')))).toEqual([]);
    const nested = doc('Osobní náklady: 500 000 Kč\nz toho mzdy: 400 000 Kč\nOstatní náklady: 100 000 Kč\nCelkem: 600 000 Kč');
    expect(check(sumMismatch, nested)).toEqual([]);
  });

  it('reads amounts the extractor reported once only (the same total above and below)', () => {
    const text = `Celkové způsobilé výdaje: 2.345.678,- Kč
z toho příspěvek EU 85 %: 1.993.826,30 Kč
státní rozpočet 10 %: 234.567,80 Kč
vlastní podíl 5 %: 117.283,90 Kč

${BUDGET('2.345.678,-')}`;
    const d = doc(text);
    const flags = check(sumMismatch, d, { money: [money(d, '2.345.678,- Kč', 2345678, { label: 'total' })] });
    expect(flags.map((f) => f.message)).toEqual(['845 000 + 1 100 000 + 300 678 = 2 245 678 Kč ≠ 2 345 678 Kč (součet položek ≠ celkem)']);
  });
});
