import { z } from 'zod';
import { evidenceSchema, type Evidence } from './evidence.js';
import { kindSchema, periodRoleSchema, placeLevelSchema, severitySchema, type DocumentRecord, type Kind, type Severity } from './record.js';

// The HTTP boundary of `spisovna serve`: query parameters parsed here, response shapes typed here.
// The page (web/) imports these types only (`import type`), so zod never reaches the browser bundle.

/** An empty parameter ("?kind=") means "not given", the way HTML forms send blank fields. */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const year = z.coerce
  .number({ error: 'a year such as 2015' })
  .int('a whole year such as 2015')
  .min(1900, 'a year from 1900')
  .max(2100, 'a year up to 2100');

/** Record ids are 16 hex digits (from the content hash); anything else never reaches a lookup. */
export const recordIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'a record id is 16 hexadecimal digits');

/** The filters shared by search, timeline and export. */
const filterShape = {
  q: z.preprocess((v) => (v === undefined ? '' : v), z.string().max(500, 'a query of at most 500 characters')),
  kind: optional(kindSchema),
  place: optional(z.string().trim().max(200, 'a place name of at most 200 characters')),
  from: optional(year),
  to: optional(year),
};
const fromBeforeTo = (p: { from?: number; to?: number }) => p.from === undefined || p.to === undefined || p.from <= p.to;
const fromBeforeToMessage = { message: '"from" must not be after "to"', path: ['from'] };

export const searchParamsSchema = z
  .strictObject({
    ...filterShape,
    limit: z.preprocess(blank, z.coerce.number().int().min(1, 'limit from 1').max(500, 'limit up to 500').default(20)),
    offset: z.preprocess(blank, z.coerce.number().int().min(0, 'offset from 0').max(1_000_000).default(0)),
  })
  .refine(fromBeforeTo, fromBeforeToMessage);
export type SearchParams = z.infer<typeof searchParamsSchema>;

export const filterParamsSchema = z.strictObject(filterShape).refine(fromBeforeTo, fromBeforeToMessage);
export type FilterParams = z.infer<typeof filterParamsSchema>;

export const exportParamsSchema = z
  .strictObject({ ...filterShape, format: z.enum(['csv', 'json'], { error: 'format is csv or json' }) })
  .refine(fromBeforeTo, fromBeforeToMessage);
export type ExportParams = z.infer<typeof exportParamsSchema>;

export const flagsParamsSchema = z.strictObject({
  rule: optional(z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'a rule id such as sum-mismatch')),
  severity: optional(severitySchema),
});
export type FlagsParams = z.infer<typeof flagsParamsSchema>;

// ---- responses ----------------------------------------------------------------------------------

/** [start, end) offsets into the snippet of a word that matched (the shape of search/). */
export interface Highlight {
  start: number;
  end: number;
}

export interface SearchHit {
  id: string;
  path: string;
  title: string;
  kind: Kind;
  score: number;
  snippet: string;
  highlights: Highlight[];
  place?: string;
  kraj?: string;
  years?: number[];
  flags: number;
}

export interface Facets {
  kind: Record<string, number>;
  kraj: Record<string, number>;
  orp: Record<string, number>;
  obec: Record<string, number>;
  year: Record<string, number>;
}

/** The selected place, resolved in the territory hierarchy, for the kraj → ORP → obec breadcrumb. */
export interface PlaceInfo {
  name: string;
  level?: z.infer<typeof placeLevelSchema>;
  kraj?: string;
  orp?: string;
}

export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  facets: Facets;
  place?: PlaceInfo;
  /** the parameters as understood */
  params: SearchParams;
}

export interface RecordResponse {
  record: DocumentRecord;
}

export interface TextResponse {
  id: string;
  text: string;
}

export interface FlagRow {
  id: string;
  path: string;
  title: string;
  rule: string;
  severity: Severity;
  message: string;
  evidence: Evidence[];
  actual?: string | number;
  expected?: string | number;
}

export interface FlagsResponse {
  total: number;
  flags: FlagRow[];
  /** counts over all flags, whatever the filter, for the filter controls */
  rules: Record<string, number>;
  severities: Record<string, number>;
}

export const timelineBarSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: kindSchema,
  role: periodRoleSchema.optional(),
  /** the period as fractional years: 2014 → 2014.0, end 2017 → 2018.0 (the end of that year) */
  from: z.number(),
  to: z.number(),
  /** "2014–2017", "1. 9. 2017 – 30. 9. 2018" */
  label: z.string(),
  /** an impossible period (end before start): drawn as a mark, not a bar */
  invalid: z.boolean().optional(),
  /** where the text states it */
  evidence: evidenceSchema,
});
export type TimelineBar = z.infer<typeof timelineBarSchema>;

export interface TimelineRow {
  /** the municipality (or region) the periods belong to */
  place: string;
  kraj?: string;
  bars: TimelineBar[];
}

export interface TimelineResponse {
  rows: TimelineRow[];
  min?: number;
  max?: number;
}

export interface MetaResponse {
  records: number;
  flags: number;
  search: 'index' | 'fallback';
}

/** The body of every 4xx/5xx answer. */
export interface ErrorResponse {
  error: string;
  status: number;
}
