import lunr from 'lunr';
import { CZECH_STOP_WORDS } from './stopwords-cs.js';
import { foldDiacritics, stemCzechFolded } from './stemmer.js';

/**
 * The Czech analyzer: a Unicode tokenizer (words with diacritics, hyphenated compounds and numbers kept
 * whole, compounds also as their parts), NFC and lower case, Czech stop words, the Dolamic & Savoy light
 * stemmer and diacritic folding — so that "socialni sluzby" finds "Sociálních služeb".
 *
 * The pipeline steps are lunr pipeline functions registered by label when this module loads, so that a
 * saved index loads again (lunr looks its pipeline up by those labels).
 */

/** A word: letters, marks and digits, with inner hyphens joining the parts of a compound ("sociálně-právní"). */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/gu;
const HYPHENS = /[-‐‑]/u;
const DIGIT = /\p{N}/u;
const HAS_MARK = /[^\u0000-\u007f]/u;

export const PIPELINE_LABELS = {
  normalise: 'spisovna-cs-normalise',
  stopWords: 'spisovna-cs-stop-words',
  stem: 'spisovna-cs-stem',
  /** normalise, stop words and stem in one */
  analyze: 'spisovna-cs-analyze',
} as const;

/** Stop words as written, and their folded forms less the ones that fold onto content words ("být" → "byt"). */
const STOP_EXACT = new Set(CZECH_STOP_WORDS);
const FOLD_COLLISIONS = new Set(['byt']);
const STOP_FOLDED = new Set(CZECH_STOP_WORDS.map(foldDiacritics).filter((w) => !FOLD_COLLISIONS.has(w)));

export function normaliseWord(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** True for a lower-cased NFC word that carries no meaning for search. Words typed without diacritics count too. */
export function isStopWord(word: string): boolean {
  if (STOP_EXACT.has(word)) return true;
  return !HAS_MARK.test(word) && STOP_FOLDED.has(word);
}

/** The index term of a lower-cased word: folded, and stemmed unless it holds a digit; compounds part by part. */
export function stemTerm(word: string): string {
  const folded = foldDiacritics(word);
  if (DIGIT.test(folded)) return folded;
  if (HYPHENS.test(folded)) return folded.split(HYPHENS).map(stemCzechFolded).join('-');
  return stemCzechFolded(folded);
}

/** One word of a text with its place: [start, end) into the text as given. */
export interface TextToken {
  /** lower-cased NFC word as written */
  word: string;
  start: number;
  end: number;
}

/**
 * Each word of a text with its offsets, in order: a hyphenated compound comes whole, then each of its
 * parts. The word is lower-cased NFC; [start, end) is into the NFC text (the text as given when it is NFC).
 */
export function forEachWord(text: string, visit: (word: string, start: number, end: number) => void): void {
  const nfc = text.normalize('NFC');
  // lower-case once; per word only where lower-casing changes the length (never for Czech)
  const lower = nfc.toLowerCase();
  const same = lower.length === nfc.length && nfc === text;
  const source = same ? lower : nfc;
  WORD_PATTERN.lastIndex = 0;
  for (let m = WORD_PATTERN.exec(source); m; m = WORD_PATTERN.exec(source)) {
    const start = m.index;
    const raw = m[0];
    visit(same ? raw : normaliseWord(raw), start, start + raw.length);
    if (raw.includes('-') || raw.includes('‐') || raw.includes('‑')) {
      let offset = start;
      for (const part of raw.split(HYPHENS)) {
        visit(same ? part : normaliseWord(part), offset, offset + part.length);
        offset += part.length + 1;
      }
    }
  }
}

/** Words of a text with their offsets; a hyphenated compound comes whole, then each of its parts. */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  forEachWord(text, (word, start, end) => tokens.push({ word, start, end }));
  return tokens;
}

/** word → index term, or null for a stop word; bounded so that a long run cannot grow it without end */
const TERM_CACHE = new Map<string, string | null>();
const TERM_CACHE_MAX = 500_000;

/** The whole analysis of a lower-cased NFC word: null for a stop word, else its index term. Memoised. */
function termOf(w: string): string | null {
  let term = TERM_CACHE.get(w);
  if (term !== undefined) return term;
  term = !w || isStopWord(w) ? null : stemTerm(w);
  if (TERM_CACHE.size >= TERM_CACHE_MAX) TERM_CACHE.clear();
  TERM_CACHE.set(w, term);
  return term;
}

/** The whole analysis of one word: null for a stop word, else its index term. */
export function analyzeWord(word: string): string | null {
  const cached = TERM_CACHE.get(word);
  return cached !== undefined ? cached : termOf(normaliseWord(word));
}

/** Index terms of a text in order, stop words dropped, each with its place (for highlighting). */
export function analyzeText(text: string): Array<TextToken & { term: string }> {
  const out: Array<TextToken & { term: string }> = [];
  forEachWord(text, (word, start, end) => {
    const term = termOf(word);
    if (term !== null) out.push({ word, start, end, term });
  });
  return out;
}

/**
 * Each index term of a text in order with its place, stop words dropped: what the tokenizer and the
 * pipeline below give lunr, without a token object per word (search/index-build.ts feeds lunr so).
 */
export function forEachTerm(text: string, visit: (term: string, start: number, end: number) => void): void {
  forEachWord(text, (word, start, end) => {
    const term = termOf(word);
    if (term !== null) visit(term, start, end);
  });
}

/**
 * lunr tokenizer: our words, with position [start, length] metadata as lunr's own tokenizer gives
 * (stored only when the index keeps positions).
 */
export function czechTokenizer(obj?: unknown): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const text = Array.isArray(obj) ? obj.map(String).join('\n') : String(obj);
  const tokens: lunr.Token[] = [];
  // stop words go here already (the pipeline's step stays for text tokenized otherwise): fewer tokens to build
  forEachWord(text, (word, start, end) => {
    if (termOf(word) !== null) tokens.push(new lunr.Token(word, { position: [start, end - start] }));
  });
  return tokens;
}

/** A field's index terms in text order with their positions: [start, start + length) into the field's text. */
export interface RecordedTerms {
  terms: string[];
  starts: number[];
  lengths: number[];
}

const normalise: lunr.PipelineFunction = (token) => token.update((s) => normaliseWord(s));
const stopWords: lunr.PipelineFunction = (token) => (isStopWord(token.toString()) ? undefined : token) as lunr.Token;
const stem: lunr.PipelineFunction = (token) => token.update((s) => stemTerm(s));
/** The three steps in one, memoised: what indexes use (one pass over the tokens instead of three). */
const analyze: lunr.PipelineFunction = (token) => {
  const term = analyzeWord(token.toString());
  return (term === null ? undefined : token.update(() => term)) as lunr.Token;
};

let registered = false;
/** Registers the pipeline functions by label; safe to call more than once. Runs when this module loads. */
export function registerCzechPipeline(): void {
  if (registered) return;
  lunr.Pipeline.registerFunction(normalise, PIPELINE_LABELS.normalise);
  lunr.Pipeline.registerFunction(stopWords, PIPELINE_LABELS.stopWords);
  lunr.Pipeline.registerFunction(stem, PIPELINE_LABELS.stem);
  lunr.Pipeline.registerFunction(analyze, PIPELINE_LABELS.analyze);
  registered = true;
}
registerCzechPipeline();

/**
 * Sets a lunr builder up for Czech: our tokenizer, our pipeline for indexing and for search. The steps
 * run as one memoised function (`spisovna-cs-analyze`); normalise, stop words and stem are registered
 * one by one as well, for pipelines that want them apart.
 */
export function useCzechAnalyzer(builder: lunr.Builder): void {
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add(analyze);
  builder.searchPipeline.add(analyze);
  (builder as unknown as { tokenizer: typeof czechTokenizer }).tokenizer = czechTokenizer;
}
