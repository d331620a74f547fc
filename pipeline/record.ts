import { runChecks } from '../checks/index.js';
import { extractAll } from '../extractors/index.js';
import { formatZodError, recordSchema, type DocumentRecord, type ParsedDocument, type TextStats } from '../schema/index.js';
import { SpisovnaError, failureReason } from './errors.js';
import type { Processed, ReadOutcome } from './process.js';
import { timed } from './timing.js';

/**
 * The second half of processBytes: the record of a read document, its manifest entry and its text for
 * the search index; a record that cannot be built fails the file (never throws).
 */
export function recordStage({ doc, format }: Extract<ReadOutcome, { doc: unknown }>): Processed {
  const { path, sha256, bytes } = doc;
  try {
    const record = buildRecord(doc);
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => doc.text.slice(b.start, b.end).trim()).filter(Boolean);
    return {
      record,
      entry: { path, status: 'ok', id: record.id, sha256, format: doc.format, bytes },
      text: { id: record.id, text: doc.text, headings },
    };
  } catch (err) {
    return { entry: { path, status: 'failed', reason: failureReason(err), sha256, format, bytes } };
  }
}

/** Stages 4–6: extract the fields, check them, validate the record against the schema. */
export function buildRecord(doc: ParsedDocument): DocumentRecord {
  const { fields, kind, title, territory } = timed('extract', () => extractAll(doc));
  const flags = timed('checks', () => runChecks({ doc, fields }));
  const record: DocumentRecord = {
    id: doc.sha256.slice(0, 16),
    source: {
      path: doc.path,
      format: doc.format,
      bytes: doc.bytes,
      sha256: doc.sha256,
      ...(doc.encoding ? { encoding: doc.encoding } : {}),
      ...(doc.pages !== undefined ? { pages: doc.pages } : {}),
    },
    kind,
    title,
    text: textStats(doc),
    ...(territory ? { territory } : {}),
    ...fields,
    flags,
    messages: doc.messages,
  };
  return timed('validate', () => validateRecord(record));
}

/** Validation at the boundary: a record that does not match the schema is a bug, named with its path. */
export function validateRecord(record: unknown): DocumentRecord {
  const parsed = recordSchema.safeParse(record);
  if (!parsed.success) throw new SpisovnaError('validate', formatZodError(parsed.error), 'invalid-record');
  return parsed.data;
}

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const CZECH_LETTERS = new Set('áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ');

/**
 * Characters, words (runs of letters and digits), lines, letters and the share of Czech letters among them,
 * in one pass: ASCII by its code, other characters by their Unicode class (a pair of surrogates is one).
 */
export function textStats(doc: ParsedDocument): TextStats {
  const text = doc.text;
  let letters = 0;
  let czech = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    let wordChar: boolean;
    if (c < 128) {
      letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      wordChar = letter || (c >= 48 && c <= 57);
    } else {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      letter = LETTER.test(ch);
      wordChar = letter || NUMBER.test(ch);
      if (CZECH_LETTERS.has(ch)) czech++;
    }
    if (letter) letters++;
    if (wordChar && !inWord) words++;
    inWord = wordChar;
  }
  return {
    chars: text.length,
    words,
    lines: text ? text.split('\n').length : 0,
    blocks: doc.blocks.length,
    czechLetterRatio: letters ? Math.round((czech / letters) * 1000) / 1000 : 0,
  };
}
