import type { ExtractedFields, ParsedDocument } from '../../schema/index.js';
import type { ExtractContext, Extractor } from '../../extractors/types.js';
import { emptyFields } from '../../extractors/types.js';
import { extractAll } from '../../extractors/index.js';

/** A context over a bare text, as the pipeline gives it to an extractor. */
export function contextOf(text: string, found: Partial<ExtractedFields> = {}): ExtractContext {
  const doc: ParsedDocument = { path: 'test.txt', format: 'txt', bytes: text.length, sha256: '0'.repeat(64), text, blocks: [], messages: [] };
  return { doc, text, found: { ...emptyFields(), ...found } };
}

/** Runs one extractor over a text. */
export function run<F extends keyof ExtractedFields>(extractor: Extractor<F>, text: string): ExtractedFields[F] {
  return extractor.extract(contextOf(text));
}

/** Runs every extractor and refiner over a text (what a record gets). */
export function runAll(text: string): ExtractedFields {
  const doc: ParsedDocument = { path: 'test.txt', format: 'txt', bytes: text.length, sha256: '0'.repeat(64), text, blocks: [], messages: [] };
  return extractAll(doc).fields;
}
