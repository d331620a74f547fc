import { describe, expect, it } from 'vitest';
import { moneyExtractor as money } from '../../extractors/fields/money.js';
import { expectNone, expectOne, run, values } from './field-helpers.js';

describe('money: amounts and their notation', () => {
  it.each([
    ['Celkové náklady projektu: 1 214 625 Kč', 1214625],
    ['Celkové náklady projektu: 1\u00a0214\u00a0625 Kč', 1214625],
    ['Rozpočet činí 1.734.210,50 Kč.', 1734210.5],
    ['Cena: 12.300 ,- Kč', 12300],
    ['celkové způsobilé náklady: 2 000 625,- Kč', 2000625],
    ['Odhad nákladů je maximálně 1,9 mil. Kč.', 1900000],
    ['Plán počítá se 350 tis. Kč na provoz.', 350000],
    ['Vstupné Kč 5 000,- za osobu', 5000],
    ['Rozpočet 2 miliony korun', 2000000],
    ['Rozpočet 2 miliardy korun', 2000000000],
    ['částka 5000,-Kč', 5000],
    ['částka 1.500.000.- Kč', 1500000],
    ['příspěvek 500 Kč', 500],
    ['dotace 40 mil. Kč', 40000000],
    ['Národní veřejné zdroje: 121 462,50 Kč', 121462.5],
    ['Částka: 12 000 Kč', 12000],
    ['Účelová dotace – 250 000 Kč', 250000],
  ])('%s → %d', (text, amount) => {
    expectOne(money, text, { amount, currency: 'CZK' });
  });

  it('reads euro amounts', () => {
    expectOne(money, 'Projekt získal 250 000 EUR z programu.', { amount: 250000, currency: 'EUR' });
    expectOne(money, 'Náklady € 1 200 na osobu', { amount: 1200, currency: 'EUR' });
    expectOne(money, 'celkem 3,5 mil. €', { amount: 3500000, currency: 'EUR' });
  });

  it('reads a bare number under a money label, with its share', () => {
    expectOne(money, 'Výše spolufinancování města: 60 731,25 (5 %)', { amount: 60731.25, label: 'cofinancing', share: 5 });
    expectOne(money, 'Celkové náklady\t1 214 625', { amount: 1214625, label: 'total' });
    expectOne(money, 'Částka: 25 000,50', { amount: 25000.5 });
    expectOne(money, 'Rozpočet na rok 2019: 1 200 000', { amount: 1200000, label: 'budget' });
  });

  it('reads both ends of a range', () => {
    expect(values(money, 'Náklady se odhadují na 100–200 tis. Kč.', 'amount')).toEqual([100000, 200000]);
  });

  it('marks approximate amounts', () => {
    expectOne(money, 'Stavba stála přibližně 40 mil. Kč.', { amount: 40000000, approximate: true });
    expectOne(money, 'Stavba stála cca 40 mil. Kč.', { approximate: true });
    expect(run(money, 'Stavba stála 40 mil. Kč.')[0].approximate).toBeUndefined();
  });
});

describe('money: labels and shares', () => {
  const budget = [
    'Celkové náklady projektu: 1 214 625 Kč',
    'Výše dotace: 1 153 893,75 Kč',
    'Výše dotace z ESF: 1 032 431,25 Kč',
    'Národní veřejné zdroje: 121 462,50 Kč',
    'Výše spolufinancování města: 60 731,25 (5 %)',
  ].join('\n');

  it('labels each line of a project budget', () => {
    expect(run(money, budget).map((m) => [m.amount, m.label])).toEqual([
      [1214625, 'total'], [1153893.75, 'subsidy'], [1032431.25, 'esf'], [121462.5, 'national'], [60731.25, 'cofinancing'],
    ]);
  });

  it('attaches a share stated in the label', () => {
    const items = run(money, [
      'dotace z Evropského soc. fondu (85 %): 1 700 531,25 Kč',
      'dotace ze státního rozpočtu ČR (10 %) : 200 062,50 Kč',
      'vlastní financování (5 %): 100 031,25 Kč',
    ].join('\n'));
    expect(items.map((m) => [m.label, m.share])).toEqual([['esf', 85], ['national', 10], ['cofinancing', 5]]);
  });

  it('attaches a share stated after the amount', () => {
    expectOne(money, 'Vlastní podíl města činí 60 731,25 Kč, tj. 5 % nákladů.', { label: 'cofinancing', share: 5 });
    expectOne(money, 'Dotace 850 000 Kč (85,5 %)', { share: 85.5 });
  });

  it('does not take a share from another sentence', () => {
    const [m] = run(money, 'Spolufinancování projektu je ve výši 5 %. Odhad nákladů je maximálně 1,9 mil. Kč.');
    expect(m).toMatchObject({ amount: 1900000, label: 'budget' });
    expect(m.share).toBeUndefined();
  });

  it('labels from the sentence when the line has no label', () => {
    expectOne(money, 'Kraj poskytl dotaci ve výši 500 000 Kč.', { label: 'subsidy' });
    expectOne(money, 'Vlastní podíl obce činí 25 000 Kč.', { label: 'cofinancing' });
  });

  it('labels each of several amounts on one line by the words just before it', () => {
    const items = run(money, 'Dotace z ESF: 1 000 000 Kč, národní zdroje: 200 000 Kč, vlastní podíl: 50 000 Kč.');
    expect(items.map((m) => m.label)).toEqual(['esf', 'national', 'cofinancing']);
  });

  it('reads a label opening with "Celkové" as the total', () => {
    expectOne(money, 'Celkové náklady projektu spolufinancovaného z EU: 1 000 000 Kč', { label: 'total' });
    expectOne(money, '• Celkem za projekt: 2 000 000 Kč', { label: 'total' });
  });

  it('keeps one item per amount and label', () => {
    expect(run(money, 'Dotace 500 000 Kč. Opakujeme: dotace 500 000 Kč.')).toHaveLength(1);
  });
});

describe('money: what is not money', () => {
  it.each([
    'V roce 2019 se sešlo 100 zástupců.',
    'Telefon: 730 870 046',
    'registrační číslo: CZ.03.2.63/0.0/0.0/16_063/0006526',
    'Jednání 17. 10. 2017 od 14:00 hod.',
    'Adresa: Archiváře Teplého 102, 387 06 Malenice',
    'Plán na období 2014 – 2017',
    'Spolufinancování projektu je ve výši 5 %.',
    'Výše spolufinancování: 2019',
    'Zúčastnilo se 23 občanů.',
  ])('%s', (text) => expectNone(money, text));

  it('does not read a year before an amount as part of it', () => {
    expect(values(money, 'V roce 2019 500 000 Kč na provoz', 'amount')).toEqual([500000]);
  });
});

describe('money: amounts without a currency', () => {
  it.each([
    ['Kraj poskytl dotaci ve výši 500 000 na provoz.', 500000, 'subsidy'],
    ['Rozpočet projektu činí 1 200 000.', 1200000, 'budget'],
    ['Vstupné 50,- za osobu.', 50, undefined],
    ['Nájem 1 500,-- měsíčně.', 1500, 'cost'],
  ])('%s', (text, amount, label) => expectOne(money, text, label ? { amount, label } : { amount }));

  it('reads a table row whose label cell is followed by a share cell', () => {
    expectOne(money, 'Dotace z ESF\t85 %\t1 032 431,25', { amount: 1032431.25, label: 'esf' });
  });

  it.each([
    'Spolufinancování projektu je ve výši 5 %.',
    'Počet klientů činí 1 200 osob.',
    'Účast dosáhla 120 osob.',
    'Rok\t2019\t2020',
    'Dotace: období 2014 – 2020',
    'Rok dotace: 20 000',
    'Období realizace: 1. 10. 2017 – 30. 9. 2019',
  ])('none in "%s"', (text) => expectNone(money, text));
});

describe('money: bare numbers in a table column whose header names the currency', () => {
  const amounts = (text: string) => values(money, text, 'amount');

  it('reads a "|" table with the currency in one header cell, the total row too', () => {
    const text = [
      'Služba | Kapacita | Počet klientů | Výdaje 2024 (Kč)',
      'Osobní asistence | 25 | 31 | 1 920 000',
      'Denní stacionář | 14 | 18 | 2 305 500',
      'Celkem | | | 4 225 500',
    ].join('\n');
    expect(amounts(text)).toEqual([1920000, 2305500, 4225500]);
    expect(run(money, text).find((m) => m.amount === 4225500)?.label).toBe('total');
  });

  it('multiplies a column in thousands of crowns', () => {
    expect(amounts('Opatření\tčástka v tis. Kč\nPodpora terénních služeb\t1 250\nSvozová doprava\t380')).toEqual([1250000, 380000]);
  });

  it('reads a tab table with "(v Kč)"', () => {
    expect(amounts('Zdroj\tRozpočet (v Kč)\nObec\t640 000\nKraj\t1 100 000')).toEqual([640000, 1100000]);
  });

  it('lets a currency in the label column cover the year columns', () => {
    expect(amounts('Položka (v tis. Kč)\t2024\t2025\nProvoz\t2 400\t2 650')).toEqual([2400000, 2650000]);
  });

  it('lets a caption line right above the table give the unit of its year columns', () => {
    expect(amounts('Tabulka 4: Výdaje na sociální služby (v tis. Kč)\nSlužba\t2024\t2025\nPečovatelská služba\t3 100\t3 350'))
      .toEqual([3100000, 3350000]);
  });

  it.each([
    // negative twins: the same tables without a currency in the header, counts, shares and years
    'Tabulka 4: Počet klientů služeb\nSlužba\t2024\t2025\nPečovatelská služba\t3 100\t3 350',
    'Tabulka 4: Výdaje na sociální služby (v tis. Kč)\n\nSlužba\tKapacita\nPečovatelská služba\t3 100',
    'Služba | Kapacita | Počet klientů | Výdaje 2024\nOsobní asistence | 25 | 31 | 1 920 000',
    'Služba | Kapacita (lůžka) | Rok zahájení\nDomov pro seniory | 120 | 2015',
    'Služba\tPodíl na nákladech (%)\nOsobní asistence\t35',
    'Položka (v tis. Kč)\t2024\nPočet klientů\t1 250',
    'Tabulka výdajů v Kč bude doplněna.\nOsobní asistence\t1 920 000',
  ])('none in "%s"', (text) => expect(amounts(text)).toEqual([]));
});
