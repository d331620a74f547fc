import { expect } from 'vitest';
import { textToBlocks } from '../../corpus/readers/txt.js';
import { normalise } from '../../corpus/normalise.js';
import type { ExtractedFields, FieldName, ParsedDocument } from '../../schema/index.js';
import { emptyFields, type Extractor } from '../../extractors/types.js';

/** A document read the way the pipeline reads a .txt file: txt blocks, then the normaliser. */
export function docOf(text: string): ParsedDocument {
  const n = normalise({ format: 'txt', blocks: textToBlocks(text), messages: [] });
  return { path: 'test.txt', format: 'txt', bytes: text.length, sha256: '0'.repeat(64), text: n.text, blocks: n.blocks, messages: [] };
}

/** Runs one extractor over a text; every item's evidence must quote the text at its offsets. */
export function run<F extends FieldName>(extractor: Extractor<F>, text: string): ExtractedFields[F] {
  const doc = docOf(text);
  const items = extractor.extract({ doc, text: doc.text, found: emptyFields() });
  for (const item of items as Array<{ evidence: { text: string; start: number; end: number } }>) {
    expect(doc.text.slice(item.evidence.start, item.evidence.end)).toBe(item.evidence.text);
  }
  return items;
}

/** Exactly one item, matching `expected` (a subset of its keys). */
export function expectOne<F extends FieldName>(extractor: Extractor<F>, text: string, expected: Record<string, unknown>): void {
  const items = run(extractor, text);
  expect(items, text).toHaveLength(1);
  expect(items[0]).toMatchObject(expected);
}

/** Some item matches `expected`. */
export function expectSome<F extends FieldName>(extractor: Extractor<F>, text: string, expected: Record<string, unknown>): void {
  expect(run(extractor, text), text).toContainEqual(expect.objectContaining(expected));
}

/** No item at all. */
export function expectNone<F extends FieldName>(extractor: Extractor<F>, text: string): void {
  expect(run(extractor, text), text).toEqual([]);
}

/** The values of one key of every item. */
export function values<F extends FieldName>(extractor: Extractor<F>, text: string, key = 'value'): unknown[] {
  return (run(extractor, text) as Array<Record<string, unknown>>).map((x) => x[key]);
}
