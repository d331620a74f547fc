import type { ExtractedFields, FieldName, Kind, ParsedDocument, Territory } from '../schema/index.js';

/** What an extractor sees: the document, its text, and what earlier extractors found (in list order). */
export interface ExtractContext {
  doc: ParsedDocument;
  /** the normalised text; every evidence offset points into it */
  text: string;
  /** findings of the extractors that ran before this one */
  found: ExtractedFields;
}

/** One extractor a file: it fills one field of the record, every item with its evidence. */
export interface Extractor<F extends FieldName = FieldName> {
  id: string;
  field: F;
  extract(ctx: ExtractContext): ExtractedFields[F];
}

/** A pass over all findings after extraction: merges ranges, drops overlaps, settles roles. */
export interface Refiner {
  id: string;
  refine(fields: ExtractedFields, ctx: ExtractContext): ExtractedFields;
}

/** Document-level readings: kind, title, main territory. */
export interface DocumentFacts {
  kind: Kind;
  title: string;
  territory?: Territory;
}

export function emptyFields(): ExtractedFields {
  return {
    places: [], dates: [], periods: [], people: [], money: [], percentages: [], identifiers: [],
    contacts: [], addresses: [], goals: [], organisations: [], serviceTypes: [], targetGroups: [],
  };
}

/** Types an extractor so that its `field` and its items agree. */
export function defineExtractor<F extends FieldName>(e: Extractor<F>): Extractor<F> {
  return e;
}
