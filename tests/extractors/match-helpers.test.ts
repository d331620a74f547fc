import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// a small seeded generator (mulberry32): the random strings are the same on every run
import { rng } from '../../scripts/search-corpus.mjs';
import { describe, expect, it } from 'vitest';
import { addressMatchAll } from '../../extractors/czech/address-match.js';
import { LOWER, UPPER, candidateMatchAll, candidateStarts, matchAllAt } from '../../extractors/czech/candidate-match.js';
import { ADDRESS } from '../../extractors/czech/contact-words.js';
import { GOAL_STATEMENT_CUES } from '../../extractors/czech/goal-cues.js';
import { ORG_FORMS } from '../../extractors/czech/org-forms.js';
import { wordBeforeMatchAll } from '../../extractors/czech/word-before-match.js';
import { NAME_THEN_FORM, organisationsExtractor as orgs } from '../../extractors/fields/organisations.js';
import { emptyFields } from '../../extractors/types.js';

/**
 * The pattern-matching helpers of the speed-ups promise the matches of `text.matchAll(re)`: index, match and
 * groups, in order. Each is compared with `matchAll` over hand-made Czech strings, strings built at random
 * from Czech pieces (seeded, so a failure repeats) and the real texts of seeds/ and the eval documents; and
 * a few cases have their matches written out by hand.
 */

type Shape = [number, string[], Record<string, string | undefined> | undefined];
const shape = (ms: Iterable<RegExpMatchArray>): Shape[] => [...ms].map((m) => [m.index!, [...m], m.groups ? { ...m.groups } : undefined]);
const reference = (text: string, re: RegExp): Shape[] => shape(text.matchAll(re));

// ---------------------------------------------------------------------------------------------------------------
// texts

const REPO = join(import.meta.dirname, '../..');
function textsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
const REAL = [...textsIn(join(REPO, 'seeds')), ...textsIn('/work/shared/eval/docs')];

/** `count` strings of 1–`len` pieces picked at random */
function randomTexts(pieces: readonly string[], count: number, len: number, seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(r() * len);
    let s = '';
    for (let k = 0; k < n; k++) s += pieces[Math.floor(r() * pieces.length)];
    out.push(s);
  }
  return out;
}

/** strings every helper is run over: diacritics at both ends of words, NFD, surrogate pairs, empty */
const COMMON = [
  '',
  ' ',
  'č',
  'Ústí nad Labem',
  'Mírové náměstí 36, 400 01 Ústí nad Labem',
  'žít žluťoučký kůň úpěl ďábelské ódy; Šťastné stáří Úštěk',
  'Ústí nad Labem'.normalize('NFD'),
  'Mírové náměstí 36, 400 01 Ústí nad Labem'.normalize('NFD'),
  '🙂 𝐀 𝐀𝐁 ž🙂ž',
  'a\u0301b\u030cc\u030c Zá\u030cpis',
];

// ---------------------------------------------------------------------------------------------------------------
// word-before-match.ts

describe('wordBeforeMatchAll', () => {
  const cues = GOAL_STATEMENT_CUES.filter(([, , anchor]) => anchor !== undefined);
  /** patterns of the shape the helper is for: a word, white space, the anchor */
  const patterns: Array<[RegExp, string]> = [
    ...cues.map(([re, , anchor]) => [re, anchor!] as [RegExp, string]),
    [/(?<![\p{L}])\p{L}+(?:ým|ím)\s+cíl(?<end>\p{L}*)/gu, 'cíl'],
    [/(?<![\p{L}])(?<w>\p{L}+)\s+cíl/gu, 'cíl'],
    [/(?<![\p{L}])\p{L}+ž\s+ž(?<rest>\p{L}*)/gu, 'ž'],
  ];

  const same = (text: string, re: RegExp, anchor: string) => {
    const want = reference(text, re);
    expect(shape(wordBeforeMatchAll(text, re, anchor)), JSON.stringify(text)).toEqual(want);
    return want.length;
  };

  const HAND = [
    ...COMMON,
    'Hlavním cílem projektu je podpora rodin.',
    'Úvod. Hlavním cílem projektu je posílit sociální integraci. Dílčím cílem je nastavení spolupráce.',
    'Úžasným cílem je žít. Žádoucím\tcíli jsou',
    'Dílčími cíli jsou: a) b)',
    // the word at the very start, the anchor at the very end
    'Hlavním cíl',
    'x Hlavním cíl',
    'Hlavním  \n cílem je x',
    // an anchor with no word or no white space before it
    'cílem je',
    ' cílem je',
    'Hlavnímcílem je',
    ', cílem je',
    // anchors in a row: each word before each anchor, and a match that runs over the next anchor
    'Hlavním cíl cíl cíl je',
    'Prvním cílem je Druhým cílem je Třetím cíli jsou',
    'Hlavním cílem je dílčím cílem je',
    'Hlavním cílem Hlavním cílem je',
    // a word that is not one run of letters: digits, a combining mark, a surrogate pair
    'Hlavn1ím cílem je',
    'Hla\u0301vním cílem je',
    'Hlavním cílem je'.normalize('NFD'),
    '𝐀hlavním cílem je 𝐀 cíl 𝐀𝐁ím cíl je',
    '🙂Hlavním cílem je',
    'ž ž žž žž ž ž',
    'žž ž',
  ];

  it('gives the matches of matchAll on hand-made strings', () => {
    expect(cues.length).toBeGreaterThan(0);
    let n = 0;
    for (const [re, anchor] of patterns) for (const t of HAND) n += same(t, re, anchor);
    expect(n).toBeGreaterThan(20);
  });

  it('gives the matches of matchAll on random Czech strings', () => {
    const pieces = ['Hlavním', 'dílčím', 'Úžasným', 'hlavními', ' ', '  ', '\n', '\t', 'cílem', 'cíle', 'cíli', 'cíl', ' je ', ' jsou',
      ' projektu', ' se ', ', ', '.', 'ž', 'ím', '𝐀', '🙂', 'a\u0301', '1', 'bude'];
    let n = 0;
    for (const [re, anchor] of patterns) for (const t of randomTexts(pieces, 1500, 14, 7)) n += same(t, re, anchor);
    expect(n).toBeGreaterThan(200);
  });

  it('gives the matches of matchAll on the real texts', () => {
    expect(REAL.length).toBeGreaterThan(0);
    for (const [re, anchor] of patterns) for (const t of REAL) same(t, re, anchor);
    // and on all of them as one text
    for (const [re, anchor] of patterns) same(REAL.join('\n\nHlavním cílem je '), re, anchor);
  });

  it('finds the cue "Hlavním cílem … je" where it stands', () => {
    const [re, , anchor] = cues[0];
    const ms = [...wordBeforeMatchAll('Úvod. Hlavním cílem projektu je posílit. Úžasným cílem bude žít.', re, anchor!)];
    expect(ms.map((m) => [m.index, m[0]])).toEqual([
      [6, 'Hlavním cílem projektu je'],
      [41, 'Úžasným cílem bude'],
    ]);
    expect([...wordBeforeMatchAll('Hlavním cílem', re, anchor!)]).toEqual([]);
    expect([...wordBeforeMatchAll('', re, anchor!)]).toEqual([]);
  });

  it('keeps groups and starts a word at a letter outside the Basic Multilingual Plane', () => {
    const re = /(?<![\p{L}])(?<w>\p{L}+)\s+cíl/gu;
    const ms = [...wordBeforeMatchAll('𝐀ím cíl, xž  cíl', re, 'cíl')];
    expect(ms.map((m) => [m.index, m[0], m.groups!.w])).toEqual([
      [0, '𝐀ím cíl', '𝐀ím'],
      [10, 'xž  cíl', 'xž'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// address-match.ts

describe('addressMatchAll', () => {
  const same = (text: string, re: RegExp = ADDRESS) => {
    const want = reference(text, re);
    expect(shape(addressMatchAll(text, re)), JSON.stringify(text)).toEqual(want);
    return want.length;
  };

  const HAND = [
    ...COMMON,
    '400 01 Ústí nad Labem',
    'PSČ 110 00 Praha 1',
    'Sídlo: Archiváře Teplého 102/3a, 387 06 Malenice, IČ 12345678',
    'Mírové náměstí 36, 400 01 Ústí nad Labem; Velká Hradební 3118/48, 40001 Ústí nad Labem',
    'nám. Svobody 1,\n  400 01 Ústí nad Labem',
    'Na Příkopě 12a/IV, 110 00 Praha 1 – Nové Město',
    'Úřad, Dlouhá ulice 5, 602 00 Brno-střed',
    // streets of many words: the words before a long street, a lower-case word, digits in the street
    'Dům Na Staré Cestě U Lesa 12, 500 03 Hradec Králové',
    'adresa A B C D E F 12, 500 03 Hradec Králové',
    'Žižkova 5, 586 01 Jihlava a Žižkova 5, 586 01 Jihlava',
    'ČSA 12, 120 00 Praha 2 ČSA 12, 120 00 Praha 2',
    // PSČ-shaped digits that are not one: inside longer numbers, phone numbers, amounts
    'tel. 475 123 456, 1 400 01 Ústí, 4000 1 Ústí, 12345 Ústí, 400 012 Ústí, 400 01Ústí',
    '800 000 000 Kč, 123 45 67 89 Praha 9',
    '400 01 400 01 Ústí nad Labem 400 01 Ústí',
    '5. 400 01 Ústí, Lesní 5. 400 01 Ústí, x.400 01 Ústí',
    // a match right after the one before it
    '110 00 Praha400 01 Ústí nad Labem400 01 Ústí',
    'Mírové 1,400 01 Ústí nad Labem',
    // overlapping PSČ shapes
    '12345 67890 Praha',
    '1234567 Praha 123 456 78 Brno 40001 Ústí',
    // a capital and surrogate pairs before a PSČ
    '𝐀 5, 400 01 Ústí',
    '𝐀lej 5, 400 01 Ústí 🙂Alej 5, 400 01 Ústí',
    'Mírové náměstí 36, 400 01 Ústí nad Labem'.normalize('NFD'),
    'Hlavní 1, 400 01 Ústí'.normalize('NFD'),
  ];

  it('gives the matches of matchAll on hand-made strings', () => {
    let n = 0;
    for (const t of HAND) n += same(t);
    expect(n).toBeGreaterThan(20);
  });

  it('gives the matches of matchAll on random Czech strings', () => {
    const pieces = ['Mírové', ' náměstí', ' nám.', 'Žižkova', ' ', ' ', ', ', ',', '\n', ' 36', ' 102/3a', '/IV', '400 01', '40001',
      ' 400 01', ' Ústí', ' nad', ' Labem', ' Praha', ' 1', '2', '5', '0', 'Ústí', '.', 'a', 'ul.', 'Na', ' U', '𝐀', '🙂', 'PSČ '];
    let n = 0;
    for (const t of randomTexts(pieces, 3000, 16, 11)) n += same(t);
    expect(n).toBeGreaterThan(100);
  });

  it('gives the matches of matchAll on the real texts', () => {
    expect(REAL.length).toBeGreaterThan(0);
    for (const t of REAL) same(t);
    same(REAL.join('\nMírové náměstí 36, 400 01 Ústí nad Labem\n'));
  });

  it('reads the street, PSČ and town of addresses', () => {
    const text = 'Sídlo: Mírové náměstí 36, 400 01 Ústí nad Labem; PSČ 110 00 Praha 1. Archiváře Teplého 102/3a,\n387 06 Malenice';
    const got = [...addressMatchAll(text, ADDRESS)].map((m) => [m.index, m.groups!.street, m.groups!.psc, m.groups!.town]);
    expect(got).toEqual([
      [7, 'Mírové náměstí 36, ', '400 01', 'Ústí nad Labem'],
      [53, undefined, '110 00', 'Praha'], // "1.": a number before a dot is no part of the town
      [69, 'Archiváře Teplého 102/3a,\n', '387 06', 'Malenice'],
    ]);
    expect([...addressMatchAll('400 01 Ústí', ADDRESS)].map((m) => [m.index, m[0]])).toEqual([[0, '400 01 Ústí']]);
    expect([...addressMatchAll('tel. 475 123 456', ADDRESS)]).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// candidate-match.ts

describe('candidateMatchAll, candidateStarts, matchAllAt', () => {
  /** patterns with a candidate pattern of the kind the extractors use (people, periods, dates) */
  const PAIRS: Array<[string, RegExp, RegExp]> = [
    [
      'two capitalised words (surname in a lookahead)',
      new RegExp(String.raw`(?<![\p{L}\p{N}.])(?<g>\p{Lu}\p{Ll}+)(?=(?<sp>\s+)(?<s>\p{Lu}\p{Ll}+)(?![\p{L}])(?!\s*\d))`, 'gu'),
      new RegExp(String.raw`(?<![A-Za-z0-9.])${UPPER}${LOWER}+\s+${UPPER}${LOWER}`, 'g'),
    ],
    [
      'an initial and a surname',
      new RegExp(String.raw`(?<![\p{L}\p{N}.]|\p{Lu}\.\s?)(?<i>\p{Lu})\.\s?(?<s>\p{Lu}\p{Ll}+)(?![\p{L}])(?!\s*\p{Lu}\.)`, 'gu'),
      new RegExp(String.raw`(?<![A-Za-z0-9.])${UPPER}\.\s?${UPPER}${LOWER}`, 'g'),
    ],
    [
      'a month and a year, any case',
      /(?<![\p{L}])(?:od\s+)?(?<mn>září|ledna|leden|úno\p{L}*|srp\p{L}*)\s+(?<y>\d{4})(?![\p{N}])/giu,
      /(?:od\s+)?(?:září|ledna|leden|úno|srp)[a-z\u0080-\uffff]*\s+\d{4}/gi,
    ],
    [
      'a sentence end',
      /\p{Ll}{2}[.!?;]\s+(?=\p{Lu})|:\s+/gu,
      new RegExp(String.raw`${LOWER}{2}[.!?;]\s|:\s`, 'g'),
    ],
    [
      'an empty match before a capital',
      /(?<![\p{L}])(?=\p{Lu})/gu,
      new RegExp(String.raw`(?<![A-Za-z])(?=${UPPER})`, 'g'),
    ],
    ['an empty match before every capital, side by side', /(?=\p{Lu})/gu, new RegExp(String.raw`(?=${UPPER})`, 'g')],
  ];
  const MONTHS = /(?:září|ledna|leden|úno|srp)/gi;
  /** patterns that all open with a month name: one scan of MONTHS serves them all (matchAllAt) */
  const MONTH_LED = [
    /(?<![\p{L}])(?<mn>září|ledna|leden|úno\p{L}*|srp\p{L}*)\s+(?<y>\d{4})/giu,
    /(?<![\p{L}])(?<a>září|ledna|srpna)\s*[-–]\s*(?<b>září|ledna|srpna)/giu,
    /(?:září|ÚNOR)(?=\s)/gu,
  ];

  const same = (text: string, re: RegExp, candidates: RegExp) => {
    const want = reference(text, re);
    expect(shape(candidateMatchAll(text, re, candidates)), JSON.stringify(text)).toEqual(want);
    return want.length;
  };
  const sameAt = (text: string) => {
    const starts = candidateStarts(text, MONTHS);
    for (const re of MONTH_LED) expect(shape(matchAllAt(text, re, starts)), JSON.stringify(text)).toEqual(reference(text, re));
    // each pattern through the starts of its own candidates, which overlap ("Petra Šimková Nová")
    for (const [, re, candidates] of PAIRS) {
      expect(shape(matchAllAt(text, re, candidateStarts(text, candidates))), JSON.stringify(text)).toEqual(reference(text, re));
    }
  };

  const HAND = [
    ...COMMON,
    'Koordinátorka Petra Šimková přivítala Janu Nováková a Ivo Ďurka. Šárka Úlehlová',
    'Petra Šimková Nová Černá',
    'xPetra Šimková, 5Petra Šimková, .Petra Šimková, Petra Šimková 5',
    'Koordinátor R. Janík přivítal T. G. Masaryka a Č.Úlehlu; Ř. Ž',
    'od září 2019 do ledna 2021, ZÁŘÍ 2020, Únor 2018, únoru 2017, srpna 20211, LEDNA 2019',
    'od  září\n2019',
    'Sešli se. Jednání: program; usnesení! Další? konec',
    'žž. Žž; čč! Č: x',
    'Ústí nad Labem Ústí',
    'Ústí nad Labem'.normalize('NFD'),
    'Petra Šimková'.normalize('NFD'),
  ];
  /** texts with a surrogate pair, "ſ" or the Kelvin sign: scanned by matchAll itself */
  const UNSAFE = ['🙂 Petra Šimková', 'Petra Šimková 𝐀', 'ſrpna 2019 a Srpna 2019', 'září 2019 \u212a', '\ud800 Petra Šimková'];

  it('gives the matches of matchAll on hand-made strings', () => {
    for (const [name, re, candidates] of PAIRS) {
      let n = 0;
      for (const t of [...HAND, ...UNSAFE]) n += same(t, re, candidates);
      expect(n, name).toBeGreaterThan(1);
    }
    for (const t of [...HAND, ...UNSAFE]) sameAt(t);
  });

  it('gives the matches of matchAll on random Czech strings', () => {
    const pieces = ['Petra', ' Šimková', 'Úlehlová', 'Ďurka', 'R.', ' ', '  ', '\n', '.', ': ', '; ', 'od ', 'září', ' 2019', 'LEDNA',
      'únoru', 'srpna', '-', 'x', '5', 'žž', 'Č', 'a\u0301'];
    let n = 0;
    for (const t of randomTexts(pieces, 1500, 12, 13)) {
      for (const [, re, candidates] of PAIRS) n += same(t, re, candidates);
      sameAt(t);
    }
    expect(n).toBeGreaterThan(1000);
  });

  it('gives the matches of matchAll on the real texts, short and long (the kept check for surrogates)', () => {
    expect(REAL.length).toBeGreaterThan(0);
    const long = REAL.join('\n');
    expect(long.length).toBeGreaterThan(4096);
    // a long text without surrogates, one with, and the first again: the check kept for one text must not leak
    const texts = [...REAL, long, `${long}🙂 ſrpna 2019`, long, `${long}\u212a`, `${long} `];
    for (const t of texts) {
      for (const [, re, candidates] of PAIRS) same(t, re, candidates);
      sameAt(t);
    }
  });

  it('starts where the pattern\'s lastIndex stands, as matchAll does', () => {
    const [, re, candidates] = PAIRS[0];
    const text = 'Petra Šimková a Jana Nová';
    re.lastIndex = 3;
    try {
      const want = reference(text, re);
      expect(shape(candidateMatchAll(text, re, candidates))).toEqual(want);
      expect(shape(matchAllAt(text, re, candidateStarts(text, /[A-Z\u0080-\uffff]/g)))).toEqual(want);
      expect(want.map(([i]) => i)).toEqual([16]); // "Petra" stands before lastIndex, "Šimková a" is no pair
    } finally {
      re.lastIndex = 0;
    }
  });

  it('finds names, month names and empty matches where they stand', () => {
    const [, pair, pairCandidates] = PAIRS[0];
    const ms = [...candidateMatchAll('Koordinátorka Petra Šimková, xJana Nová', pair, pairCandidates)];
    expect(ms.map((m) => [m.index, m[0], m.groups!.s])).toEqual([
      [0, 'Koordinátorka', 'Petra'],
      [14, 'Petra', 'Šimková'],
    ]);
    const [, month, monthCandidates] = PAIRS[2];
    expect([...candidateMatchAll('od září 2019, ZÁŘÍ 2020, září 20211', month, monthCandidates)].map((m) => [m.index, m[0], m.groups!.y])).toEqual([
      [0, 'od září 2019', '2019'],
      [14, 'ZÁŘÍ 2020', '2020'],
    ]);
    // "ſ" folds to "s" under /iu only: such a text is scanned by matchAll itself
    expect([...candidateMatchAll('ſrpna 2019', month, monthCandidates)].map((m) => m[0])).toEqual(['ſrpna 2019']);
    const [, empty, emptyCandidates] = PAIRS[4];
    expect([...candidateMatchAll('Ústí nad Labem', empty, emptyCandidates)].map((m) => [m.index, m[0]])).toEqual([
      [0, ''],
      [9, ''],
    ]);
    expect(candidateStarts('září a ZÁŘÍ, zářím', /září/gi)).toEqual([0, 7, 13]);
    // a text with a surrogate pair: the candidates are still found; matchAllAt scans such a text with matchAll
    expect(candidateStarts('🙂 září', /září/gi)).toEqual([3]);
    const emoji = '🙂 září 2019';
    expect(shape(matchAllAt(emoji, month, candidateStarts(emoji, monthCandidates)))).toEqual(reference(emoji, month));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// organisations.ts: nameThenFormAll, seen through organisationsExtractor

describe('organisationsExtractor: the matches of NAME_THEN_FORM (nameThenFormAll)', () => {
  const extract = (text: string) => orgs.extract({ doc: { text } as never, text, found: emptyFields() });
  const canonical = (written: string) => ORG_FORMS.find(([re]) => new RegExp(`^(?:${re})$`, 'u').test(written))?.[1];
  const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

  /**
   * Every organisation with a legal form comes from a match of NAME_THEN_FORM (`matchAll`): it ends where the
   * match ends, its form is the match's, its name is the text between its start and the match. And every match
   * that makes an organisation when its line is read alone has its name in the output (once: names are kept
   * once).
   */
  const consistent = (text: string) => {
    const ref = [...text.matchAll(NAME_THEN_FORM)];
    const out = extract(text);
    const withForm = out.filter((o) => o.form !== undefined);
    const used = new Set<number>();
    for (const o of withForm) {
      const k = ref.findIndex((m) => m.index + m[0].length === o.evidence.end);
      expect(k, `${JSON.stringify(text)}: ${o.name}`).toBeGreaterThanOrEqual(0);
      const m = ref[k];
      expect(used.has(k)).toBe(false);
      used.add(k);
      expect(o.form).toBe(canonical(m.groups!.form));
      expect(o.evidence.start).toBeLessThanOrEqual(m.index);
      expect(o.name).toBe(squeeze(text.slice(o.evidence.start, m.index)));
    }
    const names = new Set(out.map((o) => o.name.toLowerCase()));
    for (const m of ref) {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const line = text.slice(lineStart, m.index + m[0].length);
      if (![...line.matchAll(NAME_THEN_FORM)].some((l) => l.index === m.index - lineStart)) continue;
      const alone = extract(line).find((o) => o.form !== undefined && o.evidence.end === line.length);
      if (alone) expect(names, `${JSON.stringify(text)}: ${alone.name}`).toContain(alone.name.toLowerCase());
    }
    return withForm.length;
  };

  /**
   * Lines where every match has a name of its own: the organisations with a form are exactly the matches of
   * matchAll, in order.
   */
  const exact = (text: string) => {
    const want = [...text.matchAll(NAME_THEN_FORM)].map((m) => [m.index + m[0].length, canonical(m.groups!.form)]);
    const got = extract(text)
      .filter((o) => o.form !== undefined)
      .map((o) => [o.evidence.end, o.form]);
    expect(got, JSON.stringify(text)).toEqual(want);
    consistent(text); // and each name ends where its match starts
    return got.length;
  };

  it('gives one organisation for each match, where each match has a name', () => {
    const lines = [
      'Alfa, s.r.o.',
      'Beta s. r. o. a Gama,z.s.',
      'Delta,  \t z. ú. nabízí',
      'Epsilon v. o. s.',
      'Zéta o. s.',
      'Éta, spol. s r. o.',
      'Théta, o.p.s., Ióta p. o.',
      'Kappa příspěvková organizace',
      'Lambda, zapsaný spolek',
      'Ůsvit Ústí, z. s.',
      'Šťastné stáří Úštěk, z. ú.',
      'Mý a. s.',
    ];
    expect(exact(lines.join('\n'))).toBeGreaterThanOrEqual(14);
    for (const l of lines) exact(l);
  });

  it('agrees with matchAll on hand-made, random and real texts', () => {
    const HAND = [
      ...COMMON,
      'Kontakt: Hanka Lukešová, SOS Šumavsko, z. ú.',
      'o organizaci RomPraha, z.s., která nabízí',
      'NETservis s.r.o. © 2024',
      'Firma v. o. s. a Druhá o. s.',
      's.r.o.',
      ', s.r.o.',
      'Alfa,,s.r.o.',
      'Alfa ,s.r.o.',
      'Alfa\n, s.r.o.',
      'Alfa,\n s.r.o.',
      'Alfa s.r.o.s.r.o. Beta a.s.a.s.',
      'Alfa s.r.oč. Beta z. sž Gama a. s.',
      'Alfa s. r. o.'.normalize('NFD'),
      'Úsvit, z. ú.'.normalize('NFD'),
      '🙂 Alfa, s.r.o. 𝐀 Beta, a. s.',
    ];
    let n = 0;
    for (const t of HAND) n += consistent(t);
    expect(n).toBeGreaterThan(8);

    const pieces = ['Alfa', 'Beta', 'Úsvit', 'Žár', 'pro', ' ', '  ', ',', ', ', '\n', 's.r.o.', 's. r. o.', 'z. s.', 'z.ú.', 'v. o. s.',
      'o. s.', 'a. s.', 'o.p.s.', 'spol. s r. o.', 'příspěvková organizace', 'x', 'je', 'Ž', '🙂'];
    for (const t of randomTexts(pieces, 800, 12, 17)) n += consistent(t);
    expect(n).toBeGreaterThan(150);

    expect(REAL.length).toBeGreaterThan(0);
    for (const t of REAL) consistent(t);
  });

  it('reads names and forms written by hand', () => {
    const got = extract('Firma Alfa v. o. s. a Beta, o. s.\nÚsvit,\n z. ú.').map((o) => [o.name, o.form, o.evidence.start, o.evidence.end]);
    expect(got).toEqual([
      ['Firma Alfa', 'v. o. s.', 0, 19],
      ['Beta', 'o. s.', 22, 33],
      ['Úsvit', 'z. ú.', 34, 47],
    ]);
  });
});

describe('word-before and address helpers start where matchAll does', () => {
  it('from the pattern’s lastIndex, and a case-insensitive pattern falls back to matchAll', async () => {
    const { wordBeforeMatchAll } = await import('../../extractors/czech/word-before-match.js');
    const { addressMatchAll } = await import('../../extractors/czech/address-match.js');
    const cue = /(?<![\p{L}])\p{L}+\s+cíl/gu;
    cue.lastIndex = 5;
    const ref = [...'Ab cíl Cd cíl'.matchAll(cue)].map((m) => m.index);
    cue.lastIndex = 5;
    expect([...wordBeforeMatchAll('Ab cíl Cd cíl', cue, 'cíl')].map((m) => m.index)).toEqual(ref);
    expect(ref).toEqual([7]);
    const loose = /(?<![\p{L}])\p{L}+\s+cíl/giu;
    expect([...wordBeforeMatchAll('ŽÁDNÝ CÍL', loose, 'cíl')].map((m) => m.index)).toEqual([0]);
    const { ADDRESS } = await import('../../extractors/czech/contact-words.js');
    {
      const text = 'Mírové náměstí 36, 400 01 Ústí nad Labem; Velká Hradební 8, 400 01 Ústí nad Labem';
      const re = new RegExp(ADDRESS.source, ADDRESS.flags);
      re.lastIndex = 10;
      const expected = [...text.matchAll(re)].map((m) => m.index);
      re.lastIndex = 10;
      expect([...addressMatchAll(text, re)].map((m) => m.index)).toEqual(expected);
    }
  });
});
