import { describe, expect, it } from 'vitest';
import { countMismatch } from '../../checks/rules/count-mismatch.js';
import { check, doc, evidenceIsExact } from './helpers.js';

const EIGHT = 'Jana Urbanová, Alena Janáčková, Kateřina Šretrová, Lukáš Průcha, Zlata Adamcová, Vlasta Pavlů, Dana Morcová, Pavel Kalous';

describe('count-mismatch', () => {
  it('fires on "Přítomno 9 členů:" followed by eight names', () => {
    const d = doc(`Zápis z jednání\nPřítomno 9 členů: ${EIGHT}\nOmluveni: Ivan Langr`);
    const flags = check(countMismatch, d);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ actual: 8, expected: 9, severity: 'warning' });
    expect(flags[0].message.startsWith('uvedeno 9 (9 členů), ale vyjmenováno 8: Jana Urbanová')).toBe(true);
    expect(flags[0].evidence[0].text).toBe('9 členů');
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('reads names on the next line and keeps a title after a comma with its name', () => {
    const d = doc(`Přítomno 3 členové:\nIng. Jan Novák, Ph.D., Mgr. Eva Malá a Petr Svoboda\n`);
    expect(check(countMismatch, d)).toEqual([]);
    const wrong = doc(`Přítomni 4 členové:\nIng. Jan Novák, Ph.D., Mgr. Eva Malá a Petr Svoboda\n`);
    expect(check(countMismatch, wrong)).toHaveLength(1);
  });

  it('fires on "4 pracovní skupiny" followed by three bullet items', () => {
    const d = doc('Činnost zajišťují 4 pracovní skupiny:\n• senioři\n• osoby se zdravotním postižením\n• rodiny s dětmi\n\nDalší text.');
    const flags = check(countMismatch, d);
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toBe('uvedeno 4 (4 pracovní skupiny), ale vyjmenováno 3: senioři, osoby se zdravotním postižením, rodiny s dětmi');
  });

  it('reads a bracketed list and a count in words', () => {
    const d = doc('Umožňuje práci čtyř pracovních skupin (senioři, osoby se zdravotním postižením, rodiny s dětmi).');
    expect(check(countMismatch, d)).toHaveLength(1);
    const right = doc('Umožňuje práci 4 pracovních skupin (senioři, osoby se zdravotním postižením, osoby ohrožené sociálním vyloučením, rodiny s dětmi).');
    expect(check(countMismatch, right)).toEqual([]);
  });

  it('does not fire on a count that introduces no list (seeds 000, 002, dev 01)', () => {
    const d = doc(`V každém z 8 regionů bude členění na pracovní skupiny:
1) služby sociální péče,
2) služby sociální prevence + odborné sociální poradenství.
KPSS obsahuje oblasti rozdělené podle šesti pracovních skupin, sedmá oblast je zaměřena na společné cíle. Jednotlivé oblasti jsou rozděleny do cílů:
· udržení sítě stávajících sociálních služeb,
· rozvoj nových sociálních služeb.
Průběh hlasování:
pro: 6
proti: 0
Jednání se uskuteční dne 15.11.2021 od 17.00 hodin: program bude zaslán.`);
    expect(check(countMismatch, d)).toEqual([]);
  });

  it('counts numbered lines, one item a line', () => {
    const d = doc('Program má 3 body:\n1) Úvod\n2) Projednání návrhu plánu\n3) Diskuse\n');
    expect(check(countMismatch, d)).toEqual([]);
    const wrong = doc('Program má 2 body:\n1) Úvod\n2) Projednání návrhu plánu\n3) Diskuse\n');
    expect(check(countMismatch, wrong)).toHaveLength(1);
  });
});

describe('count-mismatch, lists that are not what they seem', () => {
  it('reads a name list wrapped over lines', () => {
    const d = doc('Přítomno 5 členů: Jan Novák, Eva Malá,\nPetr Svoboda, Jana Dvořáková,\nKarel Černý\nOmluveni: nikdo');
    expect(check(countMismatch, d)).toEqual([]);
    const wrong = doc('Přítomno 6 členů: Jan Novák, Eva Malá,\nPetr Svoboda, Jana Dvořáková,\nKarel Černý\nOmluveni: nikdo');
    expect(check(countMismatch, wrong)).toHaveLength(1);
  });

  it('does not count a breakdown of numbers or running text', () => {
    const d = doc(`Návrh byl schválen 5 hlasy (pro 5, proti 0, zdržel se 0).
Projekt proběhne ve 3 etapách (2016, 2017, 2018).
Skupina má 2 úkoly: připravit podklady pro jednání rady města a zpracovat vyhodnocení akčního plánu za uplynulý rok, které bude předloženo zastupitelstvu.`);
    expect(check(countMismatch, d)).toEqual([]);
  });
});

describe('count-mismatch, a label with its count', () => {
  it('reads "Přítomni (4):" and "Přítomno: 4 členů –"', () => {
    expect(check(countMismatch, doc('Přítomni (4): Jan Novák, Eva Malá, Petr Svoboda'))).toHaveLength(1);
    expect(check(countMismatch, doc('Přítomni (3): Jan Novák, Eva Malá, Petr Svoboda'))).toEqual([]);
    const flags = check(countMismatch, doc('Přítomno: 4 členů – Jan Novák, Eva Malá, Petr Svoboda'));
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence[0].text).toBe('Přítomno: 4 členů');
  });
});

describe('count-mismatch, people counted by kind', () => {
  it('does not compare a head count with the kinds of people listed', () => {
    expect(check(countMismatch, doc('Zúčastnilo se 12 osob: zástupci obcí, poskytovatelé a uživatelé.'))).toEqual([]);
    expect(check(countMismatch, doc('Přítomno 3 členů: Jan Novák, Eva Malá'))).toHaveLength(1);
    expect(check(countMismatch, doc('Za obec 3 zástupci (paní Nováková a pan Svoboda)'))).toHaveLength(1);
    expect(check(countMismatch, doc('Hosté 2 zástupci: K. Marcinková, M. Polesný'))).toEqual([]);
  });
});

describe('count-mismatch, "Přítomno: 9 členů" with the names below', () => {
  it('reads the names on the next line', () => {
    const names = 'Olga Merglová, Jana Urbanová, Alena Janáčková, Kateřina Šretrová, Lukáš Průcha, Zlata Adamcová, Vlasta Pavlů, Dana Morcová';
    expect(check(countMismatch, doc(`Přítomno: 9 členů\n${names}\nOmluveni: nikdo`))).toHaveLength(1);
    expect(check(countMismatch, doc(`Přítomno: 8 členů\n${names}\nOmluveni: nikdo`))).toEqual([]);
  });
});

describe('count-mismatch, "Přítomno: 7 z 9 členů komise"', () => {
  it('counts the present, with words after the noun', () => {
    const names = 'Jan Novák, Eva Malá, Petr Svoboda, Jana Dvořáková, Karel Černý, Ivana Bílá';
    expect(check(countMismatch, doc(`Přítomno: 7 z 9 členů komise\n${names}\n`))).toHaveLength(1);
    expect(check(countMismatch, doc(`Přítomno: 6 z 9 členů komise\n${names}\n`))).toEqual([]);
    expect(check(countMismatch, doc(`Přítomni: 7 členů komise – ${names}\n`))).toHaveLength(1);
  });
});
