/**
 * Czech declension of territorial names, by rule: the forms a name takes in the genitive, dative,
 * accusative, locative and instrumental ("Ústecký kraj" → "Ústeckého kraje", "v Ústeckém kraji";
 * "Teplice" → "Teplic", "v Teplicích"; "Liberec" → "v Liberci"; "Frýdek-Místek" → "ve Frýdku-Místku").
 *
 * The rules over-generate on purpose (both the singular and the plural reading of "-ice", both "-a" and
 * "-u" genitives of a masculine name): a surface form that Czech does not use is never written, so it costs
 * nothing, while a missing form loses a place. Only the part of a name before its first lower-case word
 * declines ("Ústí nad Labem" → "Ústím nad Labem"); each part of a hyphenated name declines on its own.
 */

/** Case slots, in a fixed order: nominative, genitive, dative, accusative, locative, instrumental. */
const CASES = 6;
type Forms = string[][]; // Forms[case] = variants

const NOM = 0, GEN = 1, DAT = 2, ACC = 3, LOC = 4, INS = 5;

function slots(): Forms {
  return Array.from({ length: CASES }, () => []);
}

function put(f: Forms, c: number, ...words: string[]): void {
  for (const w of words) if (w && !f[c].includes(w)) f[c].push(w);
}

/** The locative/dative "-ě" ending after a hard stem, with the consonant changes Czech writes. */
function softenE(stem: string): string[] {
  const last2 = stem.slice(-2);
  if (last2 === 'ch') return [`${stem.slice(0, -2)}še`];
  const last = stem.slice(-1);
  switch (last) {
    case 'h': return [`${stem.slice(0, -1)}ze`];
    case 'g': return [`${stem.slice(0, -1)}ze`];
    case 'k': return [`${stem.slice(0, -1)}ce`];
    case 'r': return [`${stem.slice(0, -1)}ře`];
    case 'd': case 't': case 'n': case 'b': case 'p': case 'v': case 'f': case 'm': return [`${stem}ě`];
    case 'l': case 's': case 'z': return [`${stem}e`];
    default: return [`${stem}e`];
  }
}

const SOFT_FINAL = /[žščřjcďťňľ]$/u;
const HARD_FINAL = /[bdfghkmnprstvzl]$|ch$/u;
const UNSOFTEN: Record<string, string> = { ň: 'n', ď: 'd', ť: 't' };

/** Forms of a noun (the head word of a name). */
export function nounForms(w: string): Forms {
  const f = slots();
  put(f, NOM, w);
  put(f, ACC, w);
  const lower = w.toLowerCase();
  if (/ce$/u.test(lower) || /[^aeiouyáéíóúůýě]e$/u.test(lower) || /ě$/u.test(lower)) {
    // soft feminine: plural (Teplice, Budějovice, Lázně) or singular (Bystřice, Police)
    const stem = w.slice(0, -1);
    const plStem = /ě$/u.test(lower) ? stem : stem;
    put(f, GEN, plStem, `${stem}í`, w);
    put(f, DAT, `${stem}ím`, `${stem}i`);
    put(f, LOC, `${stem}ích`, `${stem}i`);
    put(f, INS, `${stem}emi`, `${stem}ěmi`, `${stem}í`);
    return f;
  }
  if (/a$/u.test(lower) && !/[áéíóúý]$/u.test(lower)) {
    const stem = w.slice(0, -1);
    if (SOFT_FINAL.test(stem.toLowerCase())) {
      put(f, GEN, `${stem}e`);
      put(f, DAT, `${stem}i`);
      put(f, LOC, `${stem}i`);
    } else {
      put(f, GEN, `${stem}y`);
      put(f, DAT, ...softenE(stem));
      put(f, LOC, ...softenE(stem));
    }
    put(f, ACC, `${stem}u`);
    put(f, INS, `${stem}ou`);
    return f;
  }
  if (/o$/u.test(lower)) {
    const stem = w.slice(0, -1);
    put(f, GEN, `${stem}a`);
    put(f, DAT, `${stem}u`);
    if (/(k|h|g|ch)$/u.test(stem.toLowerCase())) put(f, LOC, `${stem}u`);
    put(f, LOC, ...softenE(stem), `${stem}u`);
    put(f, INS, `${stem}em`);
    return f;
  }
  if (/y$/u.test(lower)) {
    // plural: Klatovy, Louny, Rokycany, Vary, Křtiny
    const stem = w.slice(0, -1);
    put(f, GEN, stem, `${stem}ů`);
    put(f, DAT, `${stem}ům`, `${stem}ám`);
    put(f, LOC, `${stem}ech`, `${stem}ách`);
    put(f, INS, w, `${stem}ami`);
    return f;
  }
  if (/i$/u.test(lower)) {
    // plural soft masculine (Slavkovští? rare): keep as written, add -ích
    const stem = w.slice(0, -1);
    put(f, GEN, `${stem}ů`);
    put(f, LOC, `${stem}ích`);
    return f;
  }
  if (/í$/u.test(lower)) {
    // neuter -í: Ústí, Vrchlabí, Meziříčí
    put(f, GEN, w);
    put(f, DAT, `${w}m`);
    put(f, LOC, w);
    put(f, INS, `${w}m`);
    return f;
  }
  if (/[áéóúůý]$/u.test(lower)) return f; // indeclinable or adjectival: handled by the caller
  // consonant endings
  if (/ec$/u.test(lower) && w.length > 3) {
    const stem = `${w.slice(0, -2)}c`;
    put(f, GEN, `${stem}e`);
    put(f, DAT, `${stem}i`);
    put(f, LOC, `${stem}i`);
    put(f, INS, `${stem}em`);
  }
  if (/ek$/u.test(lower) && w.length > 3) {
    const stem = `${w.slice(0, -2)}k`;
    put(f, GEN, `${stem}u`, `${stem}a`);
    put(f, DAT, `${stem}u`);
    put(f, LOC, `${stem}u`, `${stem.slice(0, -1)}ce`);
    put(f, INS, `${stem}em`);
  }
  if (/eň$/u.test(lower) && w.length > 3) {
    const stem = `${w.slice(0, -2)}n`;
    put(f, GEN, `${stem}ě`);
    put(f, DAT, `${stem}i`);
    put(f, LOC, `${stem}i`);
    put(f, INS, `${stem}í`);
  }
  const lastChar = lower.slice(-1);
  if (SOFT_FINAL.test(lower)) {
    const unsoft = UNSOFTEN[lastChar];
    const stem = unsoft ? `${w.slice(0, -1)}${unsoft}` : w;
    const e = unsoft ? 'ě' : 'e';
    put(f, GEN, `${stem}${e}`);
    put(f, DAT, `${stem}i`, `${w}i`);
    put(f, LOC, `${stem}i`);
    put(f, INS, `${stem}í`, `${w}em`);
    return f;
  }
  if (HARD_FINAL.test(lower)) {
    // "Dvůr" → "Dvora", "Důl" → "Dolu": ů shortens to o before a case ending
    const short = /ů[^aeiouyáéíóúůýě]+$/u.test(w) ? w.replace(/ů([^aeiouyáéíóúůýě]+)$/u, 'o$1') : undefined;
    if (short) {
      put(f, GEN, `${short}a`, `${short}u`);
      put(f, DAT, `${short}u`);
      put(f, LOC, ...softenE(short), `${short}u`);
      put(f, INS, `${short}em`);
    }
    put(f, GEN, `${w}a`, `${w}u`);
    put(f, DAT, `${w}u`);
    put(f, LOC, ...softenE(w), `${w}u`);
    put(f, INS, `${w}em`);
    // feminine i-stems ending in a hard consonant ("Boleslav" → "Mladé Boleslavi")
    put(f, GEN, `${w}i`);
    put(f, DAT, `${w}i`);
    put(f, LOC, `${w}i`);
    put(f, INS, `${w}í`);
  }
  return f;
}

/** Forms of an adjective standing before the head noun, in both numbers (gender follows the ending). */
export function adjectiveForms(w: string): Forms {
  const f = slots();
  put(f, NOM, w);
  put(f, ACC, w);
  const stem2 = w.slice(0, -2);
  const stem1 = w.slice(0, -1);
  if (/ův$/u.test(w)) {
    put(f, GEN, `${stem2}ova`); put(f, DAT, `${stem2}ovu`); put(f, LOC, `${stem2}ově`); put(f, INS, `${stem2}ovým`);
  } else if (/ova$/u.test(w) || /ina$/u.test(w)) {
    put(f, GEN, `${stem1}y`); put(f, DAT, `${stem1}ě`); put(f, ACC, `${stem1}u`); put(f, LOC, `${stem1}ě`); put(f, INS, `${stem1}ou`);
  } else if (/ovo$/u.test(w)) {
    put(f, GEN, `${stem1}a`); put(f, DAT, `${stem1}u`); put(f, LOC, `${stem1}ě`); put(f, INS, `${stem1}ým`);
  } else if (/ovy$/u.test(w) || /iny$/u.test(w)) {
    put(f, GEN, `${stem1}ých`); put(f, DAT, `${stem1}ým`); put(f, LOC, `${stem1}ých`); put(f, INS, `${stem1}ými`);
  } else if (/ý$/u.test(w)) {
    put(f, GEN, `${stem1}ého`); put(f, DAT, `${stem1}ému`); put(f, LOC, `${stem1}ém`); put(f, INS, `${stem1}ým`);
  } else if (/á$/u.test(w)) {
    put(f, GEN, `${stem1}é`); put(f, DAT, `${stem1}é`); put(f, ACC, `${stem1}ou`); put(f, LOC, `${stem1}é`); put(f, INS, `${stem1}ou`);
  } else if (/é$/u.test(w)) {
    put(f, GEN, `${stem1}ého`, `${stem1}ých`); put(f, DAT, `${stem1}ému`, `${stem1}ým`);
    put(f, LOC, `${stem1}ém`, `${stem1}ých`); put(f, INS, `${stem1}ým`, `${stem1}ými`);
  } else if (/í$/u.test(w)) {
    put(f, GEN, `${w}ho`, `${w}ch`); put(f, DAT, `${w}mu`, `${w}m`); put(f, LOC, `${w}m`, `${w}ch`); put(f, INS, `${w}m`, `${w}mi`);
  }
  return f;
}

const ADJECTIVE = /(?:ý|á|é|í|ův|ova|ovo|ovy|ina|iny)$/u;
const MAX_VARIANTS = 48;

/** Forms of a run of words that decline together (adjectives then the head noun). */
function phraseForms(words: string[]): Forms {
  const perWord = words.map((w, i) => {
    const isLast = i === words.length - 1;
    if (!isLast && ADJECTIVE.test(w)) return adjectiveForms(w);
    if (isLast && words.length === 1 && /(?:ý|á|é)$/u.test(w)) return adjectiveForms(w); // Slaný, Karviná
    if (isLast && words.length > 1 && /(?:ý|á|é)$/u.test(w) && !ADJECTIVE.test(words[0] ?? '')) return adjectiveForms(w);
    const nf = nounForms(w);
    if (!isLast && nf[GEN].length === 0) {
      // a head noun followed by an indeclinable word ("Dvůr Králové"): decline the first
    }
    return nf;
  });
  const out = slots();
  for (let c = 0; c < CASES; c++) {
    let acc: string[] = [''];
    for (let i = 0; i < perWord.length; i++) {
      const variants = perWord[i][c].length ? perWord[i][c] : [words[i]];
      const next: string[] = [];
      for (const a of acc) for (const v of variants) if (next.length < MAX_VARIANTS) next.push(a ? `${a} ${v}` : v);
      acc = next;
    }
    put(out, c, ...acc);
  }
  return out;
}

/** Forms of one hyphen-free segment: the words before the first lower-case word decline, the rest stays. */
function segmentForms(segment: string): Forms {
  const words = segment.split(' ').filter(Boolean);
  let cut = words.findIndex((w, i) => i > 0 && !/^[\p{Lu}\p{N}]/u.test(w));
  if (cut < 0) cut = words.length;
  const head = words.slice(0, cut);
  const tail = words.slice(cut).join(' ');
  // "Dvůr Králové", "Hradec Králové": the second word is an old genitive and stays
  if (head.length === 2 && /é$/u.test(head[1]) && !ADJECTIVE.test(head[0])) {
    const first = phraseForms([head[0]]);
    return first.map((vs) => vs.map((v) => [v, head[1], tail].filter(Boolean).join(' ')));
  }
  const forms = phraseForms(head);
  return tail ? forms.map((vs) => vs.map((v) => `${v} ${tail}`)) : forms;
}

/**
 * Every surface form of a territorial name in the six cases (nominative first), without duplicates.
 * A hyphenated name declines in each part ("Frýdek-Místek" → "Frýdku-Místku").
 */
export function declineName(name: string): string[] {
  const segments = name.split('-');
  const perSegment = segments.map(segmentForms);
  const all = new Set<string>([name]);
  for (let c = 0; c < CASES; c++) {
    let acc: string[] = [''];
    for (let i = 0; i < perSegment.length; i++) {
      const variants = perSegment[i][c].length ? perSegment[i][c] : [segments[i]];
      const next: string[] = [];
      for (const a of acc) for (const v of variants) if (next.length < MAX_VARIANTS) next.push(i ? `${a}-${v}` : v);
      acc = next;
    }
    for (const a of acc) all.add(a);
  }
  return [...all];
}

/**
 * Region words that no rule gives ("Brněnsko", "Ústecko", "Mostecko"), with the town they are named after.
 */
export const IRREGULAR_REGIONS: Readonly<Record<string, string>> = {
  Brněnsko: 'Brno', Ústecko: 'Ústí nad Labem', Mostecko: 'Most', Karvinsko: 'Karviná', Kladensko: 'Kladno',
  Znojemsko: 'Znojmo', Českobudějovicko: 'České Budějovice', Novojičínsko: 'Nový Jičín', 'Frýdecko-Místecko': 'Frýdek-Místek',
  Hradecko: 'Hradec Králové', Královéhradecko: 'Hradec Králové', Karlovarsko: 'Karlovy Vary', Mladoboleslavsko: 'Mladá Boleslav',
  Jindřichohradecko: 'Jindřichův Hradec', Havlíčkobrodsko: 'Havlíčkův Brod', Uherskohradišťsko: 'Uherské Hradiště',
  Uherskobrodsko: 'Uherský Brod', Valašskomeziříčsko: 'Valašské Meziříčí', Českokrumlovsko: 'Český Krumlov',
  Kutnohorsko: 'Kutná Hora', Českolipsko: 'Česká Lípa', Písecko: 'Písek', Slánsko: 'Slaný', Blanensko: 'Blansko',
  Orlickoústecko: 'Ústí nad Orlicí', Orlovsko: 'Orlová', Jihlavsko: 'Jihlava', Velkomeziříčsko: 'Velké Meziříčí',
  Vysokomýtsko: 'Vysoké Mýto', Českotřebovsko: 'Česká Třebová', Moravskotřebovsko: 'Moravská Třebová',
  Novoměstsko: 'Nové Město na Moravě', Rožnovsko: 'Rožnov pod Radhoštěm', Kralupsko: 'Kralupy nad Vltavou',
  Mělnicko: 'Mělník', Hlinecko: 'Hlinsko', Litomyšlsko: 'Litomyšl', Sedlčansko: 'Sedlčany', Náchodsko: 'Náchod',
};

/** The cases of a region word ("Brněnsko" → "Brněnska", "na Brněnsku", "Brněnskem"). */
export function regionCases(base: string): string[] {
  const stem = base.slice(0, -1);
  return [base, `${stem}a`, `${stem}u`, `${stem}em`];
}

/**
 * The region word of a town ("Kroměříž" → "Kroměřížsko", "Teplice" → "Teplicko", "Liberec" → "Liberecko",
 * "Děčín" → "Děčínsko"), in its cases ("na Kroměřížsku"). Only where the rule is regular; irregular ones
 * ("Brno" → "Brněnsko", "Most" → "Mostecko") are left out rather than guessed.
 */
export function regionForms(name: string): string[] {
  // "Jablonec nad Nisou" → "Jablonecko", "Rychnov nad Kněžnou" → "Rychnovsko": the head word makes the region
  const town = /^[\p{Lu}][\p{Ll}]+ (?:nad|pod|na|u|v) /u.test(name) ? name.split(' ')[0] : name;
  if (/[\s-]/u.test(town)) return [];
  const lower = town.toLowerCase();
  let base: string | undefined;
  if (/ice$/u.test(lower)) base = `${town.slice(0, -1)}ko`;
  else if (/ec$/u.test(lower)) base = `${town}ko`;
  else if (/ník$/u.test(lower)) base = `${town.slice(0, -3)}nicko`;
  else if (/ka$/u.test(lower)) base = `${town.slice(0, -2)}sko`;
  else if (/ky$/u.test(lower)) base = undefined;
  else if (/[^e]c$/u.test(lower)) base = `${town}ko`; // Olomouc → Olomoucko
  else if (/[rn]k$/u.test(lower)) base = `${town.slice(0, -1)}sko`; // Šumperk → Šumpersko
  else if (/(?:st|[aeiouyáéíóúůýě]k|ch|h|g|c|s|z)$/u.test(lower)) base = undefined; // Most → Mostecko: irregular
  else if (/[bdfjlmnprtvžčšřďťň]$/u.test(lower)) base = `${town}sko`;
  else if (/[^aeiouy]a$/u.test(lower)) base = `${town.slice(0, -1)}sko`;
  else if (/[^aeiou]y$/u.test(lower)) base = `${town.slice(0, -1)}sko`;
  if (!base) return [];
  return regionCases(base);
}
