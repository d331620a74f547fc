import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type DocumentRecord } from '../schema/index.js';
import { DEFAULT_LIMITS } from '../corpus/limits.js';
import { readDocument, sha256 } from '../pipeline/read.js';
import { FallbackEngine, type Engine } from './fallback-search.js';
import { fold } from './fold.js';
import { Territory } from './territory.js';
import { loadIndexEngine } from './index-search.js';
import { readRecords } from '../output/read.js';

/** One record with what the server derives from it once, at start. */
export interface Entry {
  record: DocumentRecord;
  /** the place a hit is shown under: the territory, else the first place named */
  place?: string;
  kraje: Set<string>;
  orps: Set<string>;
  obce: Set<string>;
  /** the ORP of each obce entry, as the territory places it */
  obecOrp: Map<string, string>;
  /** folded names of every unit the document lies in or names, up the hierarchy */
  placeKeys: Set<string>;
  years: number[];
}

export interface Dataset {
  dir: string;
  entries: Map<string, Entry>;
  /** in the order of records.jsonl */
  ordered: Entry[];
  texts: Map<string, string>;
  territory: Territory;
  engine: Engine;
  /** what went wrong reading texts or the index, told once on start */
  warnings: string[];
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
/** a period longer than this is a typo ("2014 – 1017"), not a span of years to list */
const MAX_SPAN = 30;

/** Reads an output folder of `spisovna ingest`: records, their texts, the search index. */
export async function loadDataset(dir: string): Promise<Dataset> {
  const records = await readRecords(dir, 'serve');
  const territory = await Territory.load();
  const warnings: string[] = [];
  const texts = await loadTexts(dir, records, warnings);

  const entries = new Map<string, Entry>();
  const ordered: Entry[] = [];
  for (const record of records) {
    const entry = derive(record, territory);
    entries.set(record.id, entry);
    ordered.push(entry);
  }
  let engine: Engine | undefined;
  try {
    engine = await loadIndexEngine(dir);
  } catch (err) {
    warnings.push(`search index not used (${err instanceof Error ? err.message : String(err)}); searching the texts directly, without Czech stemming`);
  }
  engine ??= new FallbackEngine(ordered, texts);
  return { dir, entries, ordered, texts, territory, engine, warnings };
}


/**
 * The normalised texts every evidence offset points into: DIR/texts.jsonl when ingest wrote it, else each
 * source read again (only when its bytes still hash to the record's sha256, so offsets stay true).
 */
async function loadTexts(dir: string, records: readonly DocumentRecord[], warnings: string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const file = path.join(dir, 'texts.jsonl');
  const wanted = new Set(records.map((r) => r.id));
  if (existsSync(file)) {
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      const value = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof value.id === 'string' && typeof value.text === 'string' && wanted.has(value.id)) texts.set(value.id, value.text);
    }
  }
  const missing = records.filter((r) => !texts.has(r.id));
  for (const record of missing) {
    const text = await rereadSource(dir, record);
    if (text === undefined) warnings.push(`no text for ${record.source.path} (${record.id}): not in texts.jsonl and the source is gone or changed`);
    else texts.set(record.id, text);
  }
  return texts;
}

async function rereadSource(dir: string, record: DocumentRecord): Promise<string | undefined> {
  // paths in records are as given to ingest: absolute, or relative to where it ran (here, or beside DIR)
  const candidates = path.isAbsolute(record.source.path)
    ? [record.source.path]
    : [path.resolve(record.source.path), path.resolve(dir, '..', record.source.path), path.resolve(dir, '../..', record.source.path)];
  for (const candidate of candidates) {
    let bytes: Buffer;
    try {
      bytes = await readFile(candidate);
    } catch {
      continue;
    }
    if (sha256(bytes) !== record.source.sha256) continue;
    try {
      return (await readDocument(bytes, record.source.path, DEFAULT_LIMITS)).text;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function derive(record: DocumentRecord, territory: Territory): Entry {
  const kraje = new Set<string>();
  const orps = new Set<string>();
  const obce = new Set<string>();
  const placeKeys = new Set<string>();
  const obecOrp = new Map<string, string>();
  const t = record.territory;
  if (t) {
    for (const name of [t.name, t.obec, t.orp, t.okres, t.kraj]) if (name) placeKeys.add(fold(name));
    if (t.kraj) kraje.add(t.kraj);
    if (t.orp) orps.add(t.orp);
    if (t.obec) obce.add(t.obec);
    if (t.level === 'obec') obce.add(t.name);
    if (t.orp) for (const obec of [t.obec, t.level === 'obec' ? t.name : undefined]) if (obec) obecOrp.set(obec, t.orp);
    if (t.level === 'orp') orps.add(t.name);
    if (t.level === 'kraj') kraje.add(t.name);
  }
  for (const place of record.places) {
    placeKeys.add(fold(place.name));
    const located = territory.locate(place.name, place.level, place.code);
    const kraj = place.kraj ?? located?.kraj;
    if (kraj) {
      kraje.add(kraj);
      placeKeys.add(fold(kraj));
    }
    if (located?.orp && (place.level === 'orp' || place.level === 'obec')) {
      orps.add(located.orp);
      placeKeys.add(fold(located.orp));
    }
    if (located?.okres) placeKeys.add(fold(located.okres));
    if (place.level === 'obec') {
      obce.add(place.name);
      if (located?.orp && !obecOrp.has(place.name)) obecOrp.set(place.name, located.orp);
    }
  }
  const entry: Entry = { record, kraje, orps, obce, obecOrp, placeKeys, years: yearsOf(record) };
  const place = t?.name ?? record.places[0]?.name;
  if (place) entry.place = place;
  return entry;
}

/** The years a record is about: those of its dates and every year of its (sane) periods. */
export function yearsOf(record: DocumentRecord): number[] {
  const years = new Set<number>();
  const add = (y: number) => {
    if (Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX) years.add(y);
  };
  for (const d of record.dates) if (!d.invalid) add(Number(d.date.slice(0, 4)));
  for (const p of record.periods) {
    const from = Number(p.from.slice(0, 4));
    const to = Number(p.to.slice(0, 4));
    if (to >= from && to - from <= MAX_SPAN) for (let y = from; y <= to; y++) add(y);
    else {
      add(from);
      add(to);
    }
  }
  return [...years].sort((a, b) => a - b);
}
