import { describe, expect, it } from 'vitest';
import { percentMismatch } from '../../checks/rules/percent-mismatch.js';
import { check, doc, evidenceIsExact, matchesGold, money } from './helpers.js';

describe('percent-mismatch', () => {
  it('fires on "vlastní podíl (10 %): 240 000 Kč" of a 2 000 000 Kč budget', () => {
    const d = doc('Rozpočet projektu: 2 000 000 Kč\nDotace (90 %): 1 800 000 Kč\nVlastní podíl (10 %): 240 000 Kč\n');
    const flags = check(percentMismatch, d, {
      money: [money(d, '2 000 000 Kč', 2e6), money(d, '1 800 000 Kč', 1.8e6), money(d, '240 000 Kč', 240000)],
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'percent-mismatch', actual: 240000, expected: '200000 = 10 % z 2000000' });
    expect(flags[0].message).toBe('spolufinancování 10 % z 2 000 000 Kč je 200 000 Kč, ne 240 000 Kč (to je 12 %)');
    expect(matchesGold(flags[0], 'percent-mismatch', '10 % 240 000 2 000 000')).toBe(true);
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('does not fire on the correct twin, nor on shares rounded to the haléř (seed 003, dev 09)', () => {
    const d = doc(` • Celkové náklady projektu: 1 214 625 Kč
 • Výše dotace: 1 153 893,75 Kč
 • Výše spolufinancování města: 60 731,25 (5 %)
celkové způsobilé náklady: 2 000 625,- Kč
dotace z Evropského soc. fondu (85 %): 1 700 531,25 Kč
dotace ze státního rozpočtu ČR (10 %) : 200 062,50 Kč
vlastní financování (5 %): 100 031,25 Kč`);
    const flags = check(percentMismatch, d, {
      money: [
        money(d, '1 214 625 Kč', 1214625), money(d, '1 153 893,75 Kč', 1153893.75), money(d, '60 731,25', 60731.25),
        money(d, '2 000 625,- Kč', 2000625), money(d, '1 700 531,25 Kč', 1700531.25), money(d, '200 062,50 Kč', 200062.5),
        money(d, '100 031,25 Kč', 100031.25),
      ],
    });
    expect(flags).toEqual([]);
  });

  it('accepts a share rounded to the digits it is written with', () => {
    // 333 333,33 of 1 000 000 is 33,33 %; written as "33 %" it is rounded, not wrong
    const d = doc('Celkové náklady: 1 000 000 Kč\nSpolufinancování obce (33 %): 333 333,33 Kč');
    expect(check(percentMismatch, d, { money: [money(d, '1 000 000 Kč', 1e6), money(d, '333 333,33 Kč', 333333.33)] })).toEqual([]);
    const wrong = doc('Celkové náklady: 1 000 000 Kč\nSpolufinancování obce (3,5 %): 33 333,33 Kč');
    expect(check(percentMismatch, wrong, { money: [money(wrong, '1 000 000 Kč', 1e6), money(wrong, '33 333,33 Kč', 33333.33)] })).toHaveLength(1);
  });

  it('takes a national share as a share of the subsidy when the text means that', () => {
    const d = doc('Celkové náklady: 1 000 000 Kč\nDotace: 900 000 Kč\nNárodní zdroje (10 %): 90 000 Kč');
    expect(check(percentMismatch, d, { money: [money(d, '1 000 000 Kč', 1e6), money(d, '900 000 Kč', 900000), money(d, '90 000 Kč', 90000)] })).toEqual([]);
  });

  it('uses the share the extractor attached when the text around the amount has none', () => {
    const d = doc('Celkové náklady: 1 000 000 Kč\nSpolufinancování: 60 000 Kč');
    const flags = check(percentMismatch, d, { money: [money(d, '1 000 000 Kč', 1e6), money(d, '60 000 Kč', 60000, { share: 5 })] });
    expect(flags).toHaveLength(1);
    expect(flags[0].expected).toBe('50000 = 5 % z 1000000');
  });

  it('needs a budget to compare with: a lone share is not checked', () => {
    const d = doc('Spolufinancování projektu je ve výši 5 %. Odhad nákladů je maximálně 1,9 mil. Kč.');
    expect(check(percentMismatch, d, { money: [money(d, '1,9 mil. Kč', 1.9e6, { label: 'budget' })] })).toEqual([]);
  });
});

describe('percent-mismatch and sum-mismatch, one flag per problem', () => {
  it('a wrong own share that alone breaks the sum is percent-mismatch only', async () => {
    const { sumMismatch } = await import('../../checks/rules/sum-mismatch.js');
    const d = doc('Rozpočet projektu: 2 000 000 Kč\nDotace (90 %): 1 800 000 Kč\nVlastní podíl (10 %): 240 000 Kč\n');
    const fields = { money: [money(d, '2 000 000 Kč', 2e6), money(d, '1 800 000 Kč', 1.8e6), money(d, '240 000 Kč', 240000)] };
    expect(check(percentMismatch, d, fields)).toHaveLength(1);
    expect(check(sumMismatch, d, fields)).toEqual([]);
    // a sum that is off for another reason still fires
    const d2 = doc('Rozpočet projektu: 2 000 000 Kč\nDotace: 1 700 000 Kč\nVlastní podíl (10 %): 200 000 Kč\n');
    expect(check(sumMismatch, d2, { money: [money(d2, '2 000 000 Kč', 2e6), money(d2, '1 700 000 Kč', 1.7e6), money(d2, '200 000 Kč', 200000)] })).toHaveLength(1);
  });

  it('without a stated total, one flag for the group', () => {
    const d = doc('Dotace (90 %): 1 800 000 Kč\nVlastní podíl (10 %): 240 000 Kč\n');
    const flags = check(percentMismatch, d, { money: [money(d, '1 800 000 Kč', 1.8e6), money(d, '240 000 Kč', 240000)] });
    expect(flags).toHaveLength(1);
    expect(flags[0].message.startsWith('spolufinancování 10 %')).toBe(true);
  });
});
