import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { root, runCli } from '../helpers/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchResultSchema } from '../../schema/index.js';

const run = promisify(execFile);
const spisovna = (...args: string[]) => runCli(args);

describe('spisovna search over an ingest of the seeds (the built bin)', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'spisovna-search-cli-'));
    const { code, stderr } = await spisovna('ingest', 'seeds', '--out', out, '--quiet');
    expect(code, stderr).toBe(0);
  }, 120_000);
  afterAll(async () => rm(out, { recursive: true, force: true }));

  it('ingest writes the index and the texts', async () => {
    const meta = JSON.parse(await readFile(path.join(out, 'index', 'meta.json'), 'utf8')) as { documents: number };
    expect(meta.documents).toBe(5);
    expect((await readFile(path.join(out, 'texts.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(5);
  });

  it('--json prints { total, hits: [{ id, path, title, kind, score, snippet }] }', async () => {
    const { code, stdout, stderr } = await spisovna('search', 'Olga Merglova', '--index', out, '--json');
    expect(code, stderr).toBe(0);
    const result = searchResultSchema.parse(JSON.parse(stdout));
    expect(result.total).toBeGreaterThan(0);
    const hit = result.hits[0];
    expect(Object.keys(hit)).toEqual(expect.arrayContaining(['id', 'path', 'title', 'kind', 'score', 'snippet']));
    expect(hit.path).toMatch(/^seeds\/002_/);
    expect(hit.snippet).toContain('Merglová');
  });

  it('finds documents typed without diacritics, in the top 3', async () => {
    for (const [query, file] of [['komunitni plan pece usti nad labem', '003_'], ['strakonice', '001_'], ['komunitni planovani teplice', '004_']]) {
      const { stdout } = await spisovna('search', query, '--index', out, '--json', '--limit', '3');
      const paths = (JSON.parse(stdout) as { hits: Array<{ path: string }> }).hits.map((h) => h.path);
      expect(paths.some((p) => p.includes(file)), `${query} → ${paths.join(', ')}`).toBe(true);
    }
  });

  it('prints ranked hits with the matched words marked', async () => {
    const { code, stdout } = await spisovna('search', '"střednědobý plán"', '--index', out, '--limit', '2', '--facets');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ documents? for ""střednědobý plán""/);
    expect(stdout).toMatch(/\[\[Střednědobého\]\] \[\[plánu\]\]|\[\[Střednědobý\]\] \[\[plán\]\]/);
    expect(stdout).toMatch(/^kind: /m);
  });

  it('a malformed query is one clear line and exit code 2', async () => {
    const { code, stdout, stderr } = await spisovna('search', '"pečovatelská služba', '--index', out);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('malformed query');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('bad flags are usage errors', async () => {
    const { code, stderr } = await spisovna('search', 'plán', '--index', out, '--from', '2020', '--to', '2010');
    expect(code).toBe(2);
    expect(stderr).toContain('from must not be after to');
  });

  it('spisovna index DIR rebuilds the index; another format is refused with the rebuild command', async () => {
    const meta = path.join(out, 'index', 'meta.json');
    const saved = JSON.parse(await readFile(meta, 'utf8')) as { format: number };
    await writeFile(meta, JSON.stringify({ ...saved, format: 999 }));
    const refused = await spisovna('search', 'plán', '--index', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(`spisovna: index format 999, expected ${saved.format} — rebuild with \`spisovna index ${out}\``);
    const rebuilt = await spisovna('index', out);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect((await spisovna('search', 'plán', '--index', out, '--json')).code).toBe(0);
  }, 60_000);
});

describe('relevance (scripts/relevance.mjs over the built dist)', () => {
  it('every query that names a seed or dev document finds it in the top 3, with and without diacritics', async () => {
    const { code, stdout, stderr } = await run(process.execPath, [path.join(root, 'scripts/relevance.mjs'), '--check'], { cwd: root, maxBuffer: 16 * 1024 * 1024 })
      .then((r) => ({ code: 0, ...r }))
      .catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toMatch(/\| spisovna \| without diacritics \| seeds \+ dev \|/);
  }, 120_000);
});

describe('spisovna search filters on the command line', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'spisovna-search-cli-'));
    const { code, stderr } = await spisovna('ingest', 'seeds', '--out', out, '--quiet');
    expect(code, stderr).toBe(0);
  }, 120_000);
  afterAll(async () => rm(out, { recursive: true, force: true }));

  it('--kind takes one kind or several, comma-separated; a wrong one is a usage error', async () => {
    const all = JSON.parse((await spisovna('search', 'plán', '--index', out, '--json', '--limit', '50')).stdout) as { hits: Array<{ kind: string }>; facets: { kind: Record<string, number> } };
    const kinds = Object.keys(all.facets.kind);
    const one = JSON.parse((await spisovna('search', 'plán', '--index', out, '--json', '--kind', kinds[0])).stdout) as { total: number; hits: Array<{ kind: string }> };
    expect(one.total).toBe(all.facets.kind[kinds[0]]);
    expect(one.hits.every((h) => h.kind === kinds[0])).toBe(true);
    const several = JSON.parse((await spisovna('search', 'plán', '--index', out, '--json', '--kind', kinds.join(','))).stdout) as { total: number };
    expect(several.total).toBe(Object.values(all.facets.kind).reduce((a, b) => a + b, 0));
    const bad = await spisovna('search', 'plán', '--index', out, '--kind', 'letter');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('kind');
  });
});

describe('the index on disk', () => {
  it('is byte-identical when the same input is ingested twice', async () => {
    const a = await mkdtemp(path.join(os.tmpdir(), 'spisovna-search-cli-'));
    const b = await mkdtemp(path.join(os.tmpdir(), 'spisovna-search-cli-'));
    try {
      for (const dir of [a, b]) {
        const { code, stderr } = await spisovna('ingest', 'seeds', '--out', dir, '--quiet');
        expect(code, stderr).toBe(0);
      }
      for (const file of ['meta.json', 'docs.json', 'engine-0.json', 'engine-0.bin']) {
        expect((await readFile(path.join(b, 'index', file))).equals(await readFile(path.join(a, 'index', file))), file).toBe(true);
      }
    } finally {
      await rm(a, { recursive: true, force: true });
      await rm(b, { recursive: true, force: true });
    }
  }, 240_000);
});
