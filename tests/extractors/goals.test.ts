import { describe, expect, it } from 'vitest';
import { goalsExtractor as goals } from '../../extractors/fields/goals.js';
import { expectNone, expectOne, run } from './field-helpers.js';

const texts = (t: string) => run(goals, t).map((g) => g.text);

describe('goals: statements opened by a cue', () => {
  it.each([
    ['Cílem projektu je tvorba nového plánu. Budou probíhat kulaté stoly.', 'Cílem projektu je tvorba nového plánu.', 'goal'],
    ['Úvod. Hlavním cílem projektu je posílit sociální integraci. Další text.', 'Hlavním cílem projektu je posílit sociální integraci.', 'main-goal'],
    ['Dílčím cílem je nastavení spolupráce obcí.', 'Dílčím cílem je nastavení spolupráce obcí.', 'partial-goal'],
    ['Dílčím cíle projektu je nastavení spolupráce.', 'Dílčím cíle projektu je nastavení spolupráce.', 'partial-goal'],
    ['Dalším cílem projektu je zpracování plánu 2018-2021 (celkem 23 obcí). Další věta.', 'Dalším cílem projektu je zpracování plánu 2018-2021 (celkem 23 obcí).', 'goal'],
    ['Společným cílem je, aby služby byly dostupné.', 'Společným cílem je, aby služby byly dostupné.', 'goal'],
    ['Záměrem toho plánu bude udržení služeb.', 'Záměrem toho plánu bude udržení služeb.', 'aim'],
    ['Předmětem projektu je zajištění dostupnosti služeb na území kraje.', 'Předmětem projektu je zajištění dostupnosti služeb na území kraje.', 'subject'],
    ['Projekt je zaměřen na podporu plánování.', 'Projekt je zaměřen na podporu plánování.', 'focus'],
    ['Projekt se zaměřuje na rodiny s dětmi.', 'Projekt se zaměřuje na rodiny s dětmi.', 'focus'],
  ])('%s', (text, goal, kind) => expectOne(goals, text, { text: goal, kind }));

  it('joins a statement wrapped over lines and ends it at the full stop', () => {
    const t = 'Projekt je zaměřen na podporu plánování na krajské úrovni a na podporu\nzkvalitnění pobytových služeb. Další věta.';
    expect(texts(t)).toEqual(['Projekt je zaměřen na podporu plánování na krajské úrovni a na podporu zkvalitnění pobytových služeb.']);
  });

  it('does not end a statement at a date, an ordinal or an abbreviation', () => {
    expect(texts('Cílem je od 1. 10. 2017 zajistit tzv. terénní práci a 5. komunitní plán. Jiná věta.')).toEqual([
      'Cílem je od 1. 10. 2017 zajistit tzv. terénní práci a 5. komunitní plán.',
    ]);
  });

  it('ends a statement after an amount in Kč, a law and "apod."', () => {
    expect(texts('Cílem je získat 500 000 Kč. Projekt pak začne.')).toEqual(['Cílem je získat 500 000 Kč.']);
    expect(texts('Cílem je soulad se zákonem č. 108/2006 Sb. Plán pak začne.')).toEqual(['Cílem je soulad se zákonem č. 108/2006 Sb.']);
    expect(texts('Cílem je podpora poraden, klubů apod. Plán pak začne.')).toEqual(['Cílem je podpora poraden, klubů apod.']);
    expect(texts('Cílem je získat 1,9 mil. Kč na provoz. Plán pak začne.')).toEqual(['Cílem je získat 1,9 mil. Kč na provoz.']);
  });

  it('cuts at a colon that opens an enumeration after a long start', () => {
    expect(texts('Cílem je podpora stávající sítě sociálních služeb v cílové skupině a zaměřuje na tyto služby: azylové domy, poradny.')).toEqual([
      'Cílem je podpora stávající sítě sociálních služeb v cílové skupině a zaměřuje na tyto služby',
    ]);
  });

  it('cuts a very long statement after 60 words', () => {
    const long = 'Cílem je ' + Array.from({ length: 100 }, (_, i) => `slovo${i}`).join(' ') + '.';
    expect(texts(long)[0].split(' ')).toHaveLength(60);
  });

  it('reads "jehož cílem je" inside a sentence', () => {
    expect(texts('Město podalo projekt, jehož cílem je rozvoj služeb.')).toEqual(['cílem je rozvoj služeb.']);
  });
});

describe('goals: lists and headings', () => {
  it('reads bullet items after a sentence that introduces goals', () => {
    const t = 'KPSS obsahuje oblasti. Jednotlivé oblasti jsou rozděleny do cílů:\n· udržení sítě služeb,\n· rozvoj nových služeb,\n· navazující služby.\nPřipomínky:\n· zveřejnit na webu';
    expect(texts(t)).toEqual(['udržení sítě služeb', 'rozvoj nových služeb', 'navazující služby']);
  });

  it('reads bullet items under a goals heading', () => {
    const t = 'Cíle:\n• zvýšit kapacitu terénních služeb\n• zřídit nízkoprahové centrum\n\nDalší odstavec o něčem jiném.';
    expect(texts(t)).toEqual(['zvýšit kapacitu terénních služeb', 'zřídit nízkoprahové centrum']);
  });

  it('reads the first sentences of the paragraph under "Cíl projektu:"', () => {
    const t = 'Cíl projektu:\n\nProjekt navazuje na aktivity v oblasti plánování. Umožňuje práci 4 pracovních skupin.\n\nDo přípravy jsou zapojeni poskytovatelé.';
    expect(texts(t)).toEqual(['Projekt navazuje na aktivity v oblasti plánování.', 'Umožňuje práci 4 pracovních skupin.']);
  });

  it('reads numbered items under a heading that names the year ("Cíle pro rok 2020")', () => {
    const t = 'Cíle pro rok 2020\n\n1. Zachovat dostupnost terénních služeb pro seniory.\n2. Otevřít nízkoprahové zařízení pro děti.\n\nAktivity na rok 2020';
    expect(texts(t)).toEqual(['Zachovat dostupnost terénních služeb pro seniory', 'Otevřít nízkoprahové zařízení pro děti']);
  });

  it('reads bullet items broken over lines, as PDF text breaks them', () => {
    const t = 'Hlavní cíle plánu:\n– zachovat a stabilizovat síť sociálních služeb na území ORP\nJindřichův Hradec,\n– rozšířit kapacity terénních služeb pro osoby se zdravotním\npostižením,\n– zlepšit informovanost občanů.\n\nDalší odstavec.';
    expect(texts(t)).toEqual([
      'zachovat a stabilizovat síť sociálních služeb na území ORP Jindřichův Hradec',
      'rozšířit kapacity terénních služeb pro osoby se zdravotním postižením',
      'zlepšit informovanost občanů',
    ]);
  });

  it('reads a goal on the heading line', () => {
    expectOne(goals, 'Cíl projektu: Zvýšit dostupnost služeb pro seniory.', { text: 'Zvýšit dostupnost služeb pro seniory.' });
  });

  it('reads numbered priorities and measures', () => {
    // a plan that states no aim otherwise: its outline lines are its goals
    const t = 'Priorita 1 – Podpora terénních služeb\nOpatření 1.2 Rozvoj odlehčovacích služeb';
    expect(run(goals, t).map((g) => [g.kind, g.text])).toEqual([
      ['priority', 'Priorita 1 – Podpora terénních služeb'],
      ['measure', 'Opatření 1.2 Rozvoj odlehčovacích služeb'],
    ]);
    // with a numbered goal among them, the priority and the measure are its outline (see the section below)
    expect(run(goals, `${t}\nCíl 2: Zajistit dostupné bydlení`).map((g) => [g.kind, g.text])).toEqual([
      ['goal', 'Cíl 2: Zajistit dostupné bydlení'],
    ]);
  });

  it('reads priorities written in capitals', () => {
    expectOne(goals, 'PRIORITA 1 - Udržení systému poskytovaných služeb', { kind: 'priority', text: 'PRIORITA 1 - Udržení systému poskytovaných služeb' });
  });

  it('keeps a statement found twice once', () => {
    expect(texts('Cíl projektu:\nCílem projektu je rozvoj služeb. Druhá věta.')).toHaveLength(2);
  });
});

describe('goals: what is not a goal', () => {
  it.each([
    'sedmá oblast je zaměřena na společné a přesahující cíle.',
    'Plán obsahuje cíle a opatření sociálních služeb.',
    'Cílová skupina: senioři',
    'Připomínky zúčastněných:\n· zveřejnit plán na webu',
    'Byl představen plán, část opatření a cílů.',
    'Jednání se zaměřilo na rozpočet.',
    'Předmětem jednání bylo schválení zápisu.',
    '• Úvod\n• Cíle projektu\n• Kontakty\n• Dokumenty',
    'Účastníci byli seznámeni se záměrem projektu.',
  ])('%s', (text) => expectNone(goals, text));
});

describe('goals: more cues', () => {
  it('reads the list after "Cílem projektu je:"', () => {
    const t = 'Cílem projektu je:\n• zmapovat potřeby občanů\n• vytvořit nový plán\n\nDalší text.';
    expect(texts(t)).toEqual(['zmapovat potřeby občanů', 'vytvořit nový plán']);
  });

  it('reads a sentence with "si klade za cíl" from its start', () => {
    expect(texts('Úvodní věta. Projekt si klade za cíl zlepšit dostupnost služeb. Konec.')).toEqual([
      'Projekt si klade za cíl zlepšit dostupnost služeb.',
    ]);
  });

  it.each([
    ['Smyslem projektu je propojit poskytovatele.', 'aim'],
    ['Účelem plánu je popsat síť služeb.', 'aim'],
    ['Posláním služby je pomáhat seniorům.', 'aim'],
  ])('%s', (text, kind) => expectOne(goals, text, { text, kind }));
});

describe('goals: layouts of lists', () => {
  it('reads bullet lines inside the heading\'s own block', () => {
    const doc = 'Hlavními cíli projektu jsou:\n\nx';
    expect(texts(doc)).toEqual([]);
    // a PDF-like paragraph: heading and bullets on consecutive lines of one block
    expect(texts('Cíle projektu:\n\uf0b7 zmapovat potřeby\n\uf0b7 vytvořit plán')).toEqual(['zmapovat potřeby', 'vytvořit plán']);
  });

  it('reads the list after "Hlavními cíli projektu jsou:"', () => {
    expect(texts('Hlavními cíli projektu jsou:\n• zmapovat potřeby\n• vytvořit plán')).toEqual(['zmapovat potřeby', 'vytvořit plán']);
  });

  it('knows any adjective before "cílem"', () => {
    expectOne(goals, 'Prvotním cílem projektu je zmapovat potřeby.', { kind: 'goal' });
    expectOne(goals, 'Strategickým cílem plánu je stabilní síť služeb.', { kind: 'main-goal' });
  });
});

describe('goals: sentences broken over paragraphs', () => {
  it('runs a statement on into the next paragraph when it starts in lower case', () => {
    const t = 'Projekt je zaměřen na podporu plánování a na podporu\n\nzkvalitnění pobytových služeb.\n\nDalší odstavec.';
    expect(texts(t)).toEqual(['Projekt je zaměřen na podporu plánování a na podporu zkvalitnění pobytových služeb.']);
  });

  it('does not run on into a paragraph that starts a new sentence', () => {
    expect(texts('Cílem je rozvoj služeb\n\nDalší odstavec.')).toEqual(['Cílem je rozvoj služeb']);
  });
});

describe('goals: plans with numbered structure', () => {
  it('reads short lines under a heading one a goal, and numbered lines with their label', () => {
    const t = 'Strategické cíle a opatření\nPriorita 1: Podpora služeb pro seniory\n1.1 Zachování stávajících služeb\n1.2 Rozvoj odlehčovacích služeb';
    expect(run(goals, t).map((g) => [g.kind, g.text])).toEqual([
      ['priority', 'Priorita 1: Podpora služeb pro seniory'],
      ['goal', '1.1 Zachování stávajících služeb'],
      ['goal', '1.2 Rozvoj odlehčovacích služeb'],
    ]);
  });

  it('reads a goal in a table row', () => {
    expectOne(goals, 'Cíl projektu\tZvýšit informovanost o službách', { text: 'Zvýšit informovanost o službách' });
  });
});

describe('goals: two statements in one sentence', () => {
  it('splits at the second cue', () => {
    expect(texts('Cílem je rozvoj terénních služeb a dalším cílem je podpora pečujících.')).toEqual([
      'Cílem je rozvoj terénních služeb',
      'dalším cílem je podpora pečujících.',
    ]);
  });
});

describe('goals: the outline of a plan around stated goals', () => {
  it('keeps the statements under numbered measures, not the priority and measure lines', () => {
    const t = [
      '4. Priority a opatření',
      '',
      'Priorita A: Stabilní síť služeb pro seniory',
      'Opatření A.1 Denní stacionář',
      'Cílem je otevřít denní stacionář pro 12 klientů do roku 2024.',
      'Opatření A.2 Pečovatelská služba o víkendech',
      'Cílem je rozšířit pečovatelskou službu na soboty a neděle.',
      '',
      '5. Rozpočet',
    ].join('\n');
    expect(run(goals, t).map((g) => [g.kind, g.text])).toEqual([
      ['goal', 'Cílem je otevřít denní stacionář pro 12 klientů do roku 2024.'],
      ['goal', 'Cílem je rozšířit pečovatelskou službu na soboty a neděle.'],
    ]);
  });

  it('keeps the "Cíl n:" lines, not the measures under them', () => {
    const t = 'Cíl 1: Posílit dluhové poradenství\nOpatření 1.1 Nová poradna v Aši\nTermín: průběžně\n\nCíl 2: Zlepšit informovanost seniorů\nOpatření 2.1 Katalog služeb';
    expect(texts(t)).toEqual(['Cíl 1: Posílit dluhové poradenství', 'Cíl 2: Zlepšit informovanost seniorů']);
  });

  it('a goal on its heading line is stated too', () => {
    expect(texts('Cíl plánu: Udržet síť terénních služeb.\nPriorita 1: Senioři\nOpatření 1.1 Tísňová péče')).toEqual([
      'Udržet síť terénních služeb.',
    ]);
  });

  it('keeps priorities and measures of a plan that states no goal in words', () => {
    const t = 'Priorita 2: Dostupné bydlení\nOpatření 2.1 Startovací byty pro mladé rodiny\nOpatření 2.2 Sociální byty';
    expect(run(goals, t).map((g) => g.kind)).toEqual(['priority', 'measure', 'measure']);
  });

  it.each([
    'Priority a opatření',
    '3. Priority a opatření',
    'Cíle i opatření plánu',
    'PRIORITY A OPATŘENÍ PLÁNU',
  ])('a heading "%s" is no numbered goal', (text) => expectNone(goals, text));

  it('reads a priority numbered with a capital letter', () => {
    expectOne(goals, 'Priorita B: Podpora pečujících rodin', { kind: 'priority', text: 'Priorita B: Podpora pečujících rodin' });
  });

  it('does not take the line that introduces a list under a goals heading', () => {
    const t = 'Cíle projektu\nHlavním cílem projektu je sestavit akční plán pro celé Frýdlantsko.\nDalšími cíli jsou:\n\n• vyškolit koordinátory\n\n• oslovit všechny obce';
    expect(texts(t)).toEqual([
      'Hlavním cílem projektu je sestavit akční plán pro celé Frýdlantsko.',
      'vyškolit koordinátory',
      'oslovit všechny obce',
    ]);
  });

  it('still takes the first sentences of a paragraph under a heading when none introduces a list', () => {
    const t = 'Cíle projektu\nProjekt propojí poskytovatele v regionu. Vznikne společný katalog služeb.';
    expect(texts(t)).toEqual(['Projekt propojí poskytovatele v regionu.', 'Vznikne společný katalog služeb.']);
  });
});

describe('goals: "cílem … je" inside a sentence', () => {
  it.each([
    [
      'Přítomní se dohodli, že cílem pracovní skupiny v příštím roce je zmapovat potřeby pečujících. Další bod.',
      'cílem pracovní skupiny v příštím roce je zmapovat potřeby pečujících.',
    ],
    ['Radní připomněl, že cílem je otevřít odlehčovací službu do konce roku.', 'cílem je otevřít odlehčovací službu do konce roku.'],
    ['Plán byl přepracován, cílem bylo zjednodušit jeho strukturu. Konec.', 'cílem bylo zjednodušit jeho strukturu.'],
    ['Skupina se sejde znovu, protože cílem je dokončit katalog služeb.', 'cílem je dokončit katalog služeb.'],
  ])('%s', (text, goal) => expectOne(goals, text, { text: goal, kind: 'goal' }));

  it.each([
    // negative twins: "cílem" in a clause that states no aim, or not opening a clause at all
    'Uvedla, že cílem se bude zabývat komise příště.',
    'Hovořilo se o tom, že cílů je příliš mnoho.',
    'Nikdo nesouhlasil s takto stanoveným cílem.',
    'Diskuse nad cílem projektu trvala hodinu.',
  ])('none in "%s"', (text) => expectNone(goals, text));
});

describe('goals: a statement inside a quotation', () => {
  it('ends at the closing quotation mark, not at the end of the reporting sentence', () => {
    expect(texts('Starostka to shrnula: „Cílem je, aby senioři mohli zůstat doma co nejdéle,“ řekla Bc. Malá. Konec.')).toEqual([
      'Cílem je, aby senioři mohli zůstat doma co nejdéle',
    ]);
  });

  it('keeps a quoted title inside a statement', () => {
    expect(texts('Cílem je vydat „Katalog služeb 2024“ pro celé město. Další věta.')).toEqual([
      'Cílem je vydat „Katalog služeb 2024“ pro celé město.',
    ]);
  });
});

describe('goals: more clause openers before "cílem"', () => {
  it.each([
    ['Skupina vznikla v lednu a cílem je propojit poskytovatele v regionu.', 'cílem je propojit poskytovatele v regionu.'],
    ['Projekt běží dva roky, přičemž cílem bylo zkrátit čekací lhůty.', 'cílem bylo zkrátit čekací lhůty.'],
  ])('%s', (text, goal) => expectOne(goals, text, { text: goal }));

  it('none when "a cílem" is no clause with a copula', () => {
    expectNone(goals, 'Souhlasí s plánem a cílem se budou zabývat příště.');
  });
});
