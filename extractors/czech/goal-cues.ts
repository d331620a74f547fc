import type { Goal } from '../../schema/index.js';

/**
 * Czech cues of goal statements, headings over lists of goals, and numbered priorities and measures.
 * Used by extractors/fields/goals.ts.
 */
export type GoalKind = NonNullable<Goal['kind']>;

/** Adjectives before "cílem": which kind of goal they make ("Hlavním cílem projektu je …"). */
export const GOAL_ADJECTIVES: ReadonlyArray<readonly [RegExp, GoalKind]> = [
  [/^(?:hlavn|základn|strategick|obecn|klíčov|jedin|nejdůležitějš)/iu, 'main-goal'],
  [/^(?:dílč|specifick|konkrétn|operativn)/iu, 'partial-goal'],
];

/** any adjective in the instrumental before "cílem"/"cíli": "Hlavním", "Dílčím", "Společným", "Hlavními" */
const ADJECTIVE = String.raw`(?:\p{L}+(?:ým|ím|ými|ími))`;
/**
 * "je", "bude", "bylo" … after a cue and up to five words of whose goal it is. A reflexive "se"/"si" among those
 * words makes "cílem" the object of a verb ("cílem se bude zabývat komise"), no statement of an aim.
 */
const COPULA = String.raw`(?:(?:\s+(?!(?:se|si)\s)[\p{L}\d–-][\p{L}\d.–-]*){0,5}?\s*,?\s+(?:je|jsou|bude|budou|bylo|byl|byla|zůstává|se\s+stal\p{L}*))`;

/**
 * Where a lower-case "cílem" opens a clause inside a sentence: after a relative pronoun ("…, jehož cílem je …"),
 * a conjunction that opens a clause ("shodli se, že cílem skupiny je …", "protože cílem je …", "… a cílem je …") or a comma,
 * semicolon or dash ("…, cílem je …").
 */
const CLAUSE_OPENER = String.raw`(?:(?<![\p{L}])(?:jehož|jejímž|jejichž|jejíž|že|protože|neboť|jelikož|přičemž|kde|a)\s+|[,;–—]\s*)`;

/**
 * Statement cues, each with the kind of goal it opens. A cue must open a sentence (an upper-case letter) or,
 * for "cílem", a clause (CLAUSE_OPENER); the statement is quoted from the cue to the end of the sentence.
 * A cue that opens with a word of any letters (ADJECTIVE) names the literal after that word and its white
 * space, its anchor: it is searched from the anchor's occurrences (word-before-match.ts).
 */
export const GOAL_STATEMENT_CUES: ReadonlyArray<readonly [RegExp, GoalKind, string?]> = [
  [new RegExp(String.raw`(?<![\p{L}])${ADJECTIVE}\s+cíl(?:em|e|i)${COPULA}`, 'gu'), 'goal', 'cíl'],
  [new RegExp(String.raw`(?<![\p{L}])(?:Cílem|(?<=${CLAUSE_OPENER})cílem)${COPULA}`, 'gu'), 'goal'],
  [new RegExp(String.raw`(?<![\p{L}])Záměrem${COPULA}`, 'gu'), 'aim'],
  [new RegExp(String.raw`(?<![\p{L}])(?:Posláním|Smyslem|Účelem)${COPULA}`, 'gu'), 'aim'],
  // "Předmětem jednání bylo …" names an agenda, not an aim
  [new RegExp(String.raw`(?<![\p{L}])Předmětem(?!\s+(?:jednání|setkání|schůze|schůzky|diskuse|diskuze|zápisu|porady)(?![\p{L}]))${COPULA}`, 'gu'), 'subject'],
  [
    new RegExp(
      String.raw`(?<![\p{L}])(?:Projekt|Plán|Dokument|Program|Služba|Činnost|Aktivit\p{L}*)(?:\s+[\p{L}]+){0,2}?\s+(?:(?:je|jsou|bude|budou|byl|byla|bylo|byly)\s+zaměřen\p{L}*|se\s+zaměřuj\p{L}*|se\s+zaměří|směřuje|usiluje)\s+(?:na|o|k)(?![\p{L}])`,
      'gu',
    ),
    'focus',
  ],
];

/**
 * Cues inside a sentence that make the whole sentence a goal: "Projekt si klade za cíl …",
 * "Plán si stanovil tyto cíle …". The statement starts at the sentence's start.
 */
export const GOAL_SENTENCE_CUES: ReadonlyArray<readonly [RegExp, GoalKind]> = [
  [/(?<![\p{L}])(?:si\s+)?(?:klade|kladl[aoy]?|kladou|stanovil[aoy]?|vytyčil[aoy]?)\s+(?:za\s+)?(?:(?:hlavní|tyto|následující|své)\s+)?(?:cíl|cíle)(?![\p{L}])/giu, 'goal'],
  [/(?<![\p{L}])s\s+cílem\s+(?=\p{Ll})/gu, 'goal'],
];

/** A heading over goals: "Cíl projektu:", "Cíle:", "Hlavní cíle plánu", "Strategické cíle" (at most eight words). */
export const GOAL_HEADING = /^(?:[\p{L}.]+\s+){0,3}(?<word>cíl(?:e|ů|y)?|priorit(?:y|a)|prioritní oblasti)(?:\s+(?:[\p{L}.,]+|(?:19|20)\d{2})){0,4}\s*:?$/iu;
/** "Cíl projektu: Zvýšit dostupnost …" — a heading word, a colon, and the goal on the same line */
export const GOAL_INLINE_HEADING = /^(?:[\p{L}.]+ +){0,2}(?:cíl(?:e|y)?|záměr)(?: +[\p{L}.]+){0,2} *(?::|\t) *(?=\S)/iu;
/** The last sentence of a paragraph that introduces a list of goals: "Jednotlivé oblasti jsou rozděleny do cílů:" */
export const GOAL_LIST_INTRO = /(?<![\p{L}])(?<word>cíl(?:e|ů|y|ům|ech|i|em)?|priorit(?:y|a|ami|ách)?)(?![\p{L}])[^.!?]*:\s*$/iu;

/**
 * A numbered priority, measure or goal opening a line: "Priorita 1 – …", "Opatření 1.2 …", "Cíl 2: …",
 * "PRIORITA B …". The label is read in any case, so a lettered or Roman number is checked apart (`numberedGoal`).
 */
export const NUMBERED_GOAL = /^(?<label>Priorita(?: oblast)?|Prioritní oblast|Opatření|Cíl|Specifický cíl|Strategický cíl|Dílčí cíl|Obecný cíl)\s+(?:č\.\s*)?(?<num>\d{1,2}(?:\.\d{1,2}){0,3}|[A-Z](?![\p{L}])|[IVX]{1,4}(?![\p{L}]))\.?\s*(?:[:–—-]\s*)?(?=[\p{L}„"])/iu;

/**
 * NUMBERED_GOAL at the start of `line`, or null. A letter or a Roman numeral must be written in capitals: in
 * "Priority a opatření" or "Cíle i opatření" the lower-case "a", "i" is a conjunction of a heading, no number.
 */
export function numberedGoal(line: string): RegExpExecArray | null {
  const m = NUMBERED_GOAL.exec(line);
  if (!m) return null;
  const num = m.groups!.num;
  return num === num.toUpperCase() ? m : null;
}

export function numberedKind(label: string): GoalKind {
  if (/^priorit/iu.test(label)) return 'priority';
  if (/^opatření/iu.test(label)) return 'measure';
  if (/^(?:specifický|dílčí)/iu.test(label)) return 'partial-goal';
  if (/^(?:strategický|obecný)/iu.test(label)) return 'main-goal';
  return 'goal';
}

/** A bullet opening a list item: "•", "·", "–", "1)", "a)" */
export const BULLET_PREFIX = /^\s*(?:[•·▪◦‣∙●○■□➢►✓✔*–—\uf0b7\uf0a7\uf0d8-]|\d{1,2}[.)]|[a-z][.)])\s*/u;

/** Longest goal text, in words: annotators cut after ~20 words and the scorer rejects texts four times longer. */
export const MAX_GOAL_WORDS = 60;
/** A colon after at least this many words ends the statement ("Cílem je podpora … služby: sociálně …"). */
export const COLON_CUT_WORDS = 8;
/** At most this many sentences of a paragraph under a goal heading count as goals. */
export const MAX_SENTENCES_UNDER_HEADING = 3;
