// A synthetic Czech corpus for the search benchmark and relevance set: documents of ~400 words made
// from real Czech vocabulary of social-services planning, declined by case and number (nouns by their
// paradigm, adjectives agreeing in gender), with kraje, obce from data/territory.json, people, dates and
// periods — so that an analyzer meets inflection as in real documents. Deterministic for a given seed.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** mulberry32: a small seeded PRNG */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// cases: 0 nom, 1 gen, 2 dat, 3 acc, 4 loc, 5 ins; singular 0–5, plural 6–11
const zena = (s, dat, genPl) => [s + 'a', s + 'y', dat, s + 'u', dat, s + 'ou', s + 'y', genPl, s + 'ám', s + 'y', s + 'ách', s + 'ami'];
const ruze = (s, genPl) => [s + 'e', s + 'e', s + 'i', s + 'i', s + 'i', s + 'í', s + 'e', genPl, s + 'ím', s + 'e', s + 'ích', s + 'emi'];
const kost = (s) => [s, s + 'i', s + 'i', s, s + 'i', s + 'í', s + 'i', s + 'í', s + 'em', s + 'i', s + 'ech', s + 'mi'];
const hrad = (s, loc = 'u') => [s, s + 'u', s + 'u', s, s + loc, s + 'em', s + 'y', s + 'ů', s + 'ům', s + 'y', s + 'ech', s + 'y'];
const stroj = (s) => [s, s + 'e', s + 'i', s, s + 'i', s + 'em', s + 'e', s + 'ů', s + 'ům', s + 'e', s + 'ích', s + 'i'];
const muz = (s, plNom) => [s, s + 'e', s + 'i', s + 'e', s + 'i', s + 'em', plNom, s + 'ů', s + 'ům', s + 'e', s + 'ích', s + 'i'];
const pan = (s, plNom, plLoc) => [s, s + 'a', s + 'ovi', s + 'a', s + 'ovi', s + 'em', plNom, s + 'ů', s + 'ům', s + 'y', plLoc, s + 'y'];
const mesto = (s, loc, genPl) => [s + 'o', s + 'a', s + 'u', s + 'o', s + loc, s + 'em', s + 'a', genPl, s + 'ům', s + 'a', s + 'ech', s + 'y'];
const staveni = (s) => [s + 'í', s + 'í', s + 'í', s + 'í', s + 'í', s + 'ím', s + 'í', s + 'í', s + 'ím', s + 'í', s + 'ích', s + 'ími'];

/** [forms, gender: f, mi (inanimate), ma (animate), n] */
export const NOUNS = [
  [zena('služb', 'službě', 'služeb'), 'f'], [zena('skupin', 'skupině', 'skupin'), 'f'], [zena('potřeb', 'potřebě', 'potřeb'), 'f'],
  [zena('rodin', 'rodině', 'rodin'), 'f'], [zena('osob', 'osobě', 'osob'), 'f'], [zena('poradn', 'poradně', 'poraden'), 'f'],
  [ruze('strategi', 'strategií'), 'f'], [zena('kapacit', 'kapacitě', 'kapacit'), 'f'],
  [ruze('prác', 'prací'), 'f'], [ruze('péč', 'péčí'), 'f'], [ruze('dotac', 'dotací'), 'f'], [ruze('spoluprác', 'spoluprací'), 'f'],
  [ruze('asistenc', 'asistencí'), 'f'],
  [kost('oblast'), 'f'], [kost('pomoc'), 'f'], [['síť', 'sítě', 'síti', 'síť', 'síti', 'sítí', 'sítě', 'sítí', 'sítím', 'sítě', 'sítích', 'sítěmi'], 'f'],
  [hrad('plán'), 'mi'], [hrad('projekt'), 'mi'], [hrad('zápis'), 'mi'], [hrad('domov', 'ě'), 'mi'], [hrad('program'), 'mi'],
  [hrad('dokument'), 'mi'], [hrad('cíl'), 'mi'], [hrad('úřad', 'ě'), 'mi'], [stroj('rozvoj'), 'mi'], [stroj('kraj'), 'mi'],
  [muz('uživatel', 'uživatelé'), 'ma'], [muz('poskytovatel', 'poskytovatelé'), 'ma'], [muz('zadavatel', 'zadavatelé'), 'ma'],
  [pan('pracovník', 'pracovníci', 'pracovnících'), 'ma'], [pan('senior', 'senioři', 'seniorech'), 'ma'], [pan('člen', 'členové', 'členech'), 'ma'],
  [mesto('měst', 'ě', 'měst'), 'n'], [staveni('opatřen'), 'n'],
  [staveni('zařízen'), 'n'], [staveni('bydlen'), 'n'], [staveni('jednán'), 'n'], [staveni('plánován'), 'n'],
  [staveni('financován'), 'n'], [staveni('postižen'), 'n'], [staveni('vzděláván'), 'n'], [staveni('šetřen'), 'n'],
  [['centrum', 'centra', 'centru', 'centrum', 'centru', 'centrem', 'centra', 'center', 'centrům', 'centra', 'centrech', 'centry'], 'n'],
];

const HARD = ['pečovatelsk', 'nízkoprahov', 'střednědob', 'terapeutick', 'krajsk', 'městsk', 'odborn', 'dostupn', 'chráněn',
  'pobytov', 'azylov', 'dlouhodob', 'rodinn', 'strategick', 'podporovan', 'sledovan', 'účinn'];
const SOFT = ['sociáln', 'komunitn', 'osobn', 'denn', 'odlehčovac', 'terénn', 'ambulantn', 'finančn', 'zdravotn', 'kvalitn',
  'aktivizačn', 'regionáln', 'místn', 'obecn', 'celoživotn', 'závěrečn', 'akčn'];
// hard endings [m-animate, m-inanimate, f, n] × 12 cases (plural animate nominative avoided: no hard adjective on animates)
const HARD_END = {
  ma: ['ý', 'ého', 'ému', 'ého', 'ém', 'ým', 'é', 'ých', 'ým', 'é', 'ých', 'ými'],
  mi: ['ý', 'ého', 'ému', 'ý', 'ém', 'ým', 'é', 'ých', 'ým', 'é', 'ých', 'ými'],
  f: ['á', 'é', 'é', 'ou', 'é', 'ou', 'é', 'ých', 'ým', 'é', 'ých', 'ými'],
  n: ['é', 'ého', 'ému', 'é', 'ém', 'ým', 'á', 'ých', 'ým', 'á', 'ých', 'ými'],
};
const SOFT_END = {
  ma: ['í', 'ího', 'ímu', 'ího', 'ím', 'ím', 'í', 'ích', 'ím', 'í', 'ích', 'ími'],
  mi: ['í', 'ího', 'ímu', 'í', 'ím', 'ím', 'í', 'ích', 'ím', 'í', 'ích', 'ími'],
  f: ['í', 'í', 'í', 'í', 'í', 'í', 'í', 'ích', 'ím', 'í', 'ích', 'ími'],
  n: ['í', 'ího', 'ímu', 'í', 'ím', 'ím', 'í', 'ích', 'ím', 'í', 'ích', 'ími'],
};
export const KRAJE = [
  ['Ústeck', 'Ústecký kraj'], ['Liberck', 'Liberecký kraj'], ['Středočesk', 'Středočeský kraj'], ['Jihočesk', 'Jihočeský kraj'],
  ['Plzeňsk', 'Plzeňský kraj'], ['Karlovarsk', 'Karlovarský kraj'], ['Královéhradeck', 'Královéhradecký kraj'],
  ['Pardubick', 'Pardubický kraj'], ['Olomouck', 'Olomoucký kraj'], ['Moravskoslezsk', 'Moravskoslezský kraj'],
  ['Jihomoravsk', 'Jihomoravský kraj'], ['Zlínsk', 'Zlínský kraj'],
];
const VERBS = [['zajišťuje', 'zajišťují'], ['poskytuje', 'poskytují'], ['podporuje', 'podporují'], ['rozvíjí', 'rozvíjejí'],
  ['financuje', 'financují'], ['hodnotí', 'hodnotí'], ['plánuje', 'plánují'], ['projednává', 'projednávají'],
  ['doporučuje', 'doporučují'], ['zlepšuje', 'zlepšují'], ['řeší', 'řeší'], ['koordinuje', 'koordinují'], ['mapuje', 'mapují']];
const GIVEN = [['Jana', 'f'], ['Petr', 'm'], ['Marie', 'f'], ['Jan', 'm'], ['Eva', 'f'], ['Tomáš', 'm'], ['Hana', 'f'], ['Martin', 'm'],
  ['Lucie', 'f'], ['Pavel', 'm'], ['Olga', 'f'], ['Jiří', 'm'], ['Věra', 'f'], ['Lukáš', 'm'], ['Kateřina', 'f'], ['Ondřej', 'm']];
const SURNAMES = [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'],
  ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová'], ['Pokorný', 'Pokorná'], ['Hájek', 'Hájková'],
  ['Král', 'Králová'], ['Růžička', 'Růžičková'], ['Beneš', 'Benešová'], ['Fiala', 'Fialová'], ['Šimek', 'Šimková']];

let obceByKraj;
function obce(dataFile) {
  if (obceByKraj) return obceByKraj;
  const { units } = JSON.parse(readFileSync(dataFile, 'utf8'));
  obceByKraj = new Map();
  for (const u of units) {
    if (u.level !== 'obec') continue;
    const list = obceByKraj.get(u.krajName) ?? [];
    list.push(u.name);
    obceByKraj.set(u.krajName, list);
  }
  return obceByKraj;
}

export function generator(seed, dataFile) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const np = (c, number = r() < 0.7 ? 0 : 6, noun = pick(NOUNS)) => {
    const [forms, g] = noun;
    const i = c + number;
    const word = forms[i];
    const roll = r();
    if (roll < 0.25) return word;
    const soft = g === 'ma' || roll < 0.65;
    const stem = soft ? pick(SOFT) : pick(HARD);
    const adj = stem + (soft ? SOFT_END : HARD_END)[g][i];
    return roll > 0.9 && soft ? `sociálně ${adj} ${word}` : `${adj} ${word}`;
  };
  const verb = (pl = false) => pick(VERBS)[pl ? 1 : 0];
  const person = () => {
    const [given, g] = pick(GIVEN);
    const [m, f] = pick(SURNAMES);
    return { name: `${given} ${g === 'f' ? f : m}`, female: g === 'f' };
  };
  const cap = (s) => s[0].toUpperCase() + s.slice(1);

  return function doc(n) {
    const [krajAdj, kraj] = pick(KRAJE);
    const obec = pick(obce(dataFile).get(kraj));
    const y1 = 2008 + Math.floor(r() * 15);
    const y2 = y1 + 1 + Math.floor(r() * 4);
    const kind = pick(['plan', 'minutes', 'project', 'news', 'other']);
    const people = [person(), person(), person()];
    const krajLoc = `${krajAdj}ém kraji`;
    const pps = [
      () => `v ${krajLoc}`, () => `pro ${np(3)}`, () => `s ${np(5)}`, () => `do roku ${y2}`, () => `v oblasti ${np(1)}`,
      () => `na území obce ${obec}`, () => `o ${np(4)}`, () => `k ${np(2)}`, () => `na období ${y1} – ${y2}`,
    ];
    const sentences = [
      () => `${cap(np(0, 0))} ${verb()} ${np(3)} ${pick(pps)()}.`,
      () => `${cap(np(0, 6))} ${verb(true)} ${np(3)} ${pick(pps)()} a ${pick(pps)()}.`,
      () => `V rámci ${np(1)} ${verb()} ${np(0, 0)} ${np(3)}.`,
      () => `Pracovní skupina pro ${np(3)} projednala ${np(3)} ${pick(pps)()}.`,
      () => `Cílem ${np(1)} je ${np(0)} pro ${np(3)} ${pick(pps)()}.`,
      () => { const p = pick(people); return `${p.name} ${p.female ? 'představila' : 'představil'} ${np(3)} na období ${y1} – ${y2}.`; },
      () => `Na území obce ${obec} ${verb()} ${np(0, 0)} ${np(3)} s ${np(5)}.`,
      () => `Podle ${np(1)} je třeba zajistit ${np(3)} o ${np(4)}.`,
      () => `K ${np(2)} přispívá ${np(0, 0)} ${pick(pps)()}.`,
      () => `Dne ${1 + Math.floor(r() * 28)}. ${1 + Math.floor(r() * 12)}. ${y1} ${verb()} ${np(0, 0)} ${np(3)} ${pick(pps)()}.`,
    ];
    const titles = {
      plan: () => pick([`Komunitní plán sociálních služeb obce ${obec} na období ${y1} – ${y2}`,
        `Střednědobý plán rozvoje sociálních služeb v ${krajLoc} ${y1}–${y2}`, `Akční plán ${np(1)} ${obec} ${y1}`]),
      minutes: () => `Zápis z jednání pracovní skupiny pro ${np(3)} – ${obec}`,
      project: () => `Projekt podpory ${np(1)} v ${krajLoc}`,
      news: () => `${obec}: ${np(0, 0)} ${verb()} ${np(3)}`,
      other: () => `Analýza ${np(1)} v ${krajLoc}`,
    };
    const title = titles[kind]();
    const body = [];
    let words = 0;
    const headings = [`${cap(np(0))}`, `${cap(np(0))} ${pick(pps)()}`];
    body.push(headings[0]);
    while (words < 400) {
      const s = pick(sentences)();
      body.push(s);
      words += s.split(/\s+/).length;
      if (words > 200 && body.length && !body.includes(headings[1])) body.push(headings[1]);
    }
    body.push(`Zapsal${people[0].female ? 'a' : ''}: ${people[0].name}. Přítomni: ${people[1].name}, ${people[2].name}.`);
    const text = `${title}\n\n${body.join(' ')}`;
    const id = createHash('sha256').update(`${seed}:${n}:${text}`).digest('hex').slice(0, 16);
    return {
      id, title, kind, text, headings, kraj, obec, people: people.map((p) => p.name), periods: [[String(y1), String(y2)]],
      path: `synthetic/${String(n).padStart(5, '0')}.txt`,
    };
  };
}

const ev = { text: '', start: 0, end: 0, extractor: 'synthetic' };
/** A record (schema/record.ts) for a synthetic or planted document. */
export function toRecord(d) {
  return {
    id: d.id,
    source: { path: d.path, format: 'txt', bytes: Buffer.byteLength(d.text), sha256: createHash('sha256').update(d.text).digest('hex') },
    kind: d.kind,
    title: d.title,
    text: { chars: d.text.length, words: d.text.split(/\s+/).length, lines: 1, blocks: 1, czechLetterRatio: 0.1 },
    places: [
      ...(d.obec ? [{ name: d.obec, level: 'obec', kraj: d.kraj, ...ev }] : []),
      ...(d.kraj ? [{ name: d.kraj, level: 'kraj', kraj: d.kraj, ...ev }] : []),
    ],
    dates: [],
    periods: (d.periods ?? []).map(([from, to]) => ({ from, to, role: 'plan', ...ev })),
    people: (d.people ?? []).map((name) => ({ name, role: 'other', ...ev })),
    money: [], percentages: [], identifiers: [], contacts: [], goals: [], organisations: [], serviceTypes: [], targetGroups: [],
    flags: [], messages: [],
  };
}

/** n synthetic documents with their records and texts. */
export function syntheticCorpus(n, seed, dataFile) {
  const make = generator(seed, dataFile);
  const docs = Array.from({ length: n }, (_, i) => make(i));
  return docs;
}
