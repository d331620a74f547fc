import type { ExtractedFields, Kind, ParsedDocument } from '../../schema/index.js';
import { openingSpan } from './territory.js';
import { fastMatchAll } from '../czech/fast-match.js';

type Span = { start: number; end: number };

/**
 * The kind of a document, by the annotators' definitions: `minutes` a record of a meeting (zápis);
 * `project` a page or report about a funded project (registration number, budget, realisation period);
 * `news` an article or announcement, a narrative report of a meeting included; `plan` a plan or a page
 * about plans; `other` anything else.
 *
 * Cues are weighted and counted over the whole text, a cue in the title and the opening lines counting
 * most. The decision then follows what a reader looks at first: a record of a meeting is minutes whatever
 * it discusses; a page with a project's registration number *and* its budget or realisation period is about
 * the project; a dated or narrative piece is news; a page that names plans is about plans.
 */

interface Cue {
  re: RegExp;
  weight: number;
  /** counted at most this many times in the body */
  max?: number;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const rx = (s: string, flags = 'giu') => new RegExp(s.replace(/\\b</g, L).replace(/\\b>/g, R), flags);

/** Headings and labels of minutes. */
export const MINUTES_CUES: readonly Cue[] = [
  { re: rx('^\\s*zápis\\b>(?:\\s+(?:z|ze|o)\\b>)?', 'gimu'), weight: 6, max: 1 },
  { re: rx('^\\s*(?:přítomni|přítomno|účastníci|omluveni|omluven[aý]?|neomluveni|neomluven[aý]?|hosté|host)\\b>[^\\n:]{0,30}:', 'gimu'), weight: 2, max: 4 },
  { re: rx('^\\s*(?:zapsal[a]?|zapisovatel(?:ka)?|ověřovatel(?:é|ka)?|schválil[a]?)\\b>\\s*:?', 'gimu'), weight: 2, max: 2 },
  { re: rx('\\b<(?:program|průběh) jednání\\b>|\\b<průběh hlasování\\b>|\\b<zdržel se\\b>'), weight: 1.5, max: 2 },
  { re: rx('\\b<(?:jednání|zasedání|schůze)\\b>[^\\n]{0,40}\\b<konané(?:ho)?\\b>'), weight: 2, max: 1 },
  { re: rx('\\b<zápis(?:u)? (?:z|ze|o|č\\.)\\s'), weight: 2, max: 1 },
  { re: rx('^\\s*(?:program|usnesení|ověřil[a]?|termín (?:dalšího|příštího) (?:jednání|setkání))\\b>\\s*:', 'gimu'), weight: 1.5, max: 2 },
  // "2. jednání Komise pro sociální oblast": a meeting named in the title (weighs only there, three times)
  { re: rx('\\b<(?:jednání|zasedání|schůze|porada|porady)\\b>'), weight: 1, max: 1 },
];

/** A funded project: registration number, budget lines, realisation period, the project's aims. */
export const PROJECT_HARD_CUES: readonly Cue[] = [
  { re: rx('\\b<celkov[éá] (?:způsobilé )?náklady\\b>|\\b<výše dotace\\b>|\\b<způsobilé výdaje\\b>|\\b<rozpočet projektu\\b>|\\b<(?:vlastní )?spolufinancování\\b>[^\\n]{0,40}\\d[\\d  .,]*\\s*(?:Kč|,-)|\\b<dotace (?:z|ze)\\b>[^\\n]{0,60}\\d[\\d  .,]*\\s*(?:Kč|,-)'), weight: 2, max: 3 },
  { re: rx('\\b<(?:doba|období|termín) (?:realizace|trvání)\\b>|\\b<realizace projektu\\b>|\\b<projekt (?:bude|byl|je) realizován\\b>|\\b<(?:zahájení|ukončení|harmonogram) projektu\\b>|^\\s*realizace\\s*:', 'gimu'), weight: 2, max: 2 },
];
export const PROJECT_CUES: readonly Cue[] = [
  { re: /CZ\.\d{2}\.\d{1,2}\.\d{1,3}\/\d\.\d\/\d\.\d\/\d{2}_\d{3}\/\d{7}/gu, weight: 3, max: 1 },
  { re: rx('\\b<registrační číslo\\b>|\\b<reg\\.\\s*(?:č|číslo)\\b>|\\b<projekt č\\.'), weight: 1, max: 1 },
  { re: rx('\\b<(?:hlavním |dílčím )?cíl(?:em)? projektu\\b>|\\b<předmětem projektu\\b>|\\b<aktivity projektu\\b>'), weight: 1, max: 2 },
  { re: rx('\\b<název projektu\\b>|\\b<příjemce (?:dotace|podpory)\\b>|\\b<(?:je|byl|bude) (?:spolu)?financován\\p{L}* (?:z|ze|Evropskou)\\b>'), weight: 1, max: 2 },
  { re: rx('\\b<projekt(?:u|em|y|ů)?\\b>'), weight: 0.3, max: 5 },
];

/** An article: a date line under the title, a section of news, narrative verbs of something that happened. */
export const NEWS_CUES: readonly Cue[] = [
  { re: rx('^\\s*(?:(?:publikováno|zveřejněno|vloženo|datum(?: zveřejnění| vydání| vložení)?|aktualizováno|přidáno)\\s*:?\\s*)?(?:(?:pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle),?\\s+)?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{1,2}\\.\\s+(?:ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)\\s+\\d{4})(?:\\s+\\d{1,2}:\\d{2})?\\s*(?:[,|][^\\n]{0,40})?$', 'gimu'), weight: 4, max: 1 },
  { re: rx('\\b<(?:aktuality|aktualita|tisková zpráva|novinky)\\b>'), weight: 2, max: 1 },
  { re: rx('\\b<(?:se )?(?:uskutečnil[oa]?|konal[oa]?|proběhl[oa]?|zúčastnil[oia]?|zahájil[oa]?|představil[oa]?)\\b>'), weight: 1.5, max: 4 },
  { re: rx('\\b<(?:město|obec|kraj|rada města|zastupitelstvo) (?:podá|podalo|schválil[ao]?|získal[ao]?|připravuje|zahájil[ao]?)\\b>'), weight: 2, max: 2 },
  // a title that names an event or its outcome: "Setkání vedoucích …", "Výstupy z komunitních plánování"
  { re: rx('^\\s*(?:setkání|konference|seminář|workshop|kulatý stůl|veřejné projednání|výstupy z|ohlédnutí|pozvánka|proběhl[oa]?)\\b>', 'gimu'), weight: 2, max: 1 },
  // "Dne 7. 6. 2012 se … uskutečnilo": a dated narrative sentence
  { re: rx('(?:^|[.!?]\\s+)Dne \\d{1,2}\\.\\s?(?:\\d{1,2}\\.|\\p{L}+)\\s?\\d{4} (?:se|byl[aoy]?|proběhl)\\b>', 'gmu'), weight: 2, max: 2 },
];

/** Plans by name: "Střednědobý plán rozvoje sociálních služeb", "Komunitní plán", "Akční plán". */
export const PLAN_CUES: readonly Cue[] = [
  { re: rx('\\b<(?:střednědob|komunitn|akčn|jednolet)\\p{L}* plán\\p{L}*|\\b<plán\\p{L}* (?:rozvoje )?(?:sociálních|péče)\\b>'), weight: 1, max: 5 },
  { re: rx('^\\s*(?:priorita|opatření|swot)\\b>', 'gimu'), weight: 0.5, max: 4 },
  { re: rx('\\b<připravujeme\\b>|\\b<na (?:období|léta|roky)\\b>\\s*(?:let\\s*)?\\d{4}'), weight: 0.5, max: 2 },
];

/** Not one of the four: a methodology, a handbook, a thesis (named in the title). */
export const OTHER_CUES: readonly Cue[] = [
  { re: rx('\\b<(?:metodika|metodický pokyn|příručka|manuál|bakalářská práce|diplomová práce|disertační práce|výroční zpráva|katalog poskytovatelů)\\b>'), weight: 1, max: 1 },
];

/**
 * A study as the document's own subject, named in its title: an analysis, a questionnaire survey and its results,
 * an evaluation, a background paper ("Analýza potřeb obyvatel …", "Výsledky dotazníkového šetření – podkladový
 * materiál pro komunitní plánování"). Counted in the opening only.
 */
export const STUDY_CUES: readonly Cue[] = [
  { re: rx('\\b<(?:analýz[ay]|analýzou|dotazníkov\\p{L}* šetření|výsledky (?:\\p{L}+ )?šetření|šetření potřeb|průzkum\\p{L}*|evaluac\\p{L}*|evaluační zpráv\\p{L}*|podkladov\\p{L}* materiál\\p{L}*)\\b>'), weight: 1, max: 1 },
];
/** A title that opens with a plan's name: the document is the plan, whatever study it holds. */
const PLAN_TITLE = rx('^\\s*(?:(?:střednědob|komunitn|akčn|jednolet|strategick)\\p{L}* )?plán\\p{L}*\\b>', 'iu');

/** a plan named as a heading ("AKČNÍ PLÁN ROZVOJE …"), not "plánování" */
const PLAN_HEADING = rx('^\\s*(?:(?:střednědob|komunitn|akčn|jednolet|strategick)\\p{L}* )?plán(?:u|em|y|ů)?\\b>', 'iu');
/** how many of the first non-empty lines may hold the heading: the issuer's name and department stand above it */
const HEADING_LINES = 4;

const OPENING_FACTOR = 3;

/** The weighted count of cues: a match in the opening weighs OPENING_FACTOR times. */
export function cueScore(text: string, cues: readonly Cue[], opening: Span = openingSpan(text)): number {
  let score = 0;
  for (const cue of cues) {
    let n = 0;
    for (const m of fastMatchAll(text, cue.re)) {
      if (cue.max !== undefined && n >= cue.max) break;
      n++;
      score += cue.weight * (m.index >= opening.start && m.index < opening.end ? OPENING_FACTOR : 1);
    }
  }
  return score;
}

export interface KindScores {
  minutes: number;
  projectHard: number;
  project: number;
  news: number;
  plan: number;
  other: number;
  /** an analysis, survey or evaluation named in the title */
  study: number;
  /** the title opens with the name of a plan */
  planTitle: boolean;
  /** one of the first lines is a plan's name, under the issuer's ("Město Kopřivnice" / "AKČNÍ PLÁN …") */
  planHeading: boolean;
}

/** Each score of KindScores as a function, computed on first call and kept. */
type LazyScores = { [K in keyof KindScores]: () => KindScores[K] };

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

export function lazyScores(text: string): LazyScores {
  const opening = openingSpan(text);
  const head = text.slice(0, Math.max(opening.end, 400));
  return {
    // minutes are told by their opening: a zápis heading and the attendance labels
    minutes: once(() => cueScore(head, MINUTES_CUES.slice(0, 1), opening) + cueScore(text, MINUTES_CUES.slice(1), opening)),
    projectHard: once(() => cueScore(text, PROJECT_HARD_CUES, opening)),
    project: once(() => cueScore(text, PROJECT_CUES, opening) + (/projekt/iu.test(text.slice(opening.start, opening.end)) ? 3 : 0)),
    news: once(() => cueScore(text, NEWS_CUES, opening)),
    plan: once(() => cueScore(text, PLAN_CUES, opening)),
    other: once(() => cueScore(text.slice(0, opening.end), OTHER_CUES, opening)),
    study: once(() => cueScore(text.slice(opening.start, opening.end), STUDY_CUES, { start: 0, end: opening.end - opening.start })),
    planTitle: once(() => PLAN_TITLE.test(text.slice(opening.start, opening.end))),
    planHeading: once(() => firstLines(text, HEADING_LINES).some((l) => PLAN_HEADING.test(l))),
  };
}

/** The first `n` lines that hold more than a few characters. */
function firstLines(text: string, n: number): string[] {
  const out: string[] = [];
  for (let s = 0; s < text.length && out.length < n; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const line = text.slice(s, e).trim();
    if (line.length > 3) out.push(line);
    s = e + 1;
  }
  return out;
}

export function kindScores(text: string): KindScores {
  const s = lazyScores(text);
  return {
    minutes: s.minutes(),
    projectHard: s.projectHard(),
    project: s.project(),
    news: s.news(),
    plan: s.plan(),
    other: s.other(),
    study: s.study(),
    planTitle: s.planTitle(),
    planHeading: s.planHeading(),
  };
}

/** Thresholds of the decision, in cue points. */
const MINUTES_MIN = 6;
const PROJECT_MIN = 2;
const NEWS_MIN = 3;
const PLAN_MIN = 2;
const OTHER_MIN = 3;

/** The decision over the scores; each score is computed only when a step needs it (minutes need no plan score). */
export function classifyKind(doc: ParsedDocument, _fields?: ExtractedFields): Kind {
  const s = lazyScores(doc.text);
  if (s.minutes() >= MINUTES_MIN && s.minutes() >= s.news()) return 'minutes';
  if (s.other() >= OTHER_MIN) return 'other';
  // a project outweighs the plans it names and, being about one project, any narrative of an event around it
  // (a conference report that names a project's budget is news)
  const projectScore = s.projectHard() + s.project();
  if (s.projectHard() >= PROJECT_MIN && s.project() >= PROJECT_MIN && projectScore >= s.plan() && projectScore >= s.news()) return 'project';
  // a plan headed by its name is the plan, even where it tells what was approved when (an action plan)
  if (s.planHeading() && s.plan() >= PLAN_MIN && s.plan() >= s.news()) return 'plan';
  if (s.news() >= NEWS_MIN && s.news() + 1 >= s.plan() / 2) return 'news';
  // an analysis or survey for planning is no plan itself ("… podkladový materiál pro komunitní plánování")
  if (s.study() >= OTHER_MIN && !s.planTitle()) return 'other';
  if (s.plan() >= PLAN_MIN) return 'plan';
  if (s.projectHard() + s.project() >= PROJECT_MIN + 1) return 'project';
  return 'other';
}
