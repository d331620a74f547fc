import { SpisovnaError } from '../pipeline/errors.js';
import { FIELDS, type FieldName } from './index-build.js';

/**
 * The query language, as lunr users know it: words (any of them, best first), `+must`, `-not`, a trailing
 * `*` for a prefix, `"a phrase"`, `field:word` (title, headings, body, people, places), `word^3` to boost
 * and `word~1` for typos. A query that cannot be read raises a SpisovnaError saying why and where.
 */

export type Presence = 'optional' | 'required' | 'prohibited';

export interface TermClause {
  type: 'term';
  /** the word as typed (without +, -, field, *, ^, ~) */
  word: string;
  presence: Presence;
  field?: FieldName;
  prefix: boolean;
  boost?: number;
  editDistance?: number;
}

export interface PhraseClause {
  type: 'phrase';
  text: string;
  presence: Presence;
  field?: FieldName;
}

export type Clause = TermClause | PhraseClause;

const FIELD_PREFIX = /^([a-z]+):(?=\S)/;
const MODIFIERS = /(?:\^(\d+(?:\.\d+)?)|~(\d))+$/;

function fail(query: string, message: string): never {
  throw new SpisovnaError('search', `malformed query "${query}": ${message}`, 'bad-query');
}

export function parseQuery(query: string): Clause[] {
  const clauses: Clause[] = [];
  const q = query.normalize('NFC');
  let i = 0;
  while (i < q.length) {
    if (/\s/u.test(q[i])) {
      i++;
      continue;
    }
    let presence: Presence = 'optional';
    if (q[i] === '+' || q[i] === '-') {
      presence = q[i] === '+' ? 'required' : 'prohibited';
      i++;
      if (i >= q.length || /\s/u.test(q[i])) fail(query, `"${q[i - 1]}" must stand right before a word or a phrase, as in +služby or -Praha`);
    }
    let field: FieldName | undefined;
    const fm = FIELD_PREFIX.exec(q.slice(i));
    if (fm) {
      if (!(FIELDS as readonly string[]).includes(fm[1])) {
        fail(query, `unknown field "${fm[1]}" (fields: ${FIELDS.join(', ')})`);
      }
      field = fm[1] as FieldName;
      i += fm[0].length;
    }
    if (q[i] === '"' || q[i] === '„' || q[i] === '“') {
      const close = q[i] === '"' ? ['"'] : ['“', '"', '”'];
      let j = i + 1;
      while (j < q.length && !close.includes(q[j])) j++;
      if (j >= q.length) fail(query, 'a quote is not closed');
      const text = q.slice(i + 1, j).trim();
      if (!text) fail(query, 'empty quotes');
      clauses.push({ type: 'phrase', text, presence, field });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < q.length && !/\s/u.test(q[j]) && q[j] !== '"') j++;
    let word = q.slice(i, j);
    i = j;
    const clause: TermClause = { type: 'term', word: '', presence, field, prefix: false };
    const mods = MODIFIERS.exec(word);
    if (mods) {
      for (const m of mods[0].matchAll(/\^(\d+(?:\.\d+)?)|~(\d)/g)) {
        if (m[1]) clause.boost = Number(m[1]);
        if (m[2]) clause.editDistance = Number(m[2]);
      }
      word = word.slice(0, mods.index);
    } else if (/[\^~]/.test(word) && !/[\p{L}\p{N}][\^~][\p{L}\p{N}]/u.test(word)) {
      fail(query, `"${word}": ^ takes a number (word^2), ~ a digit (word~1)`);
    }
    if (word.endsWith('*')) {
      clause.prefix = true;
      word = word.replace(/\*+$/, '');
    }
    if (word.includes('*')) fail(query, `"${word}": * works only at the end of a word, as in plán*`);
    if (!/[\p{L}\p{N}]/u.test(word)) {
      if (clause.prefix) fail(query, 'a lone * matches everything: put it after the start of a word, as in plán*');
      if (presence !== 'optional' || field) fail(query, `nothing to search after "${presence === 'required' ? '+' : presence === 'prohibited' ? '-' : field + ':'}"`);
      continue; // punctuation alone ("–", "&") is not a word
    }
    clause.word = word;
    clauses.push(clause);
  }
  return clauses;
}
