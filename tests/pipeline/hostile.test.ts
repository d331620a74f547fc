import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestEntrySchema, recordSchema, type DocumentRecord, type ManifestEntry } from '../../schema/index.js';
import { EXPECTED, makeHostileFolder } from './hostile.js';
import { jsonl, spisovna, type Run } from './helpers.js';

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(path.join(dir, e.name), rel)));
    else out.push(rel);
  }
  return out;
}

describe('ingest of a folder of hostile and broken input mixed with good files', () => {
  let tmp: string;
  let input: string;
  let out: string;
  let run: Run;
  let manifest: ManifestEntry[];
  let records: DocumentRecord[];
  let texts: Map<string, string>;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'spisovna-hostile-'));
    input = await makeHostileFolder(path.join(tmp, 'archiv'));
    out = path.join(tmp, 'out');
    run = await spisovna(['ingest', '.', '--out', out, '--quiet'], input);
    manifest = (await jsonl(path.join(out, 'manifest.jsonl'))).map((e) => manifestEntrySchema.parse(e));
    records = (await jsonl(path.join(out, 'records.jsonl'))).map((r) => recordSchema.parse(r));
    texts = new Map((await jsonl<{ id: string; text: string }>(path.join(out, 'texts.jsonl'))).map((t) => [t.id, t.text]));
  }, 180_000);
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('finishes without a crash or a hang, exit code 1 for the failed files', () => {
    expect(run.signal, run.stderr).toBeNull();
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('gives every input file and archive member exactly one manifest entry', async () => {
    const files = (await listFiles(input)).sort();
    const paths = manifest.map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const f of files) expect(paths.filter((p) => p === f), f).toHaveLength(1);
    expect([...paths].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(paths.filter((p) => !p.includes('!/')).sort()).toEqual(files);
  });

  it('gives each input its expected status and reason', () => {
    const byPath = new Map(manifest.map((e) => [e.path, e]));
    for (const [file, want] of Object.entries(EXPECTED)) {
      const got = byPath.get(file);
      expect(got, file).toBeDefined();
      if (Array.isArray(want.status)) expect(want.status, `${file}: ${got!.reason}`).toContain(got!.status);
      else expect(got!.status, `${file}: ${got!.reason}`).toBe(want.status);
      if (want.reason && got!.status === 'failed') expect(got!.reason, file).toMatch(want.reason);
      if (want.duplicateOf) expect(got!.duplicateOf, file).toBe(want.duplicateOf);
      if (want.format) expect(got!.format, file).toBe(want.format);
      expect(got!.sha256, file).toMatch(file === 'bundle.zip!/../escape.txt' || file === 'bundle.zip!/bomb.bin' ? /^$/ : /^[0-9a-f]{64}$/);
    }
  });

  it('gives a record for each good file and none for the bad ones', () => {
    const ok = manifest.filter((e) => e.status === 'ok' && e.format !== 'zip');
    expect(records.map((r) => r.source.path)).toEqual(ok.map((e) => e.path));
    for (const r of records) expect(r.id).toBe(manifest.find((e) => e.path === r.source.path)!.id);
  });

  it('expands no XML entity and fetches no external one', () => {
    const laughs = records.find((r) => r.source.path === 'bad/billion-laughs.docx');
    const xxe = records.find((r) => r.source.path === 'bad/xxe.docx');
    if (laughs) {
      expect(texts.get(laughs.id)!.length).toBeLessThan(1000);
      expect(texts.get(laughs.id)).not.toMatch(/(lol){20}/);
    }
    if (xxe) expect(texts.get(xxe.id)).not.toMatch(/root:/);
    for (const e of manifest.filter((m) => /laughs|xxe/.test(m.path))) expect(e.reason ?? '').not.toMatch(/root:|(lol){20}/);
    expect(texts.get(records.find((r) => r.source.path === 'good/laughs.xml')!.id)!.length).toBeLessThan(2000);
  });

  it('reads NFD text as NFC, and text with NULs and invalid UTF-8', () => {
    const nfd = records.find((r) => r.source.path === 'good/nfd.txt')!;
    expect(texts.get(nfd.id)).toContain('Zápis z jednání pracovní skupiny Senioři'.normalize('NFC'));
    const nul = records.find((r) => r.source.path === 'good/nul-and-invalid-utf8.txt')!;
    expect(texts.get(nul.id)).toMatch(/Konec z\S+pisu/);
  });

  it('keeps the HTML nested 200,000 levels deep, without a stack overflow', () => {
    const deep = records.find((r) => r.source.path === 'bad/deep.html')!;
    expect(texts.get(deep.id)).toContain('Olomouc');
    expect(deep.messages.map((m) => m.ruleId)).toContain('html-too-deep');
  });

  it('stays under 1.5 GB of memory', () => {
    if (run.peakMb === undefined) return; // no /usr/bin/time here
    expect(run.peakMb).toBeLessThan(1536);
  });
});
