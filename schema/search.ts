import { z } from 'zod';
import { kindSchema, territorySchema } from './record.js';

// Types of the search library (search/) and of what it keeps on disk (DIR/texts.jsonl, DIR/index/).

/** A year as a number; strings from a command line or a URL are coerced. */
const yearSchema = z.coerce.number().int().min(1000, 'a year of four digits').max(2999, 'a year of four digits');

/** Filters of one search: parse them at the boundary (CLI flags, HTTP query) with `searchFiltersSchema.parse`. */
export const searchFiltersSchema = z
  .object({
    /** one kind or several (any of them) */
    kind: z.union([kindSchema, z.array(kindSchema)]).optional(),
    /** a kraj, okres, ORP or obec by name: a kraj matches its ORP and obce, an ORP its obce */
    place: z.string().trim().min(1).optional(),
    /** years, inclusive: a record matches when one of its dates or periods overlaps [from, to] */
    from: yearSchema.optional(),
    to: yearSchema.optional(),
    /** hits returned (default 10) and skipped (default 0); total and facets count every match */
    limit: z.coerce.number().int().min(1).max(10_000).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    message: 'from must not be after to',
    path: ['to'],
  });
export type SearchFilters = z.input<typeof searchFiltersSchema>;
export type ParsedSearchFilters = z.output<typeof searchFiltersSchema>;

/** [start, end) into the hit's snippet */
export const highlightSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Highlight = z.infer<typeof highlightSchema>;

export const searchHitSchema = z.object({
  id: z.string(),
  /** the source path, as in record.source.path */
  path: z.string(),
  title: z.string(),
  kind: kindSchema,
  score: z.number(),
  /** plain text around the best match; `highlights` mark the matched words in it */
  snippet: z.string(),
  /** the document's main place (its territory, else its first place) */
  place: z.string().optional(),
  /** the kraj of that place */
  kraj: z.string().optional(),
  /** years the document's dates and periods cover, ascending */
  years: z.array(z.number().int()).optional(),
  highlights: z.array(highlightSchema).optional(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const facetsSchema = z.object({
  kind: z.record(z.string(), z.number().int()),
  kraj: z.record(z.string(), z.number().int()),
  year: z.record(z.string(), z.number().int()),
});
export type Facets = z.infer<typeof facetsSchema>;

export const searchResultSchema = z.object({
  /** every match after the filters, not just the hits returned */
  total: z.number().int().nonnegative(),
  hits: z.array(searchHitSchema),
  /** counts over every match of the current query and filters */
  facets: facetsSchema,
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/** One line of DIR/texts.jsonl: a document's normalised text and its headings, by record id. */
export const documentTextSchema = z.looseObject({
  id: z.string(),
  text: z.string(),
  headings: z.array(z.string()).default([]),
});
export type DocumentText = z.infer<typeof documentTextSchema>;

/** What the index keeps of a record for filters, facets and hits. */
export const indexedDocSchema = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  kind: kindSchema,
  place: z.string().optional(),
  kraj: z.string().optional(),
  /** every kraj the document's places lie in */
  kraje: z.array(z.string()),
  /** place keys "level:name" the document lies in, up the hierarchy (obec → ORP → okres → kraj) */
  within: z.array(z.string()),
  /** [from, to] year ranges of its dates and periods */
  spans: z.array(z.tuple([z.number().int(), z.number().int()])),
  territory: territorySchema.optional(),
});
export type IndexedDoc = z.infer<typeof indexedDocSchema>;

/** DIR/index/meta.json */
export const indexMetaSchema = z.object({
  format: z.number().int(),
  analyzer: z.string(),
  documents: z.number().int().nonnegative(),
  /** labels of the lunr pipeline functions the index was built with; each must be registered to load */
  pipeline: z.array(z.string()),
  /** shard files (NAME.json and NAME.bin), one a shard */
  shards: z.array(z.string()),
});
export type IndexMeta = z.infer<typeof indexMetaSchema>;
