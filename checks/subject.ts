import { ORDINAL_WORDS } from './constants.js';
import { fold } from './util.js';

/**
 * What a period belongs to, read from the words right before it: "Komunitní plán péče SO ORP Ústí nad Labem
 * 2018 – 2021" → head `plan`, words {komu, plan, pece, so, orp, usti, nad, labe}. Words are folded and cut to
 * four letters, which is enough to meet Czech case endings ("plánu", "komunitního").
 */
export interface Subject {
  /** the kind of document: plan, strategie, koncepce, program, projekt */
  head: string;
  /** stems of the name, the head included */
  words: Set<string>;
  /** its number in a series ("5. Komunitní plán", "Druhý v pořadí plán") */
  ordinal?: number;
  /** the name as written */
  text: string;
  start: number;
}

/** Nouns that head the name of a plan-like document, folded, in the cases a name takes. */
const HEADS: Readonly<Record<string, string>> = {
  plan: 'plan', planu: 'plan', planem: 'plan', plany: 'plan', planech: 'plan', planum: 'plan',
  strategie: 'strategie', strategii: 'strategie',
  koncepce: 'koncepce', koncepci: 'koncepce',
  program: 'program', programu: 'program', programem: 'program',
  projekt: 'projekt', projektu: 'projekt', projektem: 'projekt',
};

/** Words that end a name: a verb or a relative pronoun means the period belongs to a clause, not to the name. */
const CLAUSE = new Set([
  'je', 'jsou', 'byl', 'byla', 'bylo', 'byly', 'bude', 'budou', 'ktery', 'ktera', 'ktere', 'kterou', 'jenz',
  'aby', 'kde', 'ze', 'se', 'si', 'mel', 'mela', 'melo', 'ma', 'maji', 'tohoto', 'tento', 'tato', 'toto',
]);

/** Words inside a name that do not tell two plans apart. */
const FILLER = new Set([
  'na', 'pro', 'v', 've', 'a', 'z', 'ze', 'do', 'od', 'k', 'obdobi', 'let', 'leta', 'letech', 'roky', 'rok', 'roku',
  'rocni', 'vporadi', 'poradi', 'novy', 'noveho', 'nova', 'nove', 'navrh', 'navrhu', 'aktualizace', 'aktualizaci',
  'dokument', 'dokumentu', 'tvorba', 'tvorbu', 'tvorby', 'zpracovani',
]);

const MAX_NAME_WORDS = 16;
/** a name, then "je zpracován / bude realizován / byl schválen na období (let)" right before the period */
const PASSIVE_PERIOD = /\s+(?:je|jsou|bude|budou|byl[aoy]?)\s+\p{L}+(?:án|ána|áno|ány|en|ena|eno|eny|ný|ná|né)\s+(?:na|pro|v)\s+(?:období|léta|roky)(?:\s+let)?\s*$/iu;
const WORD = /\p{L}+|\d+\./gu;

/** The name a period at `start` belongs to, or undefined when the words before it do not name a document. */
export function subjectBefore(text: string, start: number): Subject | undefined {
  let from = Math.max(0, start - 300);
  let window = text.slice(from, start);
  // a name does not cross a blank line, a bracket, a colon or the end of a sentence
  const cut = lastCut(window);
  if (cut > 0) {
    from += cut;
    window = text.slice(from, start);
  }
  // "Komunitní plán je zpracován na období let 2020–2023": the name stands before the verb
  const passive = PASSIVE_PERIOD.exec(window);
  if (passive) window = window.slice(0, passive.index);
  const words = [...window.matchAll(WORD)].map((m) => ({ raw: m[0], folded: fold(m[0]), index: from + m.index }));
  let head = -1;
  for (let i = words.length - 1; i >= 0 && words.length - 1 - i <= MAX_NAME_WORDS; i--) {
    if (CLAUSE.has(words[i].folded)) return undefined;
    if (HEADS[words[i].folded]) {
      head = i;
      break;
    }
  }
  if (head < 0) return undefined;
  // modifiers: adjectives and an ordinal right before the head ("5. Komunitní", "Střednědobý", "Akční")
  let first = head;
  let ordinal: number | undefined;
  for (let i = head - 1; i >= 0 && head - i <= 3; i--) {
    const w = words[i].folded;
    if (text.slice(words[i].index, words[i + 1].index).includes('\n')) break;
    if (/^\d+\.$/.test(w)) {
      ordinal = Number(w.slice(0, -1));
      first = i;
      break;
    }
    if (ORDINAL_WORDS[w] !== undefined) {
      ordinal = ORDINAL_WORDS[w];
      first = i;
      break;
    }
    if (!/(?:i|y|eho|iho|emu|imu|ym|im|ych|ich|a|e)$/.test(w) || FILLER.has(w) || w.length < 4) break;
    first = i;
  }
  const stems = new Set<string>();
  for (let i = first; i < words.length; i++) {
    const w = words[i].folded;
    if (/^\d/.test(w) || FILLER.has(w) || ORDINAL_WORDS[w] !== undefined) continue;
    stems.add(w.length > 4 ? w.slice(0, 4) : w);
  }
  const subject: Subject = {
    head: HEADS[words[head].folded],
    words: stems,
    text: text.slice(words[first].index, start).trim().replace(/\s+/gu, ' '),
    start: words[first].index,
  };
  if (ordinal !== undefined) subject.ordinal = ordinal;
  return subject;
}

function lastCut(window: string): number {
  let cut = 0;
  // …nor a year: the words before an earlier period belong to that period
  for (const m of window.matchAll(/\n\s*\n|[()\[\]:;„“"!?]|[.](?=\s+\p{Lu})|\d{4}/gu)) {
    // "5. Komunitní plán": a dot after a number is an ordinal, not the end of a sentence
    if (m[0] === '.' && /\d$/.test(window.slice(0, m.index))) continue;
    cut = m.index + m[0].length;
  }
  return cut;
}

/**
 * Two names are the same document when they have the same head, one's words are all among the other's (a title
 * may shorten a name), they share at least one word besides the head, and their ordinals, if both are given, agree.
 */
export function sameSubject(a: Subject, b: Subject): boolean {
  if (a.head !== b.head) return false;
  if (a.ordinal !== undefined && b.ordinal !== undefined && a.ordinal !== b.ordinal) return false;
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  if (small.size < 2) return false;
  for (const w of small) if (!large.has(w)) return false;
  return true;
}
