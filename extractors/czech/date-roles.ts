import type { DateRole } from '../../schema/index.js';
import { WEEKDAY_ALTERNATION } from './weekdays.js';
import { LETTER_OR_DIGIT, candidateMatchAll } from './candidate-match.js';

/**
 * The role of a date from the words around it (its line, the lines above, the sentence it stands in):
 * meeting, written, deadline, next_meeting, published, event or other. Read by extractors/fields/dates.ts.
 */

/** a weekday right before a date: "ve středu 22. 11. 2017", "čtvrtek, " */
export const WEEKDAY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<wd>${WEEKDAY_ALTERNATION})\s*,?\s*(?:dne\s+)?$`, 'iu');
const RESOLUTION_CUE = /(usnesení|usn\.|rozhodnutí|smlouv|zákon|vyhlášk)[^\n]{0,80}?(ze|z)\s+dne\s*$/iu;
const MINUTES_OF_CUE = /(zápis\p{L}*|jednání|zasedání|schůz\p{L}*|setkání)[^\n]{0,60}?(ze|z|konan\p{L}*)\s+dne\s*$/iu;
const MEETING_LABEL = /(datum(\s*(\/|a)\s*čas)?\.?(\s+(jednání|konání|setkání|schůze|zasedání))?|konan\p{L}*(\s+dne)?|termín\s+(jednání|konání|setkání)|jednání\s+dne)\s*[:.]?\s*$/iu;
const WRITTEN_LABEL = /(zaps[aá]\p{L}*|zpracova\p{L}*|vypracova\p{L}*|vyhotov\p{L}*)([^\n]{0,40}?dne\s*:?|:?[^\n]{0,60}?,)\s*$/iu;
/** "V Ostravě 9. března 2020", "V Praze dne 5. 5. 2019", "Kyjov, 15. 4. 2019", "Kyjov dne 15. 4. 2019" */
const PLACE_DATE_LINE = /^\s*(V\s+\p{Lu}[\p{L}\- ]{1,40}?,?\s*(dne\s*)?|\p{Lu}[\p{L}\- ]{1,40}?(,|\s+dne)\s*(dne\s*)?)$/u;
const RECORDER_NEARBY = /(zapsal|zapisovatel|zpracoval|vypracoval)/iu;
const DAY_LABEL_ALONE = /^\s*(dne|datum)\s*:?\s*$/iu;
const DEADLINE_LINE = /^\s*(T|Termín|Term\.|Lhůta)\s*:/u;
const DEADLINE_BEFORE = /(termín\p{L}*|nejpozději|lhůt\p{L}*|deadline)(\s+(do|dne))*\s*:?\s*$|(?<![\p{L}])do\s+(dne\s+)?$|(?<![\p{L}])T\s*:\s*$/iu;
const DEADLINE_AFTER = /^\s*(zašl|předlož|odevzd|dodaj|dodá|pošl|zaš)/iu;
const PUBLISHED_LABEL = /(publikováno|zveřejněno|vloženo|aktualizováno|datum\s+(zveřejnění|vydání|publikace))(\s+dne)?\s*:?\s*$/iu;
const PUBLISHED_AFTER = /^\s*([,|–\-]\s*(sekce|rubrika|kategorie|autor|zdroj|aktualit|redakce)|\s[|]\s*[^\n]{0,60}$|[,|]?\s*\d{1,2}:\d{2}|$)/iu;
const MEETING_NOUN = /(?<![\p{L}])(jednání|setkání|zasedání|schůz\p{L}*|porad[ay]|kulat\p{L}* stůl)/iu;
const NEXT_CUE = /(?<![\p{L}])(další\p{L}*|příští\p{L}*|následující\p{L}*)\s+(\p{L}+\s+){0,3}?(jednání|setkání|zasedání|schůz\p{L}*|porad\p{L}*)(?![\p{L}])/iu;
const FUTURE_CUE = /(?<![\p{L}])(uskuteční|bude\s+konat|se\s+bude\s+konat|koná\s+se|se\s+koná|(je|jsou|bylo|byla|bude)\s+(na)?plánován[oaéáý]?|naplánován[oaéáý]?|proběhne|svolá\p{L}*)(?![\p{L}])/iu;
const PAST_MEETING_CUE = /(uskutečnil\p{L}*|konal\p{L}*|proběhl\p{L}*|sešl\p{L}*)/iu;
const MINUTES_HEAD = /zápis/iu;
/** the title line of minutes: "Zápis z jednání pracovní skupiny 17. 10. 2017" */
const MINUTES_TITLE = /^\s*zápis\p{L}*\s+(z|ze|o)\s/iu;

/** The role of the date at [start, end) from the words around it. */
export function dateRole(text: string, start: number, end: number): DateRole {
  const f = { start, end };
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  let lineEnd = text.indexOf('\n', f.end);
  if (lineEnd < 0) lineEnd = text.length;
  // a weekday between a label and its date does not part them: "Datum konání: čtvrtek 7. 11. 2019"
  const pre = text.slice(lineStart, f.start).replace(WEEKDAY_BEFORE, '');
  const post = text.slice(f.end, lineEnd);
  const prevLines = linesBefore(text, lineStart, 4);
  const prev = prevLines.at(-1) ?? '';
  const clause = sentenceBefore(text, f.start);
  // the number of non-empty lines above, counted only where it decides (a line start of 1500 to 3000)
  const lineNo = () => (lineStart < 3000 ? text.slice(0, lineStart).split('\n').filter((l) => l.trim()).length : Infinity);

  if (PUBLISHED_LABEL.test(pre)) return 'published';
  if (WRITTEN_LABEL.test(pre)) return 'written';
  if (!pre.trim() && DAY_LABEL_ALONE.test(prev) && prevLines.slice(0, -1).some((l) => RECORDER_NEARBY.test(l))) return 'written';
  if (DAY_LABEL_ALONE.test(pre) && prevLines.some((l) => RECORDER_NEARBY.test(l))) return 'written';
  if (PLACE_DATE_LINE.test(pre) && !post.trim()) return 'written';
  if (MINUTES_OF_CUE.test(pre)) return 'meeting';
  if (RESOLUTION_CUE.test(pre)) return 'other';
  if (NEXT_CUE.test(clause) || (MEETING_NOUN.test(clause) && FUTURE_CUE.test(clause))) return 'next_meeting';
  if (DEADLINE_LINE.test(text.slice(lineStart, lineEnd)) || DEADLINE_BEFORE.test(pre) || DEADLINE_AFTER.test(post)) return 'deadline';
  if (MEETING_LABEL.test(pre) || (!pre.trim() && MEETING_LABEL.test(prev)) || MINUTES_TITLE.test(pre)) return 'meeting';
  if (!pre.trim() && (lineStart < 1500 || lineNo() < 12) && PUBLISHED_AFTER.test(post)) {
    const head = text.slice(0, lineStart);
    return MINUTES_HEAD.test(head) ? 'meeting' : 'published';
  }
  const sentence = `${clause} ${sentenceAfter(text, f.end)}`;
  if (MEETING_NOUN.test(sentence) && PAST_MEETING_CUE.test(sentence) && /(?<![\p{L}])dne\s*$/iu.test(pre)) return 'meeting';
  if (/(?<![\p{L}])ze?\s+dne\s*$/iu.test(pre)) return 'other';
  return 'event';
}

/** a sentence end: a word's last letter and a full stop, or a colon at a line's end; a list item's start */
const SENTENCE_END = /\p{L}{2}[.!?]\s+|[\p{L}\p{N}]{2}[.!?]\s+(?=\p{Lu})|:\s*\n|\n(?=\s*(?:[•·*\-–]|\d+[.)]\s))|\n(?=\p{Lu}[^\n]{0,60}\n)/gu;
/** where a SENTENCE_END can start (see candidate-match.ts) */
const SENTENCE_END_CANDIDATE = new RegExp(String.raw`${LETTER_OR_DIGIT}{2}[.!?]\s|:|\n`, 'g');
/** the end of the sentence after a position */
const SENTENCE_AFTER_END = /\p{L}{2}[.!?](\s|$)|[\p{L}\p{N}]{2}[.!?](?=\s+\p{Lu})|\n\s*\n|\n(?=\s*(?:[•·*\-–]|\d+[.)]\s))/gu;
const SENTENCE_AFTER_END_CANDIDATE = new RegExp(String.raw`${LETTER_OR_DIGIT}{2}[.!?]|\n`, 'g');

/** Up to `n` non-empty lines before a line start, nearest last. */
function linesBefore(text: string, lineStart: number, n: number): string[] {
  const out: string[] = [];
  let end = lineStart - 1;
  while (end > 0 && out.length < n) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim()) out.unshift(line);
    end = start - 1;
  }
  return out;
}

/** The sentence before a position, across the hard line breaks of a wrapped paragraph (at most 250 characters). */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 250);
  const window = text.slice(from, at);
  const cut = [...candidateMatchAll(window, SENTENCE_END, SENTENCE_END_CANDIDATE)].at(-1);
  return cut ? window.slice(cut.index + cut[0].length) : window;
}

/** The rest of the sentence after a position (at most 250 characters). */
function sentenceAfter(text: string, at: number): string {
  const window = text.slice(at, at + 250);
  const end = candidateMatchAll(window, SENTENCE_AFTER_END, SENTENCE_AFTER_END_CANDIDATE).next().value;
  return end ? window.slice(0, end.index + 3) : window;
}
