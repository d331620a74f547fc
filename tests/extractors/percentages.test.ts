import { describe, expect, it } from 'vitest';
import { percentagesExtractor as pct } from '../../extractors/fields/percentages.js';
import { expectNone, expectOne, values } from './field-helpers.js';

describe('percentages', () => {
  it.each([
    ['Spolufinancování je ve výši 5 %.', 5],
    ['dotace z ESF (85 %): 1 700 531,25 Kč', 85],
    ['podíl 5% z nákladů', 5],
    ['podíl 12,5 % z nákladů', 12.5],
    ['podíl 12.5 % z nákladů', 12.5],
    ['vzrostl o 5 procent', 5],
    ['podíl činí 10 procenta', 10],
    ['plně, tj. 100 %', 100],
  ])('%s → %d', (text, value) => expectOne(pct, text, { value }));

  it('reads both ends of a range', () => {
    expect(values(pct, 'Podíl se pohybuje mezi 10–15 % nákladů.')).toEqual([10, 15]);
    expect(values(pct, 'Podíl 10 až 15 procent.')).toEqual([10, 15]);
  });

  it('keeps each value once, in text order', () => {
    expect(values(pct, 'ESF (85 %), stát (10 %), město (5 %) a znovu 5 %.')).toEqual([85, 10, 5]);
  });

  it.each([
    'Účast 85 osob',
    'procentní body',
    'o 5 procentních bodů',
    'CZ.03.2.63/0.0/0.0/16_063/0006583',
    'Dne 5. 6. 2012',
  ])('no percentage in "%s"', (text) => expectNone(pct, text));
});
