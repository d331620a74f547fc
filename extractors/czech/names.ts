import { readDataJson } from './data.js';

/**
 * Czech given names (data/first-names.json, loaded once) with their case forms, and the morphology that
 * turns a surname written in another case back into the nominative.
 */

export type Gender = 'male' | 'female';
/** grammatical case of a written form */
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'loc' | 'ins' | 'voc';

export interface GivenReading {
  /** the nominative ("Janě" → "Jana") */
  name: string;
  gender: Gender;
  cases: Case[];
}

interface FirstNamesFile {
  male: string[];
  female: string[];
  unisex: string[];
}

/** Familiar forms that the data file lacks but documents use ("Hanka Lukešová"). */
const HYPOCORISTICS: Readonly<Record<Gender, readonly string[]>> = {
  female: ['Hanka', 'Katka', 'Jarka', 'Mirka', 'Zdena', 'Míša', 'Maruška', 'Danka', 'Janka', 'Terka', 'Verča', 'Lenka', 'Radka', 'Iva', 'Jitka', 'Gábina', 'Bára', 'Týna', 'Kamča', 'Áňa'],
  male: ['Honza', 'Pepa', 'Standa', 'Láďa', 'Jirka', 'Míra', 'Franta', 'Tonda', 'Vašek', 'Kuba', 'Zbyněk', 'Ruda', 'Mirek', 'Jarek', 'Radek', 'Zdeněk'],
};

const FILE = readDataJson<FirstNamesFile>('first-names.json');

const SOFTEN_DAT: Readonly<Record<string, string>> = { k: 'c', h: 'z', g: 'z', r: 'ř', ch: 'š' };
const VOWELS = /[aáeéěiíoóuúůyý]$/u;

/** Case forms of a female given name in -a / -e / a consonant. */
function femaleForms(n: string): [string, Case[]][] {
  const out: [string, Case[]][] = [[n, ['nom']]];
  if (n.endsWith('a')) {
    const stem = n.slice(0, -1);
    const last2 = stem.slice(-2), last = stem.slice(-1);
    let dat = `${stem}ě`;
    if (last2 === 'ch') dat = `${stem.slice(0, -2)}še`;
    else if (SOFTEN_DAT[last]) dat = `${stem.slice(0, -1)}${SOFTEN_DAT[last]}e`;
    else if (/[lszcjřžšťďň]$/u.test(stem)) dat = `${stem}e`;
    const soft = /[cjřžšťďň]$/u.test(stem);
    out.push([`${stem}${soft ? 'e' : 'y'}`, ['gen']], [dat, ['dat', 'loc']], [`${stem}u`, ['acc']], [`${stem}ou`, ['ins']], [`${stem}o`, ['voc']]);
  } else if (n.endsWith('e')) {
    const stem = n.slice(0, -1);
    out.push([`${stem}i`, ['dat', 'acc', 'loc']], [`${stem}í`, ['ins']]);
  }
  return out;
}

/** Case forms of a male given name in a consonant, -a, -í, -o. */
function maleForms(n: string): [string, Case[]][] {
  const out: [string, Case[]][] = [[n, ['nom']]];
  if (n.endsWith('a')) {
    const stem = n.slice(0, -1);
    out.push([`${stem}y`, ['gen']], [`${stem}ovi`, ['dat', 'loc']], [`${stem}u`, ['acc']], [`${stem}ou`, ['ins']]);
  } else if (n.endsWith('í')) {
    out.push([`${n}ho`, ['gen', 'acc']], [`${n}mu`, ['dat']], [`${n}m`, ['loc', 'ins']]);
  } else if (n.endsWith('o')) {
    const stem = n.slice(0, -1);
    out.push([`${stem}a`, ['gen', 'acc']], [`${stem}ovi`, ['dat', 'loc']], [`${stem}em`, ['ins']]);
  } else if (!VOWELS.test(n)) {
    // mobile e: Pavel → Pavla, Marek → Marka, Zdeněk → Zdeňka
    let stem = n;
    const mobile = /^(.*[^aeiouyáéíóúůý])(e|ě)([lkcn])$/u.exec(n);
    if (mobile && n.length > 4) stem = mobile[1].replace(/d$/u, mobile[2] === 'ě' ? 'ď' : 'd').replace(/n$/u, mobile[2] === 'ě' ? 'ň' : 'n').replace(/t$/u, mobile[2] === 'ě' ? 'ť' : 't') + mobile[3];
    const soft = /[cjřžšťďň]$/u.test(stem) || /(ec|eš|ež)$/u.test(n);
    out.push([`${stem}a`, ['gen', 'acc']], [`${stem}ovi`, ['dat', 'loc']], [`${stem}u`, ['dat', 'loc']], [`${stem}em`, ['ins']]);
    if (soft) out.push([`${stem}e`, ['gen', 'acc']]);
  }
  return out;
}

function buildGivenIndex(): Map<string, GivenReading[]> {
  const index = new Map<string, GivenReading[]>();
  const add = (form: string, reading: GivenReading) => {
    const list = index.get(form) ?? [];
    const same = list.find((r) => r.name === reading.name && r.gender === reading.gender);
    if (same) same.cases = [...new Set([...same.cases, ...reading.cases])];
    else list.push(reading);
    index.set(form, list);
  };
  const female = [...FILE.female, ...HYPOCORISTICS.female, ...FILE.unisex];
  const male = [...FILE.male, ...HYPOCORISTICS.male, ...FILE.unisex];
  for (const n of female) for (const [form, cases] of femaleForms(n)) add(form, { name: n, gender: 'female', cases });
  for (const n of male) for (const [form, cases] of maleForms(n)) add(form, { name: n, gender: 'male', cases });
  // a nominative reading first
  for (const list of index.values()) list.sort((a, b) => Number(b.cases.includes('nom')) - Number(a.cases.includes('nom')));
  return index;
}

const GIVEN_INDEX = buildGivenIndex();
const NOMINATIVE_GIVEN = new Set([...FILE.male, ...FILE.female, ...FILE.unisex, ...HYPOCORISTICS.female, ...HYPOCORISTICS.male]);

/** Readings of a written given-name form in any case ("Janě" → Jana, female, dat/loc). */
export function givenReadings(word: string): readonly GivenReading[] {
  return GIVEN_INDEX.get(word) ?? [];
}

/** Whether a word is a given name in the nominative ("Jana", "Petr"). */
export function isGivenName(word: string): boolean {
  return NOMINATIVE_GIVEN.has(word);
}

/** The gender a surname in the nominative suggests: -ová/-á female, -ý/-ský male, otherwise unknown. */
export function surnameGender(surname: string): Gender | undefined {
  if (/(ová|á)$/u.test(surname)) return 'female';
  if (/ý$/u.test(surname)) return 'male';
  return undefined;
}

/** The soft consonants that a mobile ě softened: "Bartůňk" → "Bartůněk", "Vaňk" → "Vaněk", "Hoťk" → "Hotěk". */
const SOFTENED: Readonly<Record<string, string>> = { 'ň': 'n', 'ť': 't', 'ď': 'd' };

/** Inserts the mobile e that a declined stem lost: "Kadlc" → "Kadlec", "Hájk" → "Hájek", "Staňk" → "Staněk". */
function withMobileE(stem: string): string | undefined {
  const m = /^(.*[^aeiouyáéíóúůýě])([lkcn])$/u.exec(stem);
  // a vowel before the cluster: "Čunk" → "Čunek", "Hájk" → "Hájek"; none: "Vlk" keeps its syllabic l
  // a syllabic l or r between consonants counts as a vowel: "Vlčk" → "Vlček"
  if (!m || !/[aeiouyáéíóúůýě]|[^aeiouyáéíóúůýě][lr][^aeiouyáéíóúůýě]/u.test(m[1])) return undefined;
  const soft = SOFTENED[m[1].slice(-1)];
  return soft ? `${m[1].slice(0, -1)}${soft}ě${m[2]}` : `${m[1]}e${m[2]}`;
}

/**
 * Whether a declined stem most likely belongs to a masculine surname in -a (declined like "předseda"):
 * a short vowel and d (Svoboda, Škoda, Lebeda), -zd/-žd/-ld (Brázda, Kolda), an obstruent and r (Vondra,
 * Vávra), an h that is no ch (Blaha). Surnames in a consonant rarely end so (Šmíd, David, Pilát, Novák do not
 * match). `A_STEM_LIKELY` adds -zk/-fk/-vk (Procházka, Kafka, Hlávka), where a mobile e (Šípek) is rarer,
 * and -iv (Kopřiva).
 */
const A_STEM = /(?:(?<![aeiouyáéíóúůýě])[aeou]d|[zžl]d|[dvbp]r|(?<!c)h)$/u;
const A_STEM_LIKELY = /(?:(?<![aeiouyáéíóúůýě])[aeou]d|[zžl]d|[dvbp]r|(?<!c)h|[zfv]k|iv)$/u;

/**
 * Nominative candidates for a surname written in a case, most likely first. `gender` and `grammaticalCase`
 * come from the given name beside it when there is one.
 */
export function surnameNominatives(written: string, gender?: Gender, grammaticalCase?: Case): string[] {
  const s = written;
  const out: string[] = [];
  const push = (x: string | undefined) => { if (x && x.length > 1 && !out.includes(x)) out.push(x); };
  const femaleRules = () => {
    if (/ové$/u.test(s)) push(s.replace(/ové$/u, 'ová'));
    else if (/ovou$/u.test(s)) push(s.replace(/ovou$/u, 'ová'));
    else if (/[^o]é$/u.test(s) && grammaticalCase !== 'nom') push(s.replace(/é$/u, 'á'));
    else if (/[^o]ou$/u.test(s) && grammaticalCase !== 'nom') push(s.replace(/ou$/u, 'á'));
  };
  const maleRules = () => {
    if (/ého$/u.test(s)) push(s.replace(/ého$/u, 'ý'));
    else if (/ému$/u.test(s)) push(s.replace(/ému$/u, 'ý'));
    else if (/ým$/u.test(s)) push(s.replace(/ým$/u, 'ý'));
    else if (/ího$/u.test(s)) push(s.replace(/ího$/u, 'í'));
    else if (/ímu$/u.test(s)) push(s.replace(/ímu$/u, 'í'));
    else if (/ovi$/u.test(s)) {
      const st = s.slice(0, -3);
      if (A_STEM_LIKELY.test(st)) push(`${st}a`);
      push(withMobileE(st)); push(st); push(`${st}a`);
    }
    else if (/[^aeiouyáéíóúůý]em$/u.test(s)) { const st = s.slice(0, -2); push(withMobileE(st)); push(st); }
    else if (/[^aeiouyáéíóúůý]ou$/u.test(s) && grammaticalCase !== 'nom') push(`${s.slice(0, -2)}a`);
    else if (/[^aeiouyáéíóúůý]y$/u.test(s) && grammaticalCase !== 'nom') push(`${s.slice(0, -1)}a`);
    else if (/[^aeiouyáéíóúůý]u$/u.test(s) && (grammaticalCase === 'acc' || grammaticalCase === 'dat' || grammaticalCase === 'loc')) {
      // the accusative of a surname in -a ("Svobodu"); a dative in -u of one in a consonant is rare ("Novákovi")
      const st = s.slice(0, -1);
      if (grammaticalCase === 'acc' || A_STEM_LIKELY.test(st)) { push(`${st}a`); push(withMobileE(st)); push(st); } else { push(withMobileE(st)); push(st); push(`${st}a`); }
    } else if (/[^aeiouyáéíóúůý]a$/u.test(s) && (grammaticalCase === 'gen' || grammaticalCase === 'acc')) {
      // "Nováka", "Marka"; but "Svoboda" is the nominative of a surname in -a, no genitive
      const st = s.slice(0, -1);
      if (!A_STEM.test(st)) { push(withMobileE(st)); push(st); }
    } else if (/[cjřžš]e$/u.test(s) && (grammaticalCase === 'gen' || grammaticalCase === 'acc')) {
      const st = s.slice(0, -1); push(withMobileE(st)); push(st);
    }
  };
  if (grammaticalCase === 'nom') { push(s); return out; }
  if (gender === 'female') femaleRules();
  else if (gender === 'male') maleRules();
  else {
    // no given name to tell: the ending decides where it can
    if (/(ové|ovou)$/u.test(s)) femaleRules();
    else if (/(ého|ému|ým|ího|ímu|ovi)$/u.test(s)) maleRules();
  }
  push(s);
  return out;
}
