import { z } from 'zod';
import { evidenceSchema, findingBase } from './evidence.js';
import { formatSchema, messageSchema } from './document.js';
import { KINDS } from './kinds.js';

// Value formats follow ../shared/eval/FORMAT.md so that score.mjs reads records as they are.

export const kindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof kindSchema>;

/** YYYY-MM-DD or YYYY-MM */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date as YYYY-MM-DD or YYYY-MM');
/** a period end: YYYY, YYYY-MM or YYYY-MM-DD (a typo such as "1017" is kept as written) */
export const periodPointSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const placeLevelSchema = z.enum(['kraj', 'okres', 'orp', 'obec', 'mestska-cast']);
export const placeSchema = z.object({
  name: z.string().min(1),
  level: placeLevelSchema,
  code: z.string().optional(),
  /** the kraj the place lies in, for filters */
  kraj: z.string().optional(),
  ...findingBase,
});

/** The document's main territory, resolved up the hierarchy (obec → ORP → okres → kraj). */
export const territorySchema = z.object({
  name: z.string(),
  level: placeLevelSchema,
  code: z.string().optional(),
  obec: z.string().optional(),
  orp: z.string().optional(),
  okres: z.string().optional(),
  kraj: z.string().optional(),
});

export const dateRoleSchema = z.enum(['meeting', 'written', 'deadline', 'next_meeting', 'published', 'event', 'other']);
export const weekdaySchema = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const dateSchema = z.object({
  date: isoDateSchema,
  role: dateRoleSchema,
  /** a weekday the text names next to the date ("ve středu 22. 11. 2017"), kept for the checks */
  weekday: weekdaySchema.optional(),
  /** parts of the date implied by the document rather than written */
  inferred: z.array(z.enum(['year', 'month'])).optional(),
  /** the date as written when it is not a real calendar day ("30. 2. 2021"): kept for the checks */
  invalid: z.boolean().optional(),
  ...findingBase,
});

export const periodRoleSchema = z.enum(['plan', 'project', 'action-plan', 'validity', 'other']);
export const periodSchema = z.object({
  from: periodPointSchema,
  to: periodPointSchema,
  role: periodRoleSchema.optional(),
  /** what the period belongs to, as named by the text ("Komunitní plán sociálních služeb … Teplice") */
  subject: z.string().optional(),
  /** every occurrence of this pair in the text, with the subject and role read there (the checks compare them) */
  mentions: z.array(z.object({
    subject: z.string().optional(),
    role: periodRoleSchema.optional(),
    evidence: evidenceSchema,
  })).optional(),
  ...findingBase,
});

export const personRoleSchema = z.enum([
  'present', 'excused', 'absent', 'guest', 'recorder', 'responsible', 'contact', 'author', 'other',
]);
export const personSchema = z.object({
  /** nominative, given name first, without titles */
  name: z.string().min(1),
  role: personRoleSchema,
  titles: z.array(z.string()).optional(),
  /** the name as written when it differs (initial, other case, surname first) */
  written: z.string().optional(),
  ...findingBase,
});

export const moneyLabelSchema = z.string();
export const moneySchema = z.object({
  amount: z.number().finite(),
  currency: z.enum(['CZK', 'EUR']),
  label: moneyLabelSchema.optional(),
  /** a percentage the text attaches to this amount ("60 731,25 (5 %)") */
  share: z.number().optional(),
  approximate: z.boolean().optional(),
  ...findingBase,
});

export const percentageSchema = z.object({ value: z.number().finite(), ...findingBase });

export const identifierTypeSchema = z.enum(['registration', 'resolution', 'law', 'ico', 'other']);
export const identifierSchema = z.object({ type: identifierTypeSchema, value: z.string().min(1), ...findingBase });

export const contactTypeSchema = z.enum(['email', 'phone', 'web']);
export const contactSchema = z.object({ type: contactTypeSchema, value: z.string().min(1), ...findingBase });

/** A postal address with PSČ, kept apart from `contacts` (which the annotators limit to e-mail, phone and web). */
export const addressSchema = z.object({
  /** white space squeezed: "Archiváře Teplého 102, 387 06 Malenice" */
  value: z.string().min(1),
  /** the PSČ as five digits */
  psc: z.string().regex(/^\d{5}$/).optional(),
  ...findingBase,
});

export const goalKindSchema = z.enum(['goal', 'main-goal', 'partial-goal', 'aim', 'subject', 'focus', 'priority', 'measure']);
export const goalSchema = z.object({ text: z.string().min(1), kind: goalKindSchema.optional(), ...findingBase });

export const organisationSchema = z.object({ name: z.string().min(1), form: z.string().optional(), ...findingBase });
export const serviceTypeSchema = z.object({
  /** id from data/social-services.json */
  id: z.string(),
  name: z.string(),
  ...findingBase,
});
export const targetGroupSchema = z.object({ name: z.string().min(1), ...findingBase });

export const severitySchema = z.enum(['error', 'warning', 'info']);
export const flagSchema = z.object({
  rule: z.string().min(1),
  severity: severitySchema,
  /** in Czech, plain: "850 000 + 100 000 + 60 000 = 1 010 000 Kč ≠ 1 000 000 Kč" */
  message: z.string().min(1),
  evidence: z.array(evidenceSchema),
  actual: z.union([z.string(), z.number()]).optional(),
  expected: z.union([z.string(), z.number()]).optional(),
});

export const textStatsSchema = z.object({
  chars: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  lines: z.number().int().nonnegative(),
  blocks: z.number().int().nonnegative(),
  /** share of letters with Czech diacritics among all letters: a hint that text and encoding were read right */
  czechLetterRatio: z.number().min(0).max(1),
});

export const sourceSchema = z.object({
  path: z.string(),
  format: formatSchema,
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string().optional(),
  pages: z.number().int().nonnegative().optional(),
});

/** One record per document: the single truth that outputs, search and checks read. */
export const recordSchema = z.object({
  /** stable: derived from the content hash */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  source: sourceSchema,
  kind: kindSchema,
  title: z.string(),
  text: textStatsSchema,
  territory: territorySchema.optional(),
  places: z.array(placeSchema),
  dates: z.array(dateSchema),
  periods: z.array(periodSchema),
  people: z.array(personSchema),
  money: z.array(moneySchema),
  percentages: z.array(percentageSchema),
  identifiers: z.array(identifierSchema),
  contacts: z.array(contactSchema),
  addresses: z.array(addressSchema),
  goals: z.array(goalSchema),
  organisations: z.array(organisationSchema),
  serviceTypes: z.array(serviceTypeSchema),
  targetGroups: z.array(targetGroupSchema),
  flags: z.array(flagSchema),
  messages: z.array(messageSchema),
});

export type DocumentRecord = z.infer<typeof recordSchema>;
export type Place = z.infer<typeof placeSchema>;
export type PlaceLevel = z.infer<typeof placeLevelSchema>;
export type Territory = z.infer<typeof territorySchema>;
export type DateItem = z.infer<typeof dateSchema>;
export type DateRole = z.infer<typeof dateRoleSchema>;
export type Weekday = z.infer<typeof weekdaySchema>;
export type Period = z.infer<typeof periodSchema>;
export type Person = z.infer<typeof personSchema>;
export type PersonRole = z.infer<typeof personRoleSchema>;
export type Money = z.infer<typeof moneySchema>;
export type Percentage = z.infer<typeof percentageSchema>;
export type Identifier = z.infer<typeof identifierSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Address = z.infer<typeof addressSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type ServiceType = z.infer<typeof serviceTypeSchema>;
export type TargetGroup = z.infer<typeof targetGroupSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type TextStats = z.infer<typeof textStatsSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** The list fields that extractors fill, each with its item type. */
export interface ExtractedFields {
  places: Place[];
  dates: DateItem[];
  periods: Period[];
  people: Person[];
  money: Money[];
  percentages: Percentage[];
  identifiers: Identifier[];
  contacts: Contact[];
  addresses: Address[];
  goals: Goal[];
  organisations: Organisation[];
  serviceTypes: ServiceType[];
  targetGroups: TargetGroup[];
}
export type FieldName = keyof ExtractedFields;
export const FIELD_NAMES: readonly FieldName[] = [
  'places', 'dates', 'periods', 'people', 'money', 'percentages', 'identifiers', 'contacts', 'addresses', 'goals',
  'organisations', 'serviceTypes', 'targetGroups',
];
