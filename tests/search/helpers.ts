import { createHash } from 'node:crypto';
import type { DocumentRecord, DocumentText, Kind, Place } from '../../schema/index.js';
import { buildSearchIndex, type SearchIndex } from '../../search/index.js';

export interface DocSpec {
  path: string;
  title: string;
  text: string;
  kind?: Kind;
  places?: Array<Pick<Place, 'name' | 'level'> & { kraj?: string }>;
  territory?: DocumentRecord['territory'];
  dates?: string[];
  periods?: Array<[string, string]>;
  people?: string[];
  headings?: string[];
}

const evidence = { text: '', start: 0, end: 0, extractor: 'test' };

/** A valid record for a small test document (only what search reads is filled). */
export function makeRecord(spec: DocSpec): DocumentRecord {
  const sha = createHash('sha256').update(spec.path + spec.text).digest('hex');
  return {
    id: sha.slice(0, 16),
    source: { path: spec.path, format: 'txt', bytes: spec.text.length, sha256: sha },
    kind: spec.kind ?? 'other',
    title: spec.title,
    text: { chars: spec.text.length, words: 0, lines: 0, blocks: 0, czechLetterRatio: 0 },
    ...(spec.territory ? { territory: spec.territory } : {}),
    places: (spec.places ?? []).map((p) => ({ ...p, ...evidence })),
    dates: (spec.dates ?? []).map((date) => ({ date, role: 'other' as const, ...evidence })),
    periods: (spec.periods ?? []).map(([from, to]) => ({ from, to, ...evidence })),
    people: (spec.people ?? []).map((name) => ({ name, role: 'other' as const, ...evidence })),
    money: [], percentages: [], identifiers: [], contacts: [], goals: [], organisations: [], serviceTypes: [],
    targetGroups: [], flags: [], messages: [],
  } as DocumentRecord;
}

export function makeIndex(specs: DocSpec[]): { index: SearchIndex; records: DocumentRecord[]; texts: Map<string, DocumentText> } {
  const records = specs.map(makeRecord);
  const texts = new Map(records.map((r, i) => [r.id, { id: r.id, text: specs[i].text, headings: specs[i].headings ?? [] }]));
  return { index: buildSearchIndex(records, texts), records, texts };
}
