import { readFileSync } from 'node:fs';
import type { PlaceLevel } from '../../schema/index.js';
import { gazetteer, tokenize, scanPlaceForms, type FormHit, type PlaceMention, type Token } from './places-gazetteer.js';
import { ORG_FORM } from './org-forms.js';
import { STREET_WORDS, inPersonalName, streetRanges } from './places-streets.js';
import { PRAGUE_KRAJ, dataPath, territories } from './territory.js';

/**
 * Which forms the scanner found are really places, read from the words around them: "ORP Strakonice" →
 * an ORP, "okres Děčín" → an okres, "v obci Vřesovice" → an obec; a village name that is also a common word
 * or a surname needs such a cue, a PSČ before it ("387 06 Malenice"), or a list it belongs to
 * ("obce Vřesovice, Žádovice a Vlkoš", "Kaplice, Větřní, Horní Planá a Chvalšiny", "v obcích jako Vejprty nebo
 * Blatno"). A name inside a street name ("náměstí Krále Jiřího z Poděbrad") is none. Words before a name are
 * compared in lower case.
 */

/** Words after which a name is an obec (or a town): "obec", "města", "městys", "statutárního města". */
export const OBEC_WORDS: ReadonlySet<string> = new Set([
  'obec', 'obce', 'obci', 'obcí', 'obcemi', 'obcích', 'město', 'města', 'městě', 'městu', 'městem', 'městys',
  'městyse', 'městysi', 'městysem', 'statutární', 'statutárního', 'statutárním', 'statutárnímu', 'obcí:', 'obce:',
]);
export const ORP_WORDS: ReadonlySet<string> = new Set(['orp', 'obvod', 'obvodu', 'obvodem', 'obvody', 'působností', 'pověřeného']);
export const OKRES_WORDS: ReadonlySet<string> = new Set(['okres', 'okresu', 'okrese', 'okresem', 'okresy', 'okresů', 'okresech']);
export const DISTRICT_WORDS: ReadonlySet<string> = new Set(['mč', 'úmč', 'části', 'část', 'městská', 'městské', 'městskou']);
/** Words after which a capitalised name is read as a place without more: prepositions of place, "region". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'v', 've', 'na', 'z', 'ze', 'do', 'u', 'k', 'ke', 'od', 'přes', 'okolí', 'region', 'regionu', 'regionem',
  'regionech', 'území', 'magistrát', 'magistrátu', 'magistrátem', 'úřad', 'úřadu', 'radnice', 'radnici', 'starosta',
  'starostka', 'starostou', 'občané', 'občanů', 'obyvatelé', 'obyvatel',
]);
/** Titles and forms of address before a surname. */
const PERSON_WORDS: ReadonlySet<string> = new Set([
  'mgr', 'ing', 'bc', 'judr', 'mudr', 'phdr', 'paeddr', 'rndr', 'mvdr', 'doc', 'prof', 'dr', 'p', 'pan', 'paní', 'pí',
  'pana', 'panu', 'panem', 'sl', 'slečna', 'kolega', 'kolegyně', 'dis', 'ph', 'arch',
]);

/**
 * Towns whose names are also common Czech words (checked against a Czech spelling dictionary): read as a
 * place only with a cue, like a village ("v Písku", "ORP Most", never "Most přes řeku").
 */
export const COMMON_WORD_TOWNS: ReadonlySet<string> = new Set([
  'Most', 'Tábor', 'Písek', 'Slaný', 'Hranice', 'Ostrov', 'Polička', 'Kaplice', 'Kraslice', 'Stříbro', 'Blatná', 'Králíky',
]);

/**
 * Villages whose names are everyday words or names of lands ("Čechy", "Radnice", "Úterý", "Pátek", "Louka"):
 * a preposition is not cue enough ("v Čechách" is Bohemia), only "obec"/"ORP"/"okres" or a PSČ before them.
 */
export const STRICT_CUE_NAMES: ReadonlySet<string> = new Set([
  'Čechy', 'Radnice', 'Úterý', 'Pátek', 'Pláně', 'Řeka', 'Louka', 'Luka', 'Hory', 'Skály', 'Mlýny', 'Záhoří', 'Místo',
  'Koruna', 'Zastávka', 'Křižovatka', 'Příčina', 'Pohled', 'Rozhraní', 'Čím', 'Klášter', 'Kruh', 'Ústup', 'Zájezd',
  'Závist', 'Zásada', 'Závada', 'Stránka', 'Val', 'Věž', 'Lom', 'Důl', 'Pila', 'Pec', 'Obora', 'Paseka', 'Mýto',
  'Městečko', 'Pomezí', 'Podhradí', 'Polesí', 'Stráž', 'Hrob', 'Hluk', 'Bor', 'Dub', 'Buk', 'Orel', 'Sloup', 'Kámen',
  'Loket', 'Police', 'Rybník', 'Lípa', 'Bříza', 'Hruška', 'Ořech', 'Javor', 'Chlum', 'Hora', 'Ves', 'Dvory', 'Kouty',
  'Lety', 'Ruda', 'Niva', 'Hamr', 'Ústí', 'Veselí', 'Meziříčí', 'Hradiště', 'Březina', 'Doubrava', 'Slatina', 'Pustina',
  'Vysočina', 'Salaš', 'Rozkoš', 'Koupě', 'Doupě', 'Kočí', 'Milý', 'Studený', 'Suchý', 'Řídký', 'Příkrý', 'Žebrák',
]);

/**
 * Strict-cue villages with a short masculine name whose declined form after a preposition is cue enough: a
 * capitalised "v Boru", "u Dubu", "z Lomu" names the village (the common noun would be lower case), while the
 * nominative and a lower-case form still need "obec" or a PSČ.
 */
export const DECLINED_CUE_NAMES: ReadonlySet<string> = new Set(['Bor', 'Dub', 'Buk', 'Lom', 'Hluk', 'Chlum', 'Hamr', 'Sloup', 'Val', 'Hrob']);
/** Real prepositions of place (not "region", "starosta"): the cue a declined short name needs. */
const TRUE_PREPOSITIONS: ReadonlySet<string> = new Set(['v', 've', 'na', 'z', 'ze', 'do', 'u', 'k', 'ke', 'od']);

/** Prepositions that open the name of a facility after an organisation word: "Domov Pod Hradem", "Klub Za Mostem". */
const NAME_PREPOSITIONS: ReadonlySet<string> = new Set([...TRUE_PREPOSITIONS, 'pod', 'nad', 'za', 'před', 'při', 'mezi']);

/**
 * Capitalised words that open a longer proper name a place name is only the end of: "Dolní Staré Město" (a part
 * of Trutnov, not the town Staré Město), "Horní Kamenice". The gazetteer takes the longest name it knows, so a
 * qualifier left before a found name marks a name it does not know.
 */
const NAME_QUALIFIER = /^(?:Dolní|Horní|Střední|Přední|Zadní|Vnitřní|Vnější|Nov[ýáéo]|Nového|Nové|Star[ýáéo]|Starého|Staré|Mal[ýáéo]|Malého|Malé|Velk[ýáéo]|Velkého|Velké|Česk[ýáéo]|Moravsk[ýáéo]|Slezsk[ýáéo])$/u;

/**
 * Words that open the name of an organisation or a facility ("Spolek Na Ostrově", "Domov U Potoka", "Klub
 * Na Mostě"): a capitalised preposition after them belongs to the name, and is no cue of place.
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'spolek', 'spolku', 'spolkem', 'domov', 'domova', 'domově', 'domovem', 'domovu', 'centrum', 'centra', 'centru', 'centrem',
  'nadace', 'nadaci', 'nadací', 'sdružení', 'sdružením', 'charita', 'charity', 'charitě', 'charitou', 'dům', 'domu',
  'domě', 'domem', 'klub', 'klubu', 'klubem', 'poradna', 'poradny', 'poradně', 'poradnou', 'společnost', 'společnosti',
  'středisko', 'střediska', 'středisku', 'azylový', 'azylového', 'azylovém', 'denní', 'denního', 'denním',
  'stacionář', 'stacionáře', 'stacionáři', 'ústav', 'ústavu', 'zařízení', 'hospic', 'hospice', 'hospici', 'penzion', 'penzionu',
]);

let firstNames: Set<string> | undefined;
function isFirstName(word: string): boolean {
  if (!firstNames) {
    const raw = JSON.parse(readFileSync(dataPath('first-names.json'), 'utf8')) as Record<string, unknown>;
    firstNames = new Set();
    for (const key of ['male', 'female', 'unisex']) for (const n of (raw[key] as string[] | undefined) ?? []) firstNames.add(n);
  }
  return firstNames.has(word);
}

export interface PlaceReading {
  mention: PlaceMention;
  hit: FormHit;
  /** the level the text says (context or the form) */
  level?: PlaceLevel;
}

const LIST_GLUE = /^\s*(?:,\s*(?:a\s+|i\s+)?|\s(?:a|i|nebo|či)\s)\s*$/u;
const PSC_BEFORE = /\d{3}[ \u00a0]?\d{2}[ \t\u00a0]*$/u;

function wordBefore(text: string, tokens: Token[], i: number, sep: RegExp): string | undefined {
  const prev = tokens[i - 1];
  if (!prev) return undefined;
  return sep.test(text.slice(prev.end, tokens[i].start)) ? prev.text : undefined;
}

/** Level a cue word implies, or 'any' for a cue of place without a level, or undefined for none. */
function cueLevel(word: string | undefined, word2: string | undefined): PlaceLevel | 'any' | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (OKRES_WORDS.has(w)) return 'okres';
  if (ORP_WORDS.has(w)) return 'orp';
  if (OBEC_WORDS.has(w)) return 'obec';
  if (DISTRICT_WORDS.has(w)) return 'mestska-cast';
  if (PLACE_PREPOSITIONS.has(w)) return 'any';
  if (word2 && /^(?:orp|okres|obec)$/iu.test(word2)) return 'any';
  return undefined;
}

function isTown(name: string): boolean {
  return (territories().byName.get(name) ?? []).some((u) => u.town) && !COMMON_WORD_TOWNS.has(name);
}

/**
 * "V Praze 9. března 2020" is Praha and a date, not the district Praha 9: a numbered district followed by a
 * full stop is read as the city alone.
 */
const DATE_AFTER_DISTRICT = /^\.\s?(?:\d|led|ún|břez|dub|květ|červ|srp|zář|říj|list|pros)/u;

function districtOrDate(text: string, tokens: Token[], m: PlaceMention): PlaceMention {
  if (m.lastToken === m.firstToken || !/^\p{N}+$/u.test(tokens[m.lastToken].text)) return m;
  if (!DATE_AFTER_DISTRICT.test(text.slice(m.end, m.end + 12))) return m;
  const before = tokens[m.firstToken - 1]?.text.toLowerCase();
  if (before && DISTRICT_WORDS.has(before)) return m;
  const head = tokens[m.firstToken];
  const hits = gazetteer().forms.get(head.text);
  if (!hits) return m;
  return { ...m, end: head.end, text: head.text, hits, lastToken: m.firstToken };
}

const LINE_LEAD = /(?:^|[\n\t])[ \t]*(?:[•·▪◦‣●○■□➢►*–-]|\d{1,3}[.)])?[ \t]*$/u;
const LINE_TAIL = /^[ \t]*(?:[,;.]|\(\p{L}[^\n\t]{0,40}\))?[ \t]*(?:[\n\t]|$)/u;
/** the smallest column of names that counts as a list of places (a table of obce, one a line) */
const MIN_COLUMN = 3;

/**
 * Mentions that stand alone on their line or table cell, three or more in a row: a list or a table of
 * places ("Bavorov\nBělčice\nBlatná …"), whose villages need no other cue.
 */
function columnOfNames(text: string, mentions: PlaceMention[]): Set<PlaceMention> {
  const out = new Set<PlaceMention>();
  let run: PlaceMention[] = [];
  const flush = () => {
    if (run.length >= MIN_COLUMN) for (const m of run) out.add(m);
    run = [];
  };
  for (const m of mentions) {
    const alone = LINE_LEAD.test(text.slice(Math.max(0, m.start - 12), m.start)) && LINE_TAIL.test(text.slice(m.end, m.end + 48));
    if (!alone) {
      flush();
      continue;
    }
    const prev = run[run.length - 1];
    if (prev && !/^[^\S\n\t]*[,;.]?(?:[ \t]*\([^\n\t]{0,40}\))?[ \t]*[\n\t][\s•·▪◦‣●○■□➢►*–\-\d.)]*$/u.test(text.slice(prev.end, m.start))) flush();
    run.push(m);
  }
  flush();
  return out;
}

/** Which reading of a form to try first: after "obec" or a PSČ the village, else the kraj or the town. */
function rankHit(h: FormHit, cue: PlaceLevel | 'any' | undefined, psc: boolean): number {
  if (cue === 'obec' || psc) return h.hint ? 0 : 1;
  return (h.hint === 'kraj' ? 2 : 0) + (isTown(h.name) ? 1 : 0);
}

/** Words before the first name of a list that make it a list of obce: "v menších obcích, jako jsou Vejprty nebo Blatno". */
const LIST_INTRO_WINDOW = 6;

/** Whether an obec word stands at most LIST_INTRO_WINDOW words before token `i`, in the same sentence and line. */
function obecWordBefore(text: string, tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - LIST_INTRO_WINDOW; k--) {
    if (/[.!?:;\n]/u.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
    if (OBEC_WORDS.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}

type Verdict = PlaceReading | 'never' | undefined;

/** "hl. m." or "hl.m." right before "Prahy", "Praze", "Praha" */
const CAPITAL_ABBREVIATION = /(?<![\p{L}])hl\.[ \u00a0]?m\.[ \u00a0]?$/iu;

/** "v Boru": a short village name declined and capitalised after a real preposition (see DECLINED_CUE_NAMES). */
function declinedAfterPreposition(h: FormHit, before: string | undefined, m: PlaceMention): boolean {
  return DECLINED_CUE_NAMES.has(h.name) && !h.nominative && !m.upper && before !== undefined
    && TRUE_PREPOSITIONS.has(before.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(m.text);
}

/**
 * A place name that is only the end of a longer proper name: after a name qualifier ("Dolní Staré Město"), or
 * after a capitalised preposition that follows an organisation word ("Spolek Na Ostrově", "Domov U Lesa").
 */
function inProperName(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !/^[ \t\u00a0]+$/u.test(text.slice(prev.end, tokens[i].start))) return false;
  if (NAME_QUALIFIER.test(prev.text)) return !sentenceStart(text, tokens, i - 1);
  if (!/^\p{Lu}\p{Ll}*$/u.test(prev.text) || !NAME_PREPOSITIONS.has(prev.text.toLowerCase())) return false;
  const org = tokens[i - 2];
  return org !== undefined && /^[ \t\u00a0]+$/u.test(text.slice(org.end, prev.start)) && ORGANISATION_WORDS.has(org.text.toLowerCase());
}

/** Whether token `k` opens a sentence, a line or a table cell. */
function sentenceStart(text: string, tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return true;
  return /[.!?:;\n\t|]/u.test(text.slice(before.end, tokens[k].start));
}

/**
 * The street line of an address: a name with a house number and then a PSČ ("Svárov 1080, 755 01 Vsetín",
 * "Palackého 12/3\n301 00 Plzeň") is a street; only the town after the PSČ is the municipality.
 */
const HOUSE_NUMBER_THEN_PSC = /^[ \t\u00a0]+\d{1,5}(?:\/\d{1,4})?\p{Ll}?[ \t\u00a0]*(?:,[ \t\u00a0]*|\r?\n[ \t\u00a0]*)\d{3}[ \u00a0]?\d{2}(?![\p{N}])/u;

/**
 * A name that opens the name of an organisation, lower-case words and a legal form after it: "Most k naději,
 * z. s.", "Ostrov naděje, o. p. s.". A town that closes the name ("Domov pro seniory Písek, p. o.") stays.
 */
const WORDS_THEN_LEGAL_FORM = new RegExp(String.raw`^(?:[ \t\u00a0]+\p{Ll}+){1,4},?[ \t\u00a0]*(?:${ORG_FORM})(?![\p{L}])`, 'u');

function beforeLegalForm(text: string, m: PlaceMention): boolean {
  return WORDS_THEN_LEGAL_FORM.test(text.slice(m.end, m.end + 80));
}

function streetLine(text: string, m: PlaceMention): boolean {
  return HOUSE_NUMBER_THEN_PSC.test(text.slice(m.end, m.end + 40));
}

/** The place mentions of a text that pass the context rules, each with the name it reads and its level. */
export function readPlaces(text: string): PlaceReading[] {
  const tokens = tokenize(text);
  const mentions = scanPlaceForms(text, tokens);
  const inColumn = columnOfNames(text, mentions);
  const inStreet = new Set<number>();
  for (const [a, b] of streetRanges(text, tokens)) for (let k = a; k <= b; k++) inStreet.add(k);

  /**
   * One mention read with what is known of its list: `listed` when it belongs to a list of places, `listLevel`
   * the level of that list. 'never' for a mention no list can make a place (a street, a person, an abbreviation
   * inside a number), undefined for one that needs more cue than it has.
   */
  const judge = (found: PlaceMention, listed: boolean, listLevel: PlaceLevel | undefined): Verdict => {
    const m = districtOrDate(text, tokens, found);
    const i = m.firstToken;
    const single = m.lastToken === m.firstToken;
    const before = wordBefore(text, tokens, i, /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$|^:[ \t\u00a0]*$/u);
    const before2 = before ? wordBefore(text, tokens, i - 1, /^[ \t\u00a0]+$/u) : undefined;
    const titleBefore = wordBefore(text, tokens, i, /^\.?[ \t\u00a0]+$/u);
    const next = tokens[m.lastToken + 1];
    const nextWord = next && /^[ \t\u00a0]+$/u.test(text.slice(m.end, next.start)) ? next.text : undefined;
    const cue = cueLevel(before, before2);
    const psc = PSC_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
    // a street or a person is never a place: "ul. Liberecká", "náměstí Krále Jiřího z Poděbrad", "Mgr. Kolín"
    if (titleBefore && (STREET_WORDS.has(titleBefore.toLowerCase()) || PERSON_WORDS.has(titleBefore.toLowerCase()))) return 'never';
    if (inStreet.has(i) || inPersonalName(text, tokens, i)) return 'never';
    if (inProperName(text, tokens, i) || streetLine(text, m) || beforeLegalForm(text, m)) return 'never';
    if (single && !m.hits.some((h) => h.hint === 'kraj')) {
      if ((before && isFirstName(before)) || (nextWord && isFirstName(nextWord) && !cue)) return 'never';
      // a given name that is also a village ("Jaroslav", "Miroslava", "Radim") before a surname
      if (nextWord && /^\p{Lu}/u.test(nextWord) && isFirstName(m.text)) return 'never';
    }
    if (m.hits.every((h) => h.abbreviation)) {
      const around = text.slice(Math.max(0, m.start - 1), m.start) + text.slice(m.end, m.end + 1);
      if (/[/.\d]/u.test(around)) return 'never';
    }
    const nominative = m.hits.filter((h) => h.nominative);
    const hits = (nominative.length ? nominative : [...m.hits]).sort((a, b) => rankHit(b, cue, psc) - rankHit(a, cue, psc));
    const strictCue = (cue !== undefined && cue !== 'any') || psc;
    let chosen: FormHit | undefined;
    for (const h of hits) {
      const strong = h.hint === 'kraj' || h.hint === 'mestska-cast' || h.region === true || !single;
      const ok = strong ? !m.upper || !single || cue !== undefined || isTown(h.name)
        : STRICT_CUE_NAMES.has(h.name) ? strictCue || (listed && listLevel === 'obec') || declinedAfterPreposition(h, before, m)
        : cue !== undefined || psc || listed || isTown(h.name);
      if (ok) {
        chosen = h;
        if (isTown(h.name) || strong) break;
      }
    }
    if (!chosen) return undefined;
    // "hl. m. Prahy": the abbreviation names the capital as its self-governing body, the kraj-level unit
    if (chosen.name === 'Praha' && CAPITAL_ABBREVIATION.test(text.slice(Math.max(0, m.start - 12), m.start))) {
      return { mention: m, hit: { name: PRAGUE_KRAJ, hint: 'kraj', nominative: chosen.nominative }, level: 'kraj' };
    }
    let level: PlaceLevel | undefined = chosen.hint;
    if (!level && cue && cue !== 'any') level = cue;
    if (!level && psc) level = 'obec';
    if (!level && listed && listLevel === 'obec') level = 'obec';
    // "SO ORP Ústí nad Labem", "ORP Kroměříž"
    if (!level && before && /^orp$/iu.test(before)) level = 'orp';
    return { mention: m, hit: chosen, ...(level ? { level } : {}) };
  };

  // first pass, left to right: a name continues the list of the place accepted just before it
  const verdicts: Verdict[] = [];
  let lastAccepted: PlaceReading | undefined;
  for (const found of mentions) {
    const listed = (lastAccepted !== undefined && LIST_GLUE.test(text.slice(lastAccepted.mention.end, found.start))) || inColumn.has(found);
    const v = judge(found, listed, lastAccepted?.level);
    verdicts.push(v);
    if (v && v !== 'never') lastAccepted = v;
  }

  // second pass: a list of names joined by commas, "a", "i", "nebo", "či" is a list of places when one of its
  // names is a place by itself or an obec word introduces it; then its other names are places too, before the
  // known one as well as after it ("Kaplice, Větřní, Horní Planá a Chvalšiny"). A lone name gets no such help.
  for (let a = 0; a < mentions.length; ) {
    let b = a;
    while (b + 1 < mentions.length && LIST_GLUE.test(text.slice(mentions[b].end, mentions[b + 1].start))) b++;
    if (b > a) {
      const members = verdicts.slice(a, b + 1);
      const known = members.filter((v): v is PlaceReading => v !== undefined && v !== 'never');
      const introduced = obecWordBefore(text, tokens, mentions[a].firstToken);
      if (known.length || introduced) {
        const level = introduced || known.some((v) => v.level === 'obec') ? 'obec' : known[0]?.level;
        for (let k = a; k <= b; k++) if (verdicts[k] === undefined) verdicts[k] = judge(mentions[k], true, level);
      }
    }
    a = b + 1;
  }
  return verdicts.filter((v): v is PlaceReading => v !== undefined && v !== 'never');
}
