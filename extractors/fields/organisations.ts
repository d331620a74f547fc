import type { Organisation } from '../../schema/index.js';
import { BODY_NAME, FIXED_BODY_NAME, MAS_NAME, NAME_CONNECTORS, ORG_FORM, ORG_FORMS } from '../czech/org-forms.js';
import { evidenceAt } from '../czech/field-spans.js';
import { fastMatchAll, stickyOf } from '../czech/fast-match.js';
import { defineExtractor, type ExtractContext } from '../types.js';

/**
 * Organisations (not scored): a name followed by its legal form ("SOS Šumavsko, z. ú.", "RomPraha, z.s.",
 * "NETservis s.r.o."), local action groups ("MAS Šumavsko"), and public bodies and large providers named by
 * their opening words ("Krajský úřad Ústeckého kraje", "Charita Strakonice"). `name` is the name without the
 * form; `form` the canonical legal form. Each distinct name once.
 */

/** a legal form after a name and an optional comma, not followed by a letter */
export const NAME_THEN_FORM = new RegExp(String.raw`,?\s*(?<form>${ORG_FORM})(?![\p{L}])`, 'gu');
/** a public body: its opening words and up to four capitalised (or connecting) words after them */
export const PUBLIC_BODY = new RegExp(
  String.raw`(?<![\p{L}])${BODY_NAME}(?: (?:[\p{Lu}][\p{L}.-]*|nad|pod|města|kraje|obce|městské|části|republiky|ČR)){0,4}`,
  'gu',
);
export const FIXED_BODY = new RegExp(String.raw`(?<![\p{L}])${FIXED_BODY_NAME}`, 'gu');

/** a legal form alone: where every match of NAME_THEN_FORM has its form */
const FORM_AT = new RegExp(String.raw`(?:${ORG_FORM})(?![\p{L}])`, 'gu');
const SPACE = /^\s$/u;

/**
 * The matches of NAME_THEN_FORM, as `text.matchAll` gives them. The pattern opens with an optional comma and
 * white space, so V8 would try it at every position; every match starts at the comma or white space before a
 * legal form, so the forms are found first (overlapping) and the pattern, sticky, is tried where their run of
 * comma and white space begins.
 */
function* nameThenFormAll(text: string): IterableIterator<RegExpExecArray> {
  const exact = stickyOf(NAME_THEN_FORM);
  const form = new RegExp(FORM_AT.source, 'gu');
  let pos = 0; // where matchAll would search on from: a match does not overlap the one before it
  for (let f = form.exec(text); f; f = form.exec(text)) {
    form.lastIndex = f.index + 1;
    let p = f.index;
    while (p > 0 && SPACE.test(text[p - 1])) p--;
    if (p > 0 && text[p - 1] === ',') p--;
    const start = Math.max(p, pos);
    if (start > f.index) continue;
    exact.lastIndex = start;
    const m = exact.exec(text);
    if (m) {
      yield m;
      pos = start + Math.max(1, m[0].length);
    }
  }
}

export const organisationsExtractor = defineExtractor({
  id: 'organisations',
  field: 'organisations',
  extract(ctx: ExtractContext): Organisation[] {
    const { text } = ctx;
    const out: Organisation[] = [];
    const push = (name: string, start: number, end: number, form?: string) => {
      const item: Organisation = { name, evidence: evidenceAt(text, start, end), extractor: 'organisations' };
      if (form) item.form = form;
      out.push(item);
    };

    for (const m of nameThenFormAll(text)) {
      const nameStart = nameBefore(text, m.index!);
      if (nameStart === undefined) continue;
      const name = text.slice(nameStart, m.index!).replace(/\s+/g, ' ').trim();
      const written = m.groups!.form;
      const form = ORG_FORMS.find(([re]) => new RegExp(`^(?:${re})$`, 'u').test(written))?.[1];
      push(name, nameStart, m.index! + m[0].length, form);
    }
    for (const re of [MAS_NAME, FIXED_BODY, PUBLIC_BODY]) {
      for (const m of fastMatchAll(text, re)) {
        const raw = m[0].replace(/[.,]+$/u, '');
        const name = raw.replace(/\s+/g, ' ').trim();
        if (out.some((o) => m.index! < o.evidence.end && m.index! + m[0].length > o.evidence.start)) continue;
        push(name, m.index!, m.index! + raw.length);
      }
    }

    out.sort((a, b) => a.evidence.start - b.evidence.start);
    const seen = new Set<string>();
    return out.filter((o) => (seen.has(o.name.toLowerCase()) ? false : (seen.add(o.name.toLowerCase()), true)));
  },
});

/** Words that end a name to their left: verbs and the auxiliaries of a sentence. */
const VERB_LIKE = /^(?:je|jsou|byl[aoiy]?|bude|budou|má|mají|není|jako|který|která|které|jenž|jež)$|(?:uje|ují|ala|alo|ali|aly|ila|ilo|ili|ily|ela|elo|eli|ěla|ěli|ají|ejí|ovat|nout|ává|ívá|ána|ány|eno|ena|eny|ila|uje)$/u;

/** Lower-case nouns that name what an organisation is and stand before its name: "organizaci RomPraha". */
const TYPE_NOUN = /^(?:organizac\p{L}*|spol(?:ek|ku|kem|ky|ků)|společnost\p{L}*|sdružení|firm\p{L}*|poskytovatel\p{L}*|provozovatel\p{L}*|ústav\p{L}*|nadac\p{L}*|zástupc\p{L}*|zástupce|partner\p{L}*|příjemce|žadatel\p{L}*)$/u;

/**
 * Where the name before a legal form starts: walk back over capitalised words, digits and connecting words
 * on the same line, at most eight words; the name must start with a capital letter or a digit.
 */
function nameBefore(text: string, formAt: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', formAt - 1) + 1;
  const before = text.slice(lineStart, formAt);
  const tokens = [...before.matchAll(/[^\s,;:()„“"]+/gu)];
  let start: number | undefined;
  let words = 0;
  let lowerRun = 0;
  for (let i = tokens.length - 1; i >= 0 && words < 8; i--) {
    const t = tokens[i];
    const tEnd = t.index! + t[0].length;
    // the name ends where a comma, colon or bracket stands between it and what follows
    const gap = before.slice(tEnd, start === undefined ? before.length : start - lineStart);
    if (/[;:()„“"]/u.test(gap) || (start !== undefined && /,/.test(gap))) break;
    const word = t[0];
    if (/^[\p{Lu}\d]/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word)) {
      start = lineStart + t.index!;
      lowerRun = 0;
    } else if (NAME_CONNECTORS.has(word.toLowerCase())) {
      // a connector goes with the words around it
    } else if (VERB_LIKE.test(word) || TYPE_NOUN.test(word) || ++lowerRun > 2) {
      break; // "Služby poskytuje Charita Strakonice": the verb ends the name
    } // else a lower-case word of a name: "Šťastné stáří", "Centrum pro rodinu"
    words++;
  }
  if (start === undefined) return undefined;
  // a name does not start with a connecting word
  while (start < formAt) {
    const m = /^(\S+)\s+/u.exec(text.slice(start, formAt));
    if (!m || !NAME_CONNECTORS.has(m[1].toLowerCase())) break;
    start += m[0].length;
  }
  return start;
}
