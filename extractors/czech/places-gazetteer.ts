import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceLevel } from '../../schema/index.js';
import { DATA_DIR } from './data.js';
import { IRREGULAR_REGIONS, declineName, regionCases, regionForms } from './places-morphology.js';
import { PRAGUE_KRAJ, territories, type TerritoryUnit } from './territory.js';

/**
 * Surface forms of every territorial name → the name they stand for. Built once per process from the
 * territory list by Czech morphology (places-morphology.ts), then used by a token scanner: at each word, the
 * longest run of up to `maxTokens` words that is a known form wins ("Ústí nad Labem" before "Ústí").
 * Matching is case-sensitive on the capitalised form, so that the many obce that are also common words
 * ("Most", "Luka", "Lhota") are not read from lower-case prose; an all-capitals run ("SO ORP ÚSTÍ NAD LABEM")
 * is looked up in a second, upper-case table.
 */

export interface FormHit {
  /** the official name the form stands for */
  name: string;
  /** the level the form itself implies ("Ústeckém kraji" → kraj, "Kroměřížsku" → orp) */
  hint?: PlaceLevel;
  /** the form is the name as written (nominative), not a declined one */
  nominative: boolean;
  /** a region word ("na Kroměřížsku") */
  region?: boolean;
  /** an abbreviation ("MSK", "KÚ ÚK") */
  abbreviation?: boolean;
}

export interface Gazetteer {
  forms: Map<string, FormHit[]>;
  upper: Map<string, FormHit[]>;
  /** first words of the forms that begin in lower case ("ústeckém" of "ústeckém kraji") */
  lowerHeads: Set<string>;
  /**
   * Every run of leading words of a form of either table, cut before a space or a hyphen ("Ústí", "Ústí nad"
   * of "Ústí nad Labem"): a scan stops adding words to a run that is not one of these.
   */
  prefixes: Set<string>;
  maxTokens: number;
  buildMs: number;
}

/** Abbreviations of the kraje in common use ("MSK", "JMK", "KÚ ÚK"); two-letter ones only after "KÚ". */
export const KRAJ_ABBREVIATIONS: Readonly<Record<string, string>> = {
  MSK: 'Moravskoslezský kraj', JMK: 'Jihomoravský kraj', KHK: 'Královéhradecký kraj', KVK: 'Karlovarský kraj',
  JčK: 'Jihočeský kraj', JČK: 'Jihočeský kraj', StčK: 'Středočeský kraj', SČK: 'Středočeský kraj',
  ÚK: 'Ústecký kraj', 'KÚ ÚK': 'Ústecký kraj', 'KÚ LK': 'Liberecký kraj', 'KÚ OK': 'Olomoucký kraj',
  'KÚ ZK': 'Zlínský kraj', 'KÚ JMK': 'Jihomoravský kraj', 'KÚ MSK': 'Moravskoslezský kraj',
  'KÚ KVK': 'Karlovarský kraj', 'KÚ KHK': 'Královéhradecký kraj', 'KÚ PK': 'Plzeňský kraj',
  'KÚ SK': 'Středočeský kraj', 'KÚ JčK': 'Jihočeský kraj', 'KÚ JČK': 'Jihočeský kraj', 'KÚ PAK': 'Pardubický kraj',
  'KÚ Pk': 'Pardubický kraj', 'KÚ KrV': 'Kraj Vysočina',
};

function add(map: Map<string, FormHit[]>, form: string, hit: FormHit): void {
  const list = map.get(form);
  if (!list) map.set(form, [hit]);
  else if (!list.some((h) => h.name === hit.name && h.hint === hit.hint && h.nominative === hit.nominative)) list.push(hit);
}

function krajForms(name: string): string[] {
  if (name === PRAGUE_KRAJ) {
    // capitalised only: "hlavního města Prahy" in running text is the city, read from "Prahy"
    return ['Hlavní město Praha', 'Hlavního města Prahy', 'Hlavnímu městu Praze', 'Hlavním městě Praze', 'Hlavním městem Prahou'];
  }
  if (name.startsWith('Kraj ')) {
    const rest = name.slice(5);
    const heads = ['Kraj', 'Kraje', 'Kraji', 'Krajem'];
    return [...heads, ...heads.map((h) => h.toLowerCase())].map((h) => `${h} ${rest}`);
  }
  // "Ústecký kraj": decline as "Ústecký Kraj" so that both words decline, then give both spellings
  const forms = declineName(name.replace(/ kraj$/u, ' Kraj'));
  const spelled = [...forms, ...forms.map((f) => f.replace(/ Kraj/u, ' kraj'))];
  // "v ústeckém kraji" in running text: the adjective in lower case, still only with the word "kraj"
  return [...spelled, ...spelled.map((f) => f.charAt(0).toLowerCase() + f.slice(1))];
}

let cached: Gazetteer | undefined;
/** what parts the words of a form; a form without it is one word */
const SEPARATOR = /[\s-]/u;

/**
 * The gazetteer, kept for the process: read from the copy `npm run build` writes beside this module
 * (scripts/build-gazetteer.mjs; ~100 ms), else built (~200 ms, in every parsing worker). The copy names the
 * fingerprint of what it was built from and is used only while that still holds.
 */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const t0 = performance.now();
  const built = readPrebuilt() ?? buildGazetteer();
  cached = { ...built, buildMs: performance.now() - t0 };
  return cached;
}

/** Builds the gazetteer from the territory list and the morphology. */
export function buildGazetteer(): Gazetteer {
  const t0 = performance.now();
  const { byName } = territories();
  const forms = new Map<string, FormHit[]>();
  for (const [name, units] of byName) {
    const levels = new Set(units.map((u: TerritoryUnit) => u.level));
    if (levels.has('kraj')) {
      for (const f of krajForms(name)) add(forms, f, { name, hint: 'kraj', nominative: f === name });
      continue;
    }
    const mc = levels.has('mestska-cast');
    const declined = declineName(name);
    for (const f of declined) add(forms, f, { name, nominative: f === name, ...(mc ? { hint: 'mestska-cast' as const } : {}) });
    if (levels.has('orp') && name !== PRAGUE_KRAJ) {
      for (const f of regionForms(name)) add(forms, f, { name, hint: 'orp', nominative: false, region: true });
    }
  }
  for (const [region, town] of Object.entries(IRREGULAR_REGIONS)) {
    if (!byName.get(town)?.some((u) => u.level === 'orp')) continue;
    for (const f of regionCases(region)) {
      const hits = (forms.get(f) ?? []).filter((h) => !h.region);
      forms.set(f, [...hits, { name: town, hint: 'orp', nominative: false, region: true }]);
    }
  }
  // a region word two towns share ("Bystřicko": Bystřice nad Pernštejnem, Bystřice pod Hostýnem) names neither
  for (const [form, hits] of forms) {
    // most forms have one reading: only one with two region readings or more needs the set
    if (hits.length < 2) continue;
    const regions = new Set(hits.filter((h) => h.region).map((h) => h.name));
    if (regions.size < 2) continue;
    const rest = hits.filter((h) => !h.region);
    if (rest.length) forms.set(form, rest);
    else forms.delete(form);
  }
  // "Vysočina" alone names the kraj (the obec Vysočina is a village that texts call "obec Vysočina")
  for (const f of ['Vysočina', 'Vysočiny', 'Vysočině', 'Vysočinu', 'Vysočinou']) {
    add(forms, f, { name: 'Kraj Vysočina', hint: 'kraj', nominative: f === 'Vysočina', region: true });
  }
  for (const [abbr, name] of Object.entries(KRAJ_ABBREVIATIONS)) add(forms, abbr, { name, hint: 'kraj', nominative: false, abbreviation: true });
  const upper = new Map<string, FormHit[]>();
  let maxTokens = 1;
  for (const [form, hits] of forms) {
    const tokens = SEPARATOR.test(form) ? form.split(/[\s-]+/u).length : 1;
    if (tokens > maxTokens) maxTokens = tokens;
    if (hits.every((h) => h.abbreviation)) continue;
    const capitals = form.toLocaleUpperCase('cs');
    for (const h of hits) add(upper, capitals, h);
  }
  const lowerHeads = new Set<string>();
  for (const form of forms.keys()) if (/^\p{Ll}/u.test(form)) lowerHeads.add(form.split(' ')[0]);
  const prefixes = new Set<string>();
  for (const table of [forms, upper]) {
    for (const form of table.keys()) {
      for (const sep of [' ', '-']) {
        for (let p = form.indexOf(sep); p >= 0; p = form.indexOf(sep, p + 1)) prefixes.add(form.slice(0, p));
      }
    }
  }
  return { forms, upper, lowerHeads, prefixes, maxTokens, buildMs: performance.now() - t0 };
}

// ---------------------------------------------------------------- the prebuilt copy

/** Where `npm run build` writes the gazetteer: beside this module. */
export const PREBUILT_FILE = fileURLToPath(new URL('./places-gazetteer.json', import.meta.url));

/**
 * The gazetteer as JSON, compact (it is read by every parsing worker): each reading once, as
 * `[name, hint, flags]` (flags: 1 nominative, 2 region, 4 abbreviation); the tables as form → index of the
 * reading, or indices when a form has several.
 */
interface Serialized {
  fingerprint: string;
  hits: Array<[string, PlaceLevel | 0, number]>;
  forms: Array<[string, number | number[]]>;
  upper: Array<[string, number | number[]]>;
  lowerHeads: string[];
  prefixes: string[];
  maxTokens: number;
}
/**
 * What the gazetteer is made of: the territory list and the code of the modules that build it (this one,
 * the morphology, the territory loader and Prague's districts). Another build of any of them, another copy.
 */
export function gazetteerFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(DATA_DIR, 'territory.json')));
  for (const module of ['./places-gazetteer', './places-morphology', './territory', './places-prague']) {
    const file = fileURLToPath(new URL(`${module}${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

export function serializeGazetteer(g: Gazetteer, fingerprint: string): string {
  const index = new Map<FormHit, number>();
  const hits: Serialized['hits'] = [];
  const refs = (list: FormHit[]): number | number[] => {
    const out = list.map((h) => {
      let i = index.get(h);
      if (i === undefined) {
        i = hits.length;
        hits.push([h.name, h.hint ?? 0, (h.nominative ? 1 : 0) | (h.region ? 2 : 0) | (h.abbreviation ? 4 : 0)]);
        index.set(h, i);
      }
      return i;
    });
    return out.length === 1 ? out[0] : out;
  };
  const forms = [...g.forms].map(([form, list]): [string, number | number[]] => [form, refs(list)]);
  const upper = [...g.upper].map(([form, list]): [string, number | number[]] => [form, refs(list)]);
  const out: Serialized = { fingerprint, hits, forms, upper, lowerHeads: [...g.lowerHeads], prefixes: [...g.prefixes], maxTokens: g.maxTokens };
  return JSON.stringify(out);
}

export function deserializeGazetteer(json: string, fingerprint?: string): Gazetteer | undefined {
  const t0 = performance.now();
  const s = JSON.parse(json) as Serialized;
  if (fingerprint !== undefined && s.fingerprint !== fingerprint) return undefined;
  const hits = s.hits.map(([name, hint, flags]): FormHit => {
    // the same properties as the built reading (their order may differ; nothing reads it)
    const hit: FormHit = { name } as FormHit;
    if (hint) hit.hint = hint;
    hit.nominative = (flags & 1) !== 0;
    if (flags & 2) hit.region = true;
    if (flags & 4) hit.abbreviation = true;
    return hit;
  });
  const table = (entries: Serialized['forms']) => {
    const map = new Map<string, FormHit[]>();
    for (const [form, refs] of entries) map.set(form, typeof refs === 'number' ? [hits[refs]] : refs.map((i) => hits[i]));
    return map;
  };
  return {
    forms: table(s.forms),
    upper: table(s.upper),
    lowerHeads: new Set(s.lowerHeads),
    prefixes: new Set(s.prefixes),
    maxTokens: s.maxTokens,
    buildMs: performance.now() - t0,
  };
}

function readPrebuilt(): Gazetteer | undefined {
  if (!existsSync(PREBUILT_FILE)) return undefined;
  try {
    return deserializeGazetteer(readFileSync(PREBUILT_FILE, 'utf8'), gazetteerFingerprint());
  } catch {
    return undefined; // a damaged copy: built again
  }
}

/** A run of text that is a form of a territorial name. */
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  hits: FormHit[];
  /** matched in the upper-case table */
  upper: boolean;
  /** index of the first and last word of the run in the scan's token list */
  firstToken: number;
  lastToken: number;
}

export interface Token {
  start: number;
  end: number;
  text: string;
}

const SPACE_SEP = /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/u;
const HYPHEN_SEP = /^[ \t\u00a0]?[-–][ \t\u00a0]?$/u;

/** Character classes of the tokenizer: a letter or a mark, a number, neither. */
const OTHER = 0;
const WORD = 1;
const NUMBER = 2;
const UNKNOWN = 3;
const WORD_CHAR = /^[\p{L}\p{M}]$/u;
const NUMBER_CHAR = /^\p{N}$/u;
/** the class of each UTF-16 code unit below the surrogates, filled in as they are met */
const unitClass = new Uint8Array(0xd800).fill(UNKNOWN);

function classOf(ch: string): number {
  return WORD_CHAR.test(ch) ? WORD : NUMBER_CHAR.test(ch) ? NUMBER : OTHER;
}

/**
 * The words and numbers of a text, as `text.matchAll(/[\p{L}\p{M}]+|\p{N}+/gu)` finds them: runs of letters and
 * marks, runs of digits. Read character by character with the class of each character looked up once, which is
 * several times faster than the regex with a match object per word; a surrogate pair is one character, as under
 * the u flag.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  let runClass = OTHER;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    let width = 1;
    let cls: number;
    if (unit < 0xd800) {
      cls = unitClass[unit];
      if (cls === UNKNOWN) cls = unitClass[unit] = classOf(text[i]);
    } else {
      const lo = text.charCodeAt(i + 1);
      if (unit <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) width = 2;
      cls = classOf(text.slice(i, i + width));
    }
    if (cls !== runClass) {
      if (runClass !== OTHER) out.push({ start, end: i, text: text.slice(start, i) });
      start = i;
      runClass = cls;
    }
    i += width;
  }
  if (runClass !== OTHER) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** How two neighbouring words join inside a name: ' ', '-', or undefined (punctuation: no name spans it). */
function joiner(text: string, a: Token, b: Token): string | undefined {
  const sep = text.slice(a.end, b.start);
  if (sep === ' ') return ' ';
  if (sep === '-') return '-';
  if (SPACE_SEP.test(sep)) return ' ';
  if (HYPHEN_SEP.test(sep)) return '-';
  return undefined;
}

function isUpperRun(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('cs') && letters !== letters.toLocaleLowerCase('cs');
}

const capitals = new Map<string, boolean>();

/** Whether a character changes when lower-cased (Czech rules), remembered per character. */
function isCapital(ch: string): boolean {
  let capital = capitals.get(ch);
  if (capital === undefined) capitals.set(ch, (capital = ch !== ch.toLocaleLowerCase('cs')));
  return capital;
}

/** Every run of words that is a form of a territorial name, longest first, left to right. */
export function scanPlaceForms(text: string, tokens: Token[] = tokenize(text)): PlaceMention[] {
  const g = gazetteer();
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i].text.charCodeAt(0);
    // names begin with a capital letter or (Prague districts aside) never with a digit
    const startsCapital = first >= 65 && first <= 90 ? true : first >= 97 && first <= 122 ? false
      : isCapital(tokens[i].text[0]);
    if ((!startsCapital && !g.lowerHeads.has(tokens[i].text)) || (first >= 48 && first <= 57)) {
      i++;
      continue;
    }
    let key = tokens[i].text;
    const keys: string[] = [key];
    for (let j = i + 1; j < tokens.length && j - i < g.maxTokens; j++) {
      // a key joins the words of a run with ' ' or '-', so a longer run can be a form only if this one is a prefix
      if (!g.prefixes.has(key)) break;
      const join = joiner(text, tokens[j - 1], tokens[j]);
      if (join === undefined) break;
      key += join + tokens[j].text;
      keys.push(key);
    }
    let matched = false;
    for (let len = keys.length; len >= 1; len--) {
      const k = keys[len - 1];
      let hits = g.forms.get(k);
      let upper = false;
      // the upper-case table first: a run it does not hold need not be tested for capitals
      if (!hits && g.upper.has(k) && isUpperRun(k)) {
        hits = g.upper.get(k);
        upper = Boolean(hits);
      }
      if (!hits) continue;
      const last = tokens[i + len - 1];
      out.push({ start: tokens[i].start, end: last.end, text: text.slice(tokens[i].start, last.end), hits, upper, firstToken: i, lastToken: i + len - 1 });
      i += len;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return out;
}
