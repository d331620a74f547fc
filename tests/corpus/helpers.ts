import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS } from '../../corpus/limits.js';
import { readerFor } from '../../corpus/readers/index.js';
import type { RawDocument } from '../../schema/index.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const fixtures = path.join(root, 'tests/fixtures');

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(fixtures, name));
}

/** Reads bytes with the reader their content calls for. */
export async function readBytes(bytes: Buffer, name: string): Promise<RawDocument> {
  return readerFor(bytes, name).read(bytes, { path: name, limits: DEFAULT_LIMITS });
}

/** The text of a raw document's blocks, one a line. */
export function blockText(doc: RawDocument): string {
  return doc.blocks.map((b) => b.text).join('\n');
}

/** Words of a text (letters and digits, NFC, lower-cased), for comparing texts across formats. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice similarity of two word sequences by their longest common subsequence (1 = the same words in order). */
export function sequenceSimilarity(a: string[], b: string[]): number {
  if (!a.length && !b.length) return 1;
  const dp = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const t = dp[j];
      dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j], dp[j - 1]);
      prev = t;
    }
  }
  return (2 * dp[b.length]) / (a.length + b.length);
}

export const SEED_VARIANTS = ['pdf', 'pdf-typeset', 'docx', 'doc', 'odt', 'rtf', 'html-1250', 'txt-1250', 'txt-8859-2'] as const;

export function seedStems(): string[] {
  return fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
}

export function seedVariant(variant: string, stem: string): { name: string; bytes: Buffer } {
  const dir = path.join(fixtures, 'seeds', variant);
  const name = fs.readdirSync(dir).find((f) => f.replace(/\.[^.]+$/, '') === stem);
  if (!name) throw new Error(`no ${variant} fixture for ${stem}`);
  return { name, bytes: fs.readFileSync(path.join(dir, name)) };
}
