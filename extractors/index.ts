import type { ExtractedFields, ParsedDocument } from '../schema/index.js';
import { classifyKind } from './document/kind.js';
import { readTitle } from './document/title.js';
import { mainTerritory } from './document/territory.js';
import { placesExtractor } from './fields/places.js';
import { datesExtractor } from './fields/dates.js';
import { periodsExtractor } from './fields/periods.js';
import { peopleExtractor } from './fields/people.js';
import { moneyExtractor } from './fields/money.js';
import { percentagesExtractor } from './fields/percentages.js';
import { identifiersExtractor } from './fields/identifiers.js';
import { contactsExtractor } from './fields/contacts.js';
import { addressesExtractor } from './fields/addresses.js';
import { goalsExtractor } from './fields/goals.js';
import { organisationsExtractor } from './fields/organisations.js';
import { serviceTypesExtractor } from './fields/service-types.js';
import { targetGroupsExtractor } from './fields/target-groups.js';
import { datesInPeriods } from './refiners/dates-in-periods.js';
import { datesDedupe } from './refiners/dates-dedupe.js';
import { periodsDedupe } from './refiners/periods-dedupe.js';
import { peopleRoles } from './refiners/people-roles.js';
import { emptyFields, type DocumentFacts, type ExtractContext, type Extractor, type Refiner } from './types.js';

/**
 * The extractors, in the order they run: a later one sees what earlier ones found (people resolve
 * initials against names found before; dates infer a missing year from the document's own date).
 */
export const EXTRACTORS: readonly Extractor[] = [
  placesExtractor,
  datesExtractor,
  periodsExtractor,
  peopleExtractor,
  moneyExtractor,
  percentagesExtractor,
  identifiersExtractor,
  contactsExtractor,
  addressesExtractor,
  goalsExtractor,
  organisationsExtractor,
  serviceTypesExtractor,
  targetGroupsExtractor,
];

/** Passes over all findings, after every extractor has run. */
export const REFINERS: readonly Refiner[] = [
  datesInPeriods,
  datesDedupe,
  periodsDedupe,
  peopleRoles,
];

export interface Extraction extends DocumentFacts {
  fields: ExtractedFields;
}

/** Runs every extractor and refiner over a document. */
export function extractAll(doc: ParsedDocument): Extraction {
  const ctx: ExtractContext = { doc, text: doc.text, found: emptyFields() };
  for (const extractor of EXTRACTORS) {
    const items = extractor.extract(ctx);
    (ctx.found[extractor.field] as unknown[]).push(...items);
  }
  let fields = ctx.found;
  for (const refiner of REFINERS) fields = refiner.refine(fields, { ...ctx, found: fields });
  const territory = mainTerritory(doc, fields);
  return { fields, kind: classifyKind(doc, fields), title: readTitle(doc), ...(territory ? { territory } : {}) };
}

export type { Extractor, Refiner, ExtractContext, DocumentFacts } from './types.js';
