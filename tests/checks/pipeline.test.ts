import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../corpus/limits.js';
import { processBytes } from '../../pipeline/process.js';
import type { Flag } from '../../schema/index.js';
import { matchesGold } from './helpers.js';

/** The flags the whole pipeline (readers, extractors, checks) gives a crafted document. */
async function flagsOf(text: string, name = 'doc.txt'): Promise<Flag[]> {
  const { record, entry } = await processBytes(Buffer.from(text), name, DEFAULT_LIMITS);
  if (!record) throw new Error(entry.reason);
  return record.flags;
}

const seed = (name: string) => readFile(path.resolve(import.meta.dirname, '../../seeds', name), 'utf8');

describe('the issue examples through the whole pipeline', () => {
  it('sum-mismatch: 850 000 + 100 000 + 60 000 ≠ 1 000 000', async () => {
    const flags = await flagsOf(`Projekt Podpora komunitního plánování

Financování projektu:
 • Celkové náklady projektu: 1 000 000 Kč
 • Výše dotace z ESF: 850 000 Kč
 • Národní veřejné zdroje: 100 000 Kč
 • Výše spolufinancování města: 60 000 Kč
`);
    expect(flags.map((f) => f.rule)).toEqual(['sum-mismatch']);
    expect(flags[0].message).toContain('850 000 + 100 000 + 60 000 = 1 010 000 Kč ≠ 1 000 000 Kč');
  });

  it('seed 003 with one figure changed fires sum-mismatch, unchanged it does not', async () => {
    const text = await seed('003_213bf2c97f259bc7.txt');
    expect((await flagsOf(text)).filter((f) => f.rule === 'sum-mismatch' || f.rule === 'percent-mismatch')).toEqual([]);
    const changed = await flagsOf(text.replace(/121\s462,50/, '112 462,50'));
    expect(changed.filter((f) => f.rule === 'sum-mismatch')).toHaveLength(1);
  });

  it('percent-mismatch: vlastní podíl (10 %): 240 000 Kč of a 2 000 000 Kč budget', async () => {
    const flags = await flagsOf(`Rozpočet projektu

Celkový rozpočet projektu: 2 000 000 Kč
Dotace (90 %): 1 760 000 Kč
Vlastní podíl (10 %): 240 000 Kč
`);
    const percent = flags.filter((f) => f.rule === 'percent-mismatch');
    expect(percent.some((f) => matchesGold(f, 'percent-mismatch', '10 % 240 000 Kč 2 000 000 Kč'))).toBe(true);
    expect(flags.filter((f) => f.rule === 'sum-mismatch')).toEqual([]);
  });

  it('period-conflict: a title 2016–2019 over a body 2016–2020', async () => {
    const flags = await flagsOf(`Komunitní plán sociálních služeb města Teplice 2016–2019

Byl vytvořen Komunitní plán sociálních služeb města Teplice na období 2016 – 2020. Plán určuje směr rozvoje sociálních služeb ve městě.
`);
    expect(flags.map((f) => f.rule)).toEqual(['period-conflict']);
    expect(matchesGold(flags[0], 'period-conflict', '2016–2019 vs 2016 – 2020')).toBe(true);
  });

  it('weekday-mismatch: "v pondělí" before a Thursday', async () => {
    const flags = await flagsOf(`Komunitní plánování v obci Vřesovice

Komunitní plánování se uskutečnilo v pondělí 14. 6. 2018 od 17:00 hodin v prostorách komunitního centra.
`);
    expect(flags.map((f) => f.rule)).toEqual(['weekday-mismatch']);
    expect(matchesGold(flags[0], 'weekday-mismatch', 'pondělí 14. 6. 2018')).toBe(true);
  });

  it('count-mismatch: "Přítomno 9 členů:" followed by eight names', async () => {
    const flags = await flagsOf(`Zápis z jednání řídicí skupiny

Datum: 17. 10. 2017
Přítomno 9 členů: Olga Merglová, Jana Urbanová, Alena Janáčková, Kateřina Šretrová, Lukáš Průcha, Zlata Adamcová, Vlasta Pavlů, Dana Morcová
Omluveni: Monika Musilová

Zapsala: Kateřina Marcinková
`);
    expect(flags.map((f) => f.rule)).toEqual(['count-mismatch']);
    expect(matchesGold(flags[0], 'count-mismatch', '9 členů, 8 jmen')).toBe(true);
  });

  it('count-mismatch: "4 pracovní skupiny" followed by three, with or without a colon', async () => {
    const colon = await flagsOf('Komunitní plánování v Teplicích\n\nPo celý podzim 2015 se scházely 4 pracovní skupiny: senioři, osoby se zdravotním postižením, rodiny s dětmi.\n');
    expect(colon.map((f) => f.rule)).toEqual(['count-mismatch']);
    const bullets = await flagsOf('Komunitní plánování v Teplicích\n\nPo celý podzim 2015 se scházely 4 pracovní skupiny.\n• senioři\n• osoby se zdravotním postižením\n• rodiny s dětmi\n\nVýsledkem je návrh plánu.\n');
    expect(bullets.map((f) => f.rule)).toEqual(['count-mismatch']);
  });

  it('date-order: minutes written before the meeting', async () => {
    const text = await seed('002_27b9c8ee34d95d5c.txt');
    const flags = await flagsOf(text.replace(/23\. 10\. 2017\s*$/, '13. 10. 2017\n'));
    expect(flags.map((f) => f.rule)).toEqual(['date-order']);
    expect(matchesGold(flags[0], 'date-order', '13. 10. 2017 před 17. 10. 2017')).toBe(true);
  });

  it('impossible-date: "30. 2. 2021" and "32. 1. 2015"', async () => {
    const flags = await flagsOf('Zápis z jednání\n\nJednání se konalo 30. 2. 2021 na radnici. Předchozí zápis ze dne 32. 1. 2015 byl schválen.\n');
    expect(flags.filter((f) => f.rule === 'impossible-date').map((f) => f.evidence[0].text)).toEqual(['30. 2. 2021', '32. 1. 2015']);
    expect(flags.every((f) => f.rule === 'impossible-date')).toBe(true);
  });

  it('period-order: "na období 2014 – 1017"', async () => {
    const flags = await flagsOf('Střednědobý plán rozvoje sociálních služeb v Ústeckém kraji na období 2014 – 1017\n\nPlán bude rozdělen na 8 regionů.\n');
    expect(flags.map((f) => f.rule)).toEqual(['period-order']);
  });
});

describe('flags in the layouts of held-out set 3', () => {
  it('sum-mismatch: a table typed with "|" closed by a "| Celkem |" row', async () => {
    const flags = await flagsOf(`Zápis z jednání

Přehled čerpání rozpočtu projektu:

| Položka rozpočtu | Čerpáno (Kč) |
|------------------|--------------|
| Osobní náklady   | 312 560      |
| Cestovné         | 9 214        |
| Nepřímé náklady  | 48 374       |
| Celkem           | 380 148      |
`);
    expect(flags.map((f) => f.rule)).toEqual(['sum-mismatch']);
    expect(flags[0].message).toContain('312 560 + 9 214 + 48 374 = 370 148 Kč ≠ 380 148 Kč');
  });

  it('count-mismatch: "Přítomni (7 členů):" with six names', async () => {
    const flags = await flagsOf('Zápis z jednání řídící skupiny\n\nPřítomni (7 členů): Mgr. Jana Říhová, Ing. Petr Čáp, Ph.D., Bc. Eva Žáková, DiS., PhDr. Radim Šolc, Lenka Šírová, Ing. Tomáš Hrdý\nOmluveni: Ondřej Kratochvíl\n');
    expect(flags.map((f) => f.rule)).toEqual(['count-mismatch']);
  });

  it('count-mismatch: a list ends with its sentence, the next sentence\'s names are no items', async () => {
    const flags = await flagsOf('Projekt\n\nOd března 2019 pracovaly tři pracovní skupiny: Senioři a osoby se zdravotním postižením, Rodina a děti, Osoby ohrožené sociálním vyloučením. V obcích Slatiňany, Chrast, Heřmanův Městec a Luže proběhla veřejná setkání.\n');
    expect(flags).toEqual([]);
  });

  it('percent-mismatch: what was drawn, "tj. 95 % rozpočtu", against the stated total', async () => {
    const flags = await flagsOf(`Závěrečná zpráva projektu

Celkové způsobilé výdaje projektu: 1 000 000 Kč

Ke dni ukončení projektu bylo vyčerpáno 900 000 Kč, tj. 95 % rozpočtu.
`);
    expect(flags.map((f) => f.rule)).toEqual(['percent-mismatch']);
    expect(flags[0].message).toContain('čerpání 95 % z 1 000 000 Kč je 950 000 Kč, ne 900 000 Kč (to je 90 %)');
    expect(await flagsOf('Zpráva\n\nCelkové způsobilé výdaje projektu: 1 000 000 Kč\n\nBylo vyčerpáno 950 000 Kč, tj. 95 % rozpočtu.\n')).toEqual([]);
  });
});

describe('flags in the layouts of held-out set 4', () => {
  it('count-mismatch: "Přítomno: 7 členů komise (…)" with six names on the lines below', async () => {
    const flags = await flagsOf('Zápis z jednání komise\n\nPřítomno: 7 členů komise (komise je usnášeníschopná)\nIng. Libor Říčan – předseda\nMgr. Simona Hrdličková\nMUDr. Pavel Kříž\nBc. Ludmila Škrabalová\nJana Zbořilová\nPhDr. Martin Dolanský\n\nOmluven: Mgr. Radim Šťastný\n');
    expect(flags.map((f) => f.rule)).toEqual(['count-mismatch']);
  });

  it('count-mismatch: items that hold commas, separated by semicolons, are counted by the semicolons', async () => {
    expect(await flagsOf('Zpráva\n\nV září 2012 byly ustaveny tři pracovní skupiny (senioři a osoby\nse zdravotním postižením; rodina, děti a mládež; osoby ohrožené sociálním vyloučením).\n')).toEqual([]);
  });

  it('sum-mismatch: an amount not drawn and returned is no part of the budget', async () => {
    expect(await flagsOf(`Závěrečná zpráva

Schválený rozpočet projektu: 1.734.210,- Kč
   z toho ESF:               1.474.078,50 Kč
   státní rozpočet:            260.131,50 Kč
Nevyčerpané prostředky ve výši 81 332,66 Kč byly vráceny poskytovateli dotace.
`)).toEqual([]);
  });
});
