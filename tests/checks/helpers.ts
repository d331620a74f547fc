import { readFileSync } from 'node:fs';
import { normalise } from '../../corpus/normalise.js';
import { runChecks, type Rule } from '../../checks/index.js';
import type { DateItem, Evidence, ExtractedFields, Flag, Money, ParsedDocument, Period } from '../../schema/index.js';

/** A document as the pipeline sees it, made from text through the real normaliser. */
export function doc(text: string, path = 'test.txt'): ParsedDocument {
  const { text: normalised, blocks, messages } = normalise({ format: 'txt', blocks: [{ type: 'paragraph', text }], messages: [] });
  return { path, format: 'txt', bytes: Buffer.byteLength(text), sha256: '0'.repeat(64), text: normalised, blocks, messages };
}

export function docFromFile(file: string): ParsedDocument {
  return doc(readFileSync(file, 'utf8'), file);
}

export function emptyFields(): ExtractedFields {
  return {
    places: [], dates: [], periods: [], people: [], money: [], percentages: [], identifiers: [],
    contacts: [], goals: [], organisations: [], serviceTypes: [], targetGroups: [],
  };
}

/** Evidence of the nth occurrence of `written` in the document's text. */
export function at(d: ParsedDocument, written: string, nth = 0): Evidence {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = d.text.indexOf(written, start + 1);
    if (start < 0) throw new Error(`"${written}" (occurrence ${nth}) is not in the text`);
  }
  return { text: written, start, end: start + written.length };
}

export function money(d: ParsedDocument, written: string, amount: number, extra: Partial<Money> = {}, nth = 0): Money {
  return { amount, currency: 'CZK', ...extra, evidence: at(d, written, nth), extractor: 'test' };
}

export function period(d: ParsedDocument, written: string, from: string, to: string, extra: Partial<Period> = {}, nth = 0): Period {
  return { from, to, ...extra, evidence: at(d, written, nth), extractor: 'test' };
}

export function date(d: ParsedDocument, written: string, iso: string, role: DateItem['role'] = 'other', extra: Partial<DateItem> = {}, nth = 0): DateItem {
  return { date: iso, role, ...extra, evidence: at(d, written, nth), extractor: 'test' };
}

export function check(rule: Rule, d: ParsedDocument, fields: Partial<ExtractedFields> = {}): Flag[] {
  return runChecks({ doc: d, fields: { ...emptyFields(), ...fields } }, [rule]);
}

/** What score.mjs asks of a flag: the rule, and every number of `about` somewhere in the flag. */
export function matchesGold(flag: Flag, rule: string, about: string): boolean {
  const json = JSON.stringify(flag);
  return flag.rule === rule && (about.match(/\d+/g) ?? []).every((n) => json.includes(n));
}

/** Every evidence item quotes the text at its offsets. */
export function evidenceIsExact(d: ParsedDocument, flags: readonly Flag[]): boolean {
  return flags.every((f) => f.evidence.every((e) => d.text.slice(e.start, e.end) === e.text));
}
