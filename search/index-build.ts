import lunr from 'lunr';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type DocumentRecord,
  type DocumentText,
  type IndexedDoc,
  type IndexMeta,
} from '../schema/index.js';
import { writeAtomic } from '../output/atomic.js';
import { readRecords as readJsonRecords } from '../output/read.js';
import { documentText, readTexts, TEXTS_FILE, writeTexts } from '../output/texts.js';
import { PIPELINE_LABELS, forEachTerm, useCzechAnalyzer, type RecordedTerms } from './analyzer.js';
import { addSequences, engineFromLunr, engineToFiles, prepareEngine, type PreparedShard } from './engine.js';
import { placeWithin, territoryWithin } from './territory.js';

/**
 * The search index: the records (fields title, headings, body, people, places) indexed by lunr with the
 * Czech analyzer, kept as columnar postings (search/engine.ts), what filters and hits need of each
 * record, and the texts for snippets and phrases (DIR/texts.jsonl). On disk under DIR/index/:
 * meta.json (format version and analyzer labels, checked on load), docs.json, engine-N.json and
 * engine-N.bin a shard.
 */

/** Raised whenever what is written changes shape; an index of another format does not load. */
export const INDEX_FORMAT = 4;
/** fields whose terms are kept in text order with their positions, for phrases and highlights */
export const PHRASE_FIELDS = ['title', 'headings', 'body'] as const;
export const INDEX_DIR = 'index';
export const ANALYZER = 'spisovna-cs-1';

/** Index options in one object, each with its default. */
export interface IndexOptions {
  /** documents per lunr index; queries run over every shard; default: all in one */
  shardSize: number;
  /** field boosts; default title 6, people 3, places 3, headings 2, body 1 */
  boosts: Record<FieldName, number>;
}
export const FIELDS = ['title', 'headings', 'body', 'people', 'places'] as const;
export type FieldName = (typeof FIELDS)[number];
export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  shardSize: Number.POSITIVE_INFINITY,
  boosts: { title: 6, headings: 2, body: 1, people: 3, places: 3 },
};

/** The in-memory index, as built or as loaded. */
export interface SearchIndex {
  meta: IndexMeta;
  docs: Map<string, IndexedDoc>;
  /** lunr indexes, prepared for search/engine.ts */
  shards: PreparedShard[];
  texts: Map<string, DocumentText>;
}

const YEAR = /^(\d{4})/;
const year = (s: string): number | undefined => {
  const m = YEAR.exec(s);
  return m ? Number(m[1]) : undefined;
};

/** What the index keeps of a record: places up the hierarchy, kraje, year spans. */
export function indexedDoc(record: DocumentRecord): IndexedDoc {
  const within = new Set<string>();
  const kraje = new Set<string>();
  if (record.territory) {
    for (const k of territoryWithin(record.territory)) within.add(k);
    if (record.territory.kraj) kraje.add(record.territory.kraj);
  }
  for (const place of record.places) {
    const found = placeWithin(place);
    for (const k of found.keys) within.add(k);
    if (found.kraj) kraje.add(found.kraj);
  }
  const spans: Array<[number, number]> = [];
  for (const d of record.dates) {
    const y = year(d.date);
    if (y !== undefined) spans.push([y, y]);
  }
  for (const p of record.periods) {
    const from = year(p.from);
    const to = year(p.to);
    // a period written with a typo ("2014 – 1017") counts by its start alone
    if (from !== undefined && to !== undefined && to >= from && to - from <= 50) spans.push([from, to]);
    else if (from !== undefined) spans.push([from, from]);
  }
  const doc: IndexedDoc = {
    id: record.id,
    path: record.source.path,
    title: record.title,
    kind: record.kind,
    kraje: [...kraje],
    within: [...within],
    spans,
  };
  const place = record.territory?.name ?? record.places[0]?.name;
  if (place) doc.place = place;
  const kraj = record.territory?.kraj ?? doc.kraje[0];
  if (kraj) doc.kraj = kraj;
  if (record.territory) doc.territory = record.territory;
  return doc;
}

/** The fields lunr indexes for one record. */
function fieldsOf(record: DocumentRecord, text: DocumentText | undefined, doc: IndexedDoc): Record<FieldName | 'id', string> {
  const places = new Set<string>(record.places.map((p) => p.name));
  if (record.territory) for (const n of [record.territory.name, record.territory.kraj]) if (n) places.add(n);
  for (const k of doc.kraje) places.add(k);
  return {
    id: record.id,
    title: record.title,
    headings: text?.headings.join('\n') ?? '',
    body: text?.text ?? '',
    people: [...new Set(record.people.map((p) => p.name))].join('\n'),
    places: [...places].join('\n'),
  };
}

/**
 * What `lunr.Builder#add` fills in and `build()` reads (lunr 2.3.9): the documents, each field's term
 * frequencies and length, and the inverted index (term → `_index`, field → ref → metadata).
 */
interface LunrBuilderState {
  _fields: Record<string, unknown>;
  _documents: Record<string, object>;
  documentCount: number;
  termIndex: number;
  invertedIndex: Record<string, Record<string, Record<string, object>> & { _index: number }>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
}

/** lunr's key of a document's field, "field/ref" (lunr.FieldRef, which its typings leave out) */
const { FieldRef } = lunr as unknown as { FieldRef: { joiner: string } };

/**
 * `builder.add(doc)` of a builder set up by `useCzechAnalyzer` with an empty metadata whitelist, and the
 * terms of the phrase fields in text order: the same state, built from each field's term counts instead of
 * a lunr.Token per word run through the pipeline and three lookups in the inverted index per word (the
 * most of the index's cost while ingest writes). Distinct terms go in the order lunr meets them, so term
 * numbers, objects and the saved index are the same (tests/search/index-build.test.ts compares the two).
 */
export function addToLunr(
  builder: lunr.Builder,
  doc: Record<string, string> & { id: string },
  phraseFields: readonly string[],
): Record<string, RecordedTerms> {
  const state = builder as unknown as LunrBuilderState;
  const fields = Object.keys(state._fields);
  const ref = doc.id;
  const sequences: Record<string, RecordedTerms> = {};
  state._documents[ref] = {};
  state.documentCount += 1;
  for (const field of fields) {
    const counts = new Map<string, number>();
    let length = 0;
    const seen: RecordedTerms | undefined = phraseFields.includes(field) ? { terms: [], starts: [], lengths: [] } : undefined;
    forEachTerm(doc[field] ?? '', (term, start, end) => {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      length++;
      if (seen) {
        seen.terms.push(term);
        seen.starts.push(start);
        seen.lengths.push(end - start);
      }
    });
    if (seen) sequences[field] = seen;
    const fieldRef = `${field}${FieldRef.joiner}${ref}`;
    const frequencies: Record<string, number> = Object.create(null);
    state.fieldTermFrequencies[fieldRef] = frequencies;
    state.fieldLengths[fieldRef] = length;
    for (const [term, n] of counts) {
      frequencies[term] = n;
      let posting = state.invertedIndex[term];
      if (posting === undefined) {
        posting = Object.create(null) as LunrBuilderState['invertedIndex'][string];
        posting._index = state.termIndex++;
        for (const f of fields) posting[f] = Object.create(null);
        state.invertedIndex[term] = posting;
      }
      posting[field][ref] ??= Object.create(null);
    }
  }
  return sequences;
}

/** One shard's lunr builder, fed a document at a time. */
class ShardBuilder {
  private readonly builder = new lunr.Builder();
  /** the term sequences of the phrase fields, as the tokenizer produces them */
  private readonly sequences = new Map<string, Record<string, RecordedTerms>>();
  size = 0;

  constructor(options: IndexOptions) {
    useCzechAnalyzer(this.builder);
    this.builder.ref('id');
    for (const f of FIELDS) this.builder.field(f, { boost: options.boosts[f] });
    // no metadata per posting: positions are found again in the text of the hits shown (search/snippet.ts)
    this.builder.metadataWhitelist = [];
  }

  add(item: Record<FieldName | 'id', string>): void {
    this.sequences.set(item.id, addToLunr(this.builder, item, PHRASE_FIELDS));
    this.size++;
  }

  finish(): PreparedShard {
    const engine = engineFromLunr(this.builder.build());
    addSequences(engine, this.sequences, PHRASE_FIELDS);
    return prepareEngine(engine);
  }
}

/**
 * Builds the index a record at a time, so that ingest can index each record as it is written instead of
 * reading the outputs back (a record id seen before is skipped; a record without text is indexed without body).
 */
export class SearchIndexBuilder {
  private readonly options: IndexOptions;
  private readonly docs = new Map<string, IndexedDoc>();
  private readonly texts = new Map<string, DocumentText>();
  private readonly shards: PreparedShard[] = [];
  private shard: ShardBuilder;

  constructor(options: Partial<IndexOptions> = {}) {
    this.options = { ...DEFAULT_INDEX_OPTIONS, ...options };
    this.shard = new ShardBuilder(this.options);
  }

  add(record: DocumentRecord, text: DocumentText | undefined): void {
    if (this.docs.has(record.id)) return;
    const doc = indexedDoc(record);
    this.docs.set(record.id, doc);
    if (text) this.texts.set(record.id, text);
    this.shard.add(fieldsOf(record, text, doc));
    if (this.shard.size >= this.options.shardSize) {
      this.shards.push(this.shard.finish());
      this.shard = new ShardBuilder(this.options);
    }
  }

  finish(): SearchIndex {
    if (this.shard.size || this.shards.length === 0) this.shards.push(this.shard.finish());
    const meta: IndexMeta = {
      format: INDEX_FORMAT,
      analyzer: ANALYZER,
      documents: this.docs.size,
      pipeline: [PIPELINE_LABELS.analyze],
      shards: this.shards.map((_, i) => `engine-${i}`),
    };
    return { meta, docs: this.docs, shards: this.shards, texts: this.texts };
  }
}

/** Builds the index in memory from records and their texts (a record without text is indexed without body). */
export function buildSearchIndex(
  records: readonly DocumentRecord[],
  texts: ReadonlyMap<string, DocumentText>,
  options: Partial<IndexOptions> = {},
): SearchIndex {
  const builder = new SearchIndexBuilder(options);
  for (const record of records) builder.add(record, texts.get(record.id));
  return builder.finish();
}

/** Writes DIR/index/ (meta.json last, so a half-written index never loads). The texts are DIR/texts.jsonl. */
export async function saveSearchIndex(index: SearchIndex, outDir: string): Promise<string[]> {
  const dir = path.join(outDir, INDEX_DIR);
  const files: string[] = [];
  for (const [i, shard] of index.shards.entries()) {
    const { json, bin } = engineToFiles(shard.engine);
    await writeAtomic(path.join(dir, `${index.meta.shards[i]}.json`), json);
    await writeAtomic(path.join(dir, `${index.meta.shards[i]}.bin`), bin);
    files.push(`${index.meta.shards[i]}.json`, `${index.meta.shards[i]}.bin`);
  }
  await writeAtomic(path.join(dir, 'docs.json'), JSON.stringify([...index.docs.values()]));
  await writeAtomic(path.join(dir, 'meta.json'), JSON.stringify(index.meta, null, 2) + '\n');
  files.push('docs.json', 'meta.json');
  return files.map((f) => path.join(INDEX_DIR, f));
}

/**
 * Texts for these records: those given, else DIR/texts.jsonl (same id = same content), else the source
 * file read again. A record whose source cannot be read is indexed without body, with a warning.
 */
export async function resolveTexts(
  outDir: string,
  records: readonly DocumentRecord[],
  given?: ReadonlyMap<string, DocumentText> | readonly DocumentText[],
  warn: (message: string) => void = (m) => void process.stderr.write(`spisovna: ${m}\n`),
  savedTexts?: ReadonlyMap<string, DocumentText>,
): Promise<Map<string, DocumentText>> {
  const texts = new Map<string, DocumentText>();
  const provided = given ? (Array.isArray(given) ? new Map(given.map((t) => [t.id, t])) : (given as ReadonlyMap<string, DocumentText>)) : undefined;
  const missing = records.filter((r) => !provided?.has(r.id));
  const saved = savedTexts ?? (missing.length ? await readTexts(outDir).catch(() => new Map<string, DocumentText>()) : new Map<string, DocumentText>());
  for (const r of records) {
    const t = provided?.get(r.id) ?? saved.get(r.id);
    if (t) texts.set(r.id, t);
  }
  const unread = records.filter((r) => !texts.has(r.id));
  if (unread.length) {
    const { readDocument } = await import('../pipeline/read.js');
    const { DEFAULT_LIMITS } = await import('../corpus/limits.js');
    const failed: string[] = [];
    for (const r of unread) {
      try {
        const doc = await readDocument(await readFile(r.source.path), r.source.path, DEFAULT_LIMITS);
        texts.set(r.id, documentText(r.id, doc));
      } catch (err) {
        failed.push(`${r.source.path} (${(err as Error).message.split('\n')[0]})`);
      }
    }
    if (failed.length) {
      warn(`search index: ${failed.length} of ${records.length} records indexed without their text, e.g. ${failed[0]}`);
    }
  }
  return texts;
}

/**
 * The ingest hook and `spisovna index DIR`: texts (DIR/texts.jsonl, written here), then DIR/index/.
 * Returns the files written, relative to DIR.
 */
export async function writeSearchIndex(
  outDir: string,
  records?: readonly DocumentRecord[],
  texts?: ReadonlyMap<string, DocumentText> | readonly DocumentText[],
  options: Partial<IndexOptions> = {},
): Promise<string[]> {
  records ??= await readRecords(outDir);
  const saved = await readTexts(outDir).catch(() => new Map<string, DocumentText>());
  const resolved = await resolveTexts(outDir, records, texts, undefined, saved);
  const written: string[] = [];
  // DIR/texts.jsonl as ingest wrote it stays untouched when it already holds every text
  if (records.some((r) => resolved.get(r.id) !== saved.get(r.id)) || saved.size !== resolved.size) {
    await writeTexts(outDir, records.filter((r) => resolved.has(r.id)).map((r) => resolved.get(r.id)!));
    written.push(TEXTS_FILE);
  }
  const index = buildSearchIndex(records, resolved, options);
  return [...written, ...(await saveSearchIndex(index, outDir))];
}

/** Reads DIR/records.jsonl, each line checked against the record schema. */
export const readRecords = (dir: string): Promise<DocumentRecord[]> => readJsonRecords(dir, 'index');
