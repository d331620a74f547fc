import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestEntrySchema, recordSchema } from '../../schema/index.js';

const spisovna = (...args: string[]) => runCli(args);

const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);

describe('spisovna ingest seeds', () => {
  let out: string;
  let out2: string;
  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'spisovna-spine-'));
    out2 = await mkdtemp(path.join(os.tmpdir(), 'spisovna-spine-'));
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
    await rm(out2, { recursive: true, force: true });
  });

  it('writes five valid records, a manifest entry per file and the CSV tables', async () => {
    const { code, stderr } = await spisovna('ingest', 'seeds', '--out', out, '--quiet');
    expect(code, stderr).toBe(0);
    const records = lines(await readFile(path.join(out, 'records.jsonl'), 'utf8')).map((r) => recordSchema.parse(r));
    expect(records).toHaveLength(5);
    expect(records.map((r) => r.source.path)).toEqual([...records.map((r) => r.source.path)].sort());
    for (const r of records) {
      expect(r.id).toBe(r.source.sha256.slice(0, 16));
      expect(r.text.chars).toBeGreaterThan(500);
      expect(r.title.length).toBeGreaterThan(5);
    }
    const manifest = lines(await readFile(path.join(out, 'manifest.jsonl'), 'utf8')).map((e) => manifestEntrySchema.parse(e));
    expect(manifest.map((e) => e.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    const documents = await readFile(path.join(out, 'documents.csv'), 'utf8');
    expect(documents.startsWith('\uFEFFdocument_id,path,')).toBe(true);
    expect(documents.split('\r\n').filter(Boolean)).toHaveLength(6);
    for (const table of ['people.csv', 'dates.csv', 'money.csv', 'periods.csv', 'places.csv', 'flags.csv']) {
      expect((await readFile(path.join(out, table), 'utf8')).startsWith('\uFEFFdocument_id,path,')).toBe(true);
    }
  });

  it('gives byte-identical records and manifest on a second run', async () => {
    await spisovna('ingest', 'seeds', '--out', out2, '--quiet');
    for (const file of ['records.jsonl', 'manifest.jsonl', 'documents.csv']) {
      expect(await readFile(path.join(out2, file), 'utf8')).toBe(await readFile(path.join(out, file), 'utf8'));
    }
  });
});

describe('spisovna CLI', () => {
  it('prints the JSON Schema of a record', async () => {
    const { code, stdout } = await spisovna('schema');
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as { properties: Record<string, unknown>; required: string[] };
    for (const field of ['id', 'source', 'kind', 'title', 'places', 'dates', 'periods', 'people', 'money', 'flags']) {
      expect(schema.properties).toHaveProperty(field);
    }
  });

  it('extracts one file to a record on stdout', async () => {
    const { code, stdout } = await spisovna('extract', 'seeds/002_27b9c8ee34d95d5c.txt');
    expect(code).toBe(0);
    const record = recordSchema.parse(JSON.parse(stdout));
    expect(record.kind).toBe('minutes');
    expect(record.source.encoding).toBe('utf-8');
  });

  it('exits 2 with one clear line for a missing input', async () => {
    const { code, stderr } = await spisovna('ingest', 'no-such-folder', '--out', os.tmpdir());
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/no such file or folder: no-such-folder/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown option', async () => {
    const { code } = await spisovna('ingest', 'seeds', '--no-such-flag');
    expect(code).toBe(2);
  });
});

describe('spisovna output read by a pipe that closes early', () => {
  it('stops quietly with exit 0 (`spisovna extract zápis.txt | head -c 100`)', async () => {
    const { spawn } = await import('node:child_process');
    const { writeFile } = await import('node:fs/promises');
    const { root } = await import('../helpers/cli.js');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spisovna-pipe-'));
    try {
      // minutes with some thousand meetings: a record far larger than a pipe holds (64 KB)
      const lines = ['Zápis z jednání pracovní skupiny pro seniory', ''];
      for (let y = 2010; y <= 2020; y++) for (let m = 1; m <= 12; m++) for (let d = 1; d <= 28; d += 3) lines.push(`Jednání se konalo dne ${d}. ${m}. ${y} v Kadani.`);
      await writeFile(path.join(dir, 'zápis.txt'), lines.join('\n'));
      const child = spawn(process.execPath, [path.join(root, 'bin/spisovna.js'), 'extract', 'zápis.txt'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      // the reader takes the first chunk and goes away, as `head -c 100` does
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(stderr).not.toMatch(/EPIPE|Unhandled/);
      expect(code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
