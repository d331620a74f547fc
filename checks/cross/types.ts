import type { DocumentRecord, Severity } from '../../schema/index.js';
import type { CheckConfig, CrossFlag } from '../../schema/config.js';

/** What a cross-document rule sees: every record of an output folder and the texts that could be read. */
export interface CrossContext {
  records: readonly DocumentRecord[];
  /** normalised text by record id; a record without one is checked on its fields alone */
  texts: ReadonlyMap<string, string>;
  config: CheckConfig;
}

export interface CrossRule {
  id: string;
  severity: Severity;
  description: string;
  check(ctx: CrossContext): CrossFlag[];
}

/** Groups the indices 0…n-1 joined by `pairs` (union-find); groups of one are left out. */
export function components(n: number, pairs: ReadonlyArray<[number, number]>): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (const [a, b] of pairs) parent[root(b)] = root(a);
  const groups = new Map<number, number[]>();
  for (const [a, b] of pairs) {
    for (const i of [a, b]) {
      const r = root(i);
      const g = groups.get(r) ?? [];
      if (!g.includes(i)) g.push(i);
      groups.set(r, g);
    }
  }
  return [...groups.values()].map((g) => g.sort((x, y) => x - y));
}
