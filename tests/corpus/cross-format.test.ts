import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../corpus/limits.js';
import { processBytes, type Processed } from '../../pipeline/process.js';
import type { DocumentRecord } from '../../schema/index.js';
import { root, SEED_VARIANTS, seedStems, seedVariant, sequenceSimilarity, words } from './helpers.js';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Issue 2: the records of each format of a seed carry the same fields as the UTF-8 text. The texts must
 * hold the same words in the same order, and every extracted value must be the same.
 */

type Key = (item: Record<string, unknown>) => string;
const FIELDS: Record<string, Key> = {
  places: (x) => String(x.name).toLowerCase(),
  dates: (x) => `${String(x.date)}|${String(x.role ?? '')}`,
  periods: (x) => `${String(x.from)}/${String(x.to)}|${String(x.role ?? '')}`,
  people: (x) => `${String(x.name)}|${String(x.role ?? '')}`,
  money: (x) => `${Number(x.amount).toFixed(2)} ${String(x.currency)}`,
  percentages: (x) => Number(x.value).toFixed(2),
  identifiers: (x) => `${String(x.type)}:${String(x.value)}`,
  contacts: (x) => `${String(x.type)}:${String(x.value)}`,
  flags: (x) => String(x.rule),
};

/** A record's extracted values, field by field, sorted: what the formats must agree on. */
function values(record: DocumentRecord): Record<string, string[]> {
  const r = record as unknown as Record<string, unknown>;
  const out: Record<string, string[]> = { kind: [String(r.kind)] };
  for (const [field, key] of Object.entries(FIELDS)) {
    const items = Array.isArray(r[field]) ? (r[field] as Record<string, unknown>[]) : [];
    out[field] = items.map(key).sort();
  }
  return out;
}

async function processed(bytes: Buffer, name: string): Promise<Processed & { record: DocumentRecord }> {
  const p = await processBytes(bytes, name, DEFAULT_LIMITS);
  expect(p.entry.status, `${name}: ${p.entry.reason ?? ''}`).toBe('ok');
  return p as Processed & { record: DocumentRecord };
}

describe.each(seedStems())('seed %s in every format', (stem) => {
  let base: Processed & { record: DocumentRecord };
  const baseline = async () => (base ??= await processed(fs.readFileSync(path.join(root, 'seeds', `${stem}.txt`)), `${stem}.txt`));

  it.each(SEED_VARIANTS)('%s gives the words and the fields of the UTF-8 text', async (variant) => {
    const b = await baseline();
    const { name, bytes } = seedVariant(variant, stem);
    const p = await processed(bytes, name);
    // ISO-8859-2 has no dashes or bullets: its text was written with ASCII stand-ins
    const similarity = sequenceSimilarity(words(b.text!.text), words(p.text!.text));
    expect(similarity).toBeGreaterThanOrEqual(variant === 'txt-8859-2' ? 0.99 : 0.999);
    expect(values(p.record)).toEqual(values(b.record));
  });
});
