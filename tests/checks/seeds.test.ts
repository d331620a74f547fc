import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../corpus/limits.js';
import { processBytes } from '../../pipeline/process.js';
import type { Flag } from '../../schema/index.js';
import { matchesGold } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const seeds = path.join(root, 'seeds');
const dev = path.resolve(root, '../shared/eval/docs');
const heldout = path.join(root, 'tests/fixtures/heldout');

async function flagsOf(file: string): Promise<Flag[]> {
  const { record, entry } = await processBytes(await readFile(file), file, DEFAULT_LIMITS);
  if (!record) throw new Error(`${file}: ${entry.reason}`);
  return record.flags;
}

describe('checks over the whole pipeline', () => {
  it('the seeds yield exactly two flags: period-order in 000 and period-conflict in 003', async () => {
    const all: Array<{ file: string; flag: Flag }> = [];
    for (const name of readdirSync(seeds).sort()) {
      for (const flag of await flagsOf(path.join(seeds, name))) all.push({ file: name.slice(0, 3), flag });
    }
    expect(all.map((f) => `${f.file} ${f.flag.rule}`)).toEqual(['000 period-order', '003 period-conflict']);
    expect(matchesGold(all[0].flag, 'period-order', '2014 – 1017')).toBe(true);
    expect(matchesGold(all[1].flag, 'period-conflict', '2017-2021 vs 2018 – 2021')).toBe(true);
  });

  it.skipIf(!existsSync(dev))('the dev documents yield no flag', async () => {
    const all: string[] = [];
    for (const name of readdirSync(dev).filter((n) => !/SOURCES/.test(n)).sort()) {
      for (const flag of await flagsOf(path.join(dev, name))) all.push(`${name} ${flag.rule}: ${flag.message}`);
    }
    expect(all).toEqual([]);
  });

  it.skipIf(!existsSync(heldout))('the held-out documents yield exactly their gold flags', async () => {
    const unmatched: string[] = [];
    for (const name of readdirSync(path.join(heldout, 'docs')).sort()) {
      const gold = JSON.parse(await readFile(path.join(heldout, 'gold', name.replace(/\.[^.]+$/, '.json')), 'utf8')) as { flags: Array<{ rule: string; about: string }> };
      const flags = await flagsOf(path.join(heldout, 'docs', name));
      const left = [...flags];
      for (const g of gold.flags) {
        const i = left.findIndex((f) => matchesGold(f, g.rule, g.about));
        if (i < 0) unmatched.push(`${name}: missed ${g.rule} ${g.about}`);
        else left.splice(i, 1);
      }
      for (const f of left) unmatched.push(`${name}: extra ${f.rule}: ${f.message}`);
    }
    expect(unmatched).toEqual([]);
  });
});
