import { describe, expect, it } from 'vitest';
import { countMismatch } from '../../checks/rules/count-mismatch.js';
import type { ParsedDocument, Person } from '../../schema/index.js';
import { at, check, doc, evidenceIsExact } from './helpers.js';

/** People as the people extractor gives them, at the place the text names them. */
function people(d: ParsedDocument, ...names: string[]): Person[] {
  return names.map((name) => ({ name, role: 'other', evidence: at(d, name), extractor: 'test' }));
}

describe('count-mismatch: the count must introduce the list', () => {
  it('does not pair a count inside a bullet with the bullets that follow it', () => {
    const d = doc(`Přednosti
  • síť 17 poskytovatelů sociálních služeb
  • úzká spolupráce s obcemi Úštěk, Štětí a Řepín
  • ochotný Personál a Dobré Zázemí

Slabiny
  • málo terénních služeb`);
    expect(check(countMismatch, d)).toEqual([]);
  });

  it('fires when the same count ends its line with a colon and the bullets follow', () => {
    const d = doc(`Přednosti
Síť tvoří 17 poskytovatelů sociálních služeb:
  • Charita Úštěk
  • Diakonie Štětí

Slabiny`);
    const flags = check(countMismatch, d);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ actual: 2, expected: 17 });
    expect(flags[0].evidence[0].text).toBe('17 poskytovatelů sociálních služeb');
    expect(evidenceIsExact(d, flags)).toBe(true);
  });

  it('does not pair a number in running prose with a list under the next heading', () => {
    const d = doc(`Město v roce 2022 podpořilo 14 organizací.
Cíle plánu:
• zachovat síť služeb
• rozšířit odlehčovací služby`);
    expect(check(countMismatch, d)).toEqual([]);
    const two = doc('Ve městě působí 5 pracovních skupin a 14 organizací.\n• senioři\n• rodiny s dětmi\n');
    expect(check(countMismatch, two)).toEqual([]);
  });

  it('takes a sentence that ends with the count right before the bullets as the introduction', () => {
    const d = doc('Ve městě působí 5 pracovních skupin.\n• senioři\n• rodiny s dětmi\n');
    expect(check(countMismatch, d).map((f) => f.evidence[0].text)).toEqual(['5 pracovních skupin']);
    // a blank line between them, or a list item that ends with a count, introduces nothing
    expect(check(countMismatch, doc('Ve městě působí 5 pracovních skupin.\n\n• senioři\n• rodiny s dětmi\n'))).toEqual([]);
    expect(check(countMismatch, doc('Přednosti:\n• působí zde 5 pracovních skupin.\n• senioři\n• rodiny s dětmi\n'))).toEqual([]);
  });

  it('takes a phrase that announces the list ("a to:", "jsou tyto:") as the introduction', () => {
    const wrong = doc('Ve městě působí 3 pracovní skupiny, a to:\n• senioři\n• rodiny s dětmi\n');
    const flags = check(countMismatch, wrong);
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence[0].text).toBe('3 pracovní skupiny');
    expect(evidenceIsExact(wrong, flags)).toBe(true);
    expect(check(countMismatch, doc('Ve městě působí 2 pracovní skupiny, a to:\n• senioři\n• rodiny s dětmi\n'))).toEqual([]);
    expect(check(countMismatch, doc('Plán řeší čtyři oblasti, jsou to tyto: bydlení, zaměstnanost, zdraví.'))).toHaveLength(1);
    expect(check(countMismatch, doc('Plán řeší tři oblasti, jsou to tyto: bydlení, zaměstnanost, zdraví.'))).toEqual([]);
    expect(check(countMismatch, doc('Cíle plánu naplňují 4 opatření, jsou následující:\n1) terénní péče\n2) odlehčovací služby\n'))).toHaveLength(1);
  });
});

describe('count-mismatch: the items must be of the counted kind', () => {
  it('does not count members named under a count of groups', () => {
    const d = doc('Za kraj se účastní 3 pracovní skupiny: Žaneta Čermáková, Ondřej Šťastný');
    expect(check(countMismatch, d, { people: people(d, 'Žaneta Čermáková', 'Ondřej Šťastný') })).toEqual([]);
    const groups = doc('Za kraj se účastní 3 pracovní skupiny: senioři, osoby se zdravotním postižením');
    expect(check(countMismatch, groups)).toHaveLength(1);
  });

  it('counts people only in a list of names, for a count and for a label', () => {
    const kinds = doc('Semináře se zúčastnilo 6 účastníků:\n• pracovníci úřadu\n• poskytovatelé služeb\n');
    expect(check(countMismatch, kinds)).toEqual([]);
    const named = doc('Semináře se zúčastnilo 6 účastníků:\n• Ondřej Šťastný\n• Žaneta Čermáková\n');
    expect(check(countMismatch, named)).toHaveLength(1);
    expect(check(countMismatch, doc('Přítomni (5): zástupci obcí, poskytovatelé, uživatelé'))).toEqual([]);
    expect(check(countMismatch, doc('Přítomni (5): Ondřej Šťastný, Žaneta Čermáková, Eliška Úlehlová'))).toHaveLength(1);
  });
});

describe('count-mismatch: people named by title and surname', () => {
  it('counts "Mgr. Šťastná" as a person named', () => {
    expect(check(countMismatch, doc('Přítomni (3): Mgr. Šťastná, Ing. Úlehla'))).toHaveLength(1);
    expect(check(countMismatch, doc('Přítomni (2): Mgr. Šťastná, Ing. Úlehla'))).toEqual([]);
  });
});
