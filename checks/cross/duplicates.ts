import type { CrossFlag } from '../../schema/config.js';
import { fold } from '../util.js';
import { components, type CrossContext, type CrossRule } from './types.js';

const ID = 'duplicate';
const SHINGLE = 5;
const HASHES = 128;
const BANDS = 32;
const ROWS = HASHES / BANDS;
const MAX_SHINGLES = 200_000;

/**
 * duplicate: documents with the same text (after normalising case and spacing: the same document as TXT and as
 * DOCX), or near-duplicates — estimated Jaccard similarity of their word 5-shingles at or above the configured
 * threshold (MinHash, 128 hashes, candidates by LSH in 32 bands of 4).
 */
export const duplicateDocuments: CrossRule = {
  id: ID,
  severity: 'info',
  description: 'exact and near-duplicate documents',
  check(ctx: CrossContext) {
    const docs = ctx.records
      .map((record) => ({ record, text: ctx.texts.get(record.id) }))
      .filter((d): d is { record: (typeof d)['record']; text: string } => d.text !== undefined && d.text.trim().length > 0);
    const words = docs.map((d) => fold(d.text).match(/[\p{L}\p{N}]+/gu) ?? []);
    const signatures = words.map(minhash);
    const exact = words.map((w) => w.join(' '));
    // candidates: documents that agree on a whole band
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, i) => {
      if (!sig) return;
      for (let b = 0; b < BANDS; b++) {
        const key = `${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).join(',')}`;
        buckets.set(key, [...(buckets.get(key) ?? []), i]);
      }
    });
    const similarity = new Map<string, number>();
    for (const members of buckets.values()) {
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const [i, j] = [members[x], members[y]];
          const key = `${i}/${j}`;
          if (!similarity.has(key)) similarity.set(key, exact[i] === exact[j] ? 1 : estimate(signatures[i]!, signatures[j]!));
        }
      }
    }
    // short texts (fewer words than a shingle) are compared as they are
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        if ((!signatures[i] || !signatures[j]) && exact[i] === exact[j]) similarity.set(`${i}/${j}`, 1);
      }
    }
    const pairs = [...similarity]
      .filter(([, s]) => s >= ctx.config.duplicates.threshold)
      .map(([key]) => key.split('/').map(Number) as [number, number]);
    return components(docs.length, pairs).map((group): CrossFlag => {
      const same = group.every((i) => exact[i] === exact[group[0]]);
      const best = Math.min(...group.slice(1).map((j) => similarity.get(`${Math.min(group[0], j)}/${Math.max(group[0], j)}`) ?? 0));
      return {
        rule: ID,
        severity: duplicateDocuments.severity,
        message: same
          ? `${documents(group.length)} ${group.length < 5 ? 'mají' : 'má'} stejný text`
          : `${documents(group.length)} ${group.length < 5 ? 'jsou' : 'je'} téměř ${group.length < 5 ? 'shodné' : 'shodných'} (podobnost ${Math.round(best * 100)} %)`,
        documents: group.map((i) => {
          const text = docs[i].text;
          const end = Math.min(text.length, Math.max(1, text.indexOf('\n') > 0 ? text.indexOf('\n') : 80));
          return { id: docs[i].record.id, path: docs[i].record.source.path, evidence: [{ text: text.slice(0, end), start: 0, end }] };
        }),
        actual: same ? 1 : Math.round(best * 100) / 100,
      };
    });
  },
};

function documents(n: number): string {
  return `${n} ${n < 5 ? 'dokumenty' : 'dokumentů'}`;
}

/** Seeds of the hash family: fixed, so that two runs agree. */
const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

function minhash(words: readonly string[]): number[] | undefined {
  if (words.length < SHINGLE) return undefined;
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  // a very long document is known by its first MAX_SHINGLES shingles: enough to tell copies, and fast
  for (let i = 0; i + SHINGLE <= words.length && i < MAX_SHINGLES; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < HASHES; k++) {
      const v = mix(h ^ SEEDS[k]);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

function estimate(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a good 32-bit mixer. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
