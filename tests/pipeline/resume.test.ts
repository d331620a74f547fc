import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CZECH, docxOfParagraphs } from './hostile.js';
import { jsonl, OUTPUTS, spisovna } from './helpers.js';

const TOWNS = ['Šumperk', 'Žďár nad Sázavou', 'Úvaly', 'Čáslav', 'Říčany', 'Ústí nad Orlicí', 'Třeboň', 'Ždánice'];

/** A folder of distinct documents: plain text, DOCX and HTML, enough work for a run to be killed halfway. */
async function makeCorpus(dir: string, files: number): Promise<void> {
  await mkdir(path.join(dir, 'zápisy'), { recursive: true });
  await mkdir(path.join(dir, 'plány'), { recursive: true });
  for (let i = 0; i < files; i++) {
    const town = TOWNS[i % TOWNS.length];
    const body = `${CZECH.replace('Štěpánov', town)}\nPoznámka č. ${i}: ${'Služba je poskytována terénní formou. '.repeat(20 + (i % 30))}\n`;
    if (i % 3 === 0) await writeFile(path.join(dir, 'zápisy', `zápis ${i}.txt`), body);
    else if (i % 3 === 1) await writeFile(path.join(dir, 'plány', `plán-${i}.docx`), docxOfParagraphs(body.split('\n').filter(Boolean)));
    else await writeFile(path.join(dir, 'zápisy', `web ${i}.html`), `<!DOCTYPE html><html><body>${body.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`);
  }
}

async function outputs(out: string): Promise<Record<string, string>> {
  const got: Record<string, string> = {};
  for (const f of OUTPUTS) got[f] = await readFile(path.join(out, f), 'utf8');
  return got;
}

async function lastRun(out: string): Promise<{ hashed: number; parsed: number; cached: number; entries: number }> {
  return JSON.parse(await readFile(path.join(out, '.cache/last-run.json'), 'utf8'));
}

async function cachedResults(out: string): Promise<number> {
  try {
    const dirs = (await readdir(path.join(out, '.cache'))).filter((d) => d.startsWith('v'));
    return dirs.length ? (await readdir(path.join(out, '.cache', dirs[0], 'results'))).filter((f) => f.endsWith('.json')).length : 0;
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('incremental and resumable ingest', () => {
  let tmp: string;
  let input: string;
  let clean: Record<string, string>;
  const N = 60;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'spisovna-resume-'));
    input = path.join(tmp, 'archiv');
    await makeCorpus(input, N);
    const run = await spisovna(['ingest', '.', '--out', path.join(tmp, 'clean'), '--quiet'], input);
    expect(run.code, run.stderr).toBe(0);
    clean = await outputs(path.join(tmp, 'clean'));
  }, 120_000);
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('writes one record per file', async () => {
    expect((await jsonl(path.join(tmp, 'clean/records.jsonl'))).length).toBe(N);
    expect((await lastRun(path.join(tmp, 'clean'))).parsed).toBe(N);
  });

  it('reads nothing on a re-run and gives byte-identical output', async () => {
    const out = path.join(tmp, 'clean');
    const run = await spisovna(['ingest', '.', '--out', out, '--quiet'], input);
    expect(run.code, run.stderr).toBe(0);
    expect(await lastRun(out)).toMatchObject({ hashed: 0, parsed: 0, cached: N, entries: N });
    expect(run.stderr).toMatch(new RegExp(`read 0, parsed 0, from cache ${N}`));
    expect(await outputs(out)).toEqual(clean);
  }, 60_000);

  it('reads only the new and the changed files', async () => {
    const work = path.join(tmp, 'changed');
    const M = 24;
    await makeCorpus(work, M);
    const out = path.join(tmp, 'changed-out');
    expect((await spisovna(['ingest', '.', '--out', out, '--quiet'], work)).code).toBe(0);
    await appendFile(path.join(work, 'zápisy', 'zápis 0.txt'), '\nDoplněk: schváleno jednomyslně.\n');
    await writeFile(path.join(work, 'nový zápis.txt'), CZECH.replace('Štěpánov', 'Vyšší Brod'));
    await rm(path.join(work, 'zápisy', 'zápis 3.txt'));
    const run = await spisovna(['ingest', '.', '--out', out, '--quiet'], work);
    expect(run.code, run.stderr).toBe(0);
    expect(await lastRun(out)).toMatchObject({ hashed: 2, parsed: 2, cached: M - 2, entries: M });
    // the results of the old and the deleted file are gone from the cache
    expect(await cachedResults(out)).toBe(M);
    const manifest = await jsonl<{ path: string }>(path.join(out, 'manifest.jsonl'));
    expect(manifest.map((e) => e.path)).toContain('nový zápis.txt');
    expect(manifest.map((e) => e.path)).not.toContain('zápisy/zápis 3.txt');
    // the same as a clean run over the changed folder
    const fresh = path.join(tmp, 'changed-fresh');
    expect((await spisovna(['ingest', '.', '--out', fresh, '--quiet'], work)).code).toBe(0);
    expect(await outputs(out)).toEqual(await outputs(fresh));
  }, 120_000);

  it('parses again a file whose cached result cannot be read, and repairs the cache', async () => {
    const out = path.join(tmp, 'damaged');
    expect((await spisovna(['ingest', '.', '--out', out, '--quiet'], input)).code).toBe(0);
    const dirs = (await readdir(path.join(out, '.cache'))).filter((d) => d.startsWith('v'));
    const results = path.join(out, '.cache', dirs[0], 'results');
    const names = (await readdir(results)).filter((f) => f.endsWith('.json')).sort();
    await writeFile(path.join(results, names[0]), '{"record": {"id": "useknut');
    await writeFile(path.join(results, names[1]), '');
    const run = await spisovna(['ingest', '.', '--out', out, '--quiet'], input);
    expect(run.code, run.stderr).toBe(0);
    expect(await lastRun(out)).toMatchObject({ hashed: 0, parsed: 2, cached: N - 2, entries: N });
    expect(await outputs(out)).toEqual(clean);
    const again = await spisovna(['ingest', '.', '--out', out, '--quiet'], input);
    expect(await lastRun(out)).toMatchObject({ parsed: 0, cached: N });
    expect(again.code).toBe(0);
  }, 120_000);

  it('finishes a run killed with SIGKILL, at several moments, with the output of a clean run', async () => {
    const out = path.join(tmp, 'killed');
    let interrupted = 0;
    // kill soon after start, then once some results are cached, then let it finish
    for (const wait of [150, 'some', 'more'] as const) {
      const before = await cachedResults(out);
      let pid = 0;
      const running = spisovna(['ingest', '.', '--out', out, '--quiet', '-j', '2'], input, { onStart: (p) => (pid = p) });
      if (typeof wait === 'number') await sleep(wait);
      else {
        const target = before + (wait === 'some' ? 5 : 20);
        for (let i = 0; i < 400 && (await cachedResults(out)) < target; i++) await sleep(20);
      }
      // /usr/bin/time runs node as its child: kill the whole group below it
      killTree(pid);
      const run = await running;
      if (!(run.code === 0 && run.signal === null)) interrupted++;
    }
    expect(interrupted).toBeGreaterThan(0);
    const partial = await cachedResults(out);
    expect(partial).toBeGreaterThan(0);
    const run = await spisovna(['ingest', '.', '--out', out, '--quiet'], input);
    expect(run.code, run.stderr).toBe(0);
    const stats = await lastRun(out);
    expect(stats.cached).toBe(partial);
    expect(stats.parsed).toBe(N - partial);
    expect(await outputs(out)).toEqual(clean);
    expect((await readdir(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});

describe('isolation of a file that hangs or eats memory', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'spisovna-isolation-'));
    await mkdir(path.join(tmp, 'in'));
    // ~9 MB of minutes: about 25 s of work, and far more than a 48 MB heap holds
    const seed = `${CZECH}\nDalší body: ${'Poskytovatel sociální služby Ústí nad Labem, 12. 3. 2021, 150 000 Kč. '.repeat(50)}\n\n`;
    await writeFile(path.join(tmp, 'in/obří zápis.txt'), seed.repeat(Math.ceil(9e6 / seed.length)));
    for (let i = 0; i < 6; i++) await writeFile(path.join(tmp, `in/zápis ${i}.txt`), CZECH.replace('Štěpánov', TOWNS[i]));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  // one worker reads and records each file whole; two split each file's halves between a reader and a recorder
  it.each(['1', '2'])('fails the file with timeout, the others go on (-j %s)', async (workers) => {
    const run = await spisovna(['ingest', 'in', '--out', `out-timeout-${workers}`, '--quiet', '--timeout', '8', '-j', workers], tmp);
    expect(run.code, run.stderr).toBe(1);
    const manifest = await jsonl<{ path: string; status: string; reason?: string }>(path.join(tmp, `out-timeout-${workers}/manifest.jsonl`));
    expect(manifest).toHaveLength(7);
    expect(manifest.find((e) => e.path === 'in/obří zápis.txt')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^timeout: worker: no result within 8 s; worker ended/) });
    expect(manifest.filter((e) => e.status === 'ok'), JSON.stringify(manifest.map((e) => e.reason))).toHaveLength(6);
  }, 60_000);

  it('fails the file with out-of-memory, the others go on', async () => {
    const run = await spisovna(['ingest', 'in', '--out', 'out-oom', '--quiet', '--max-worker-memory', '48'], tmp);
    expect(run.code, run.stderr).toBe(1);
    const manifest = await jsonl<{ path: string; status: string; reason?: string }>(path.join(tmp, 'out-oom/manifest.jsonl'));
    expect(manifest).toHaveLength(7);
    expect(manifest.find((e) => e.path === 'in/obří zápis.txt')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^(out-of-memory|crash): /) });
    expect(manifest.filter((e) => e.status === 'ok'), JSON.stringify(manifest.map((e) => e.reason))).toHaveLength(6);
  }, 120_000);
});

/** SIGKILL to a process and its descendants (the CLI runs under /usr/bin/time when that is present). */
function killTree(pid: number): void {
  const children = (p: number): number[] => {
    try {
      const list = execFileSync('pgrep', ['-P', String(p)], { encoding: 'utf8' }) as string;
      return list.split('\n').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const all: number[] = [];
  const walk = (p: number) => { for (const c of children(p)) { walk(c); all.push(c); } };
  walk(pid);
  for (const p of all) try { process.kill(p, 'SIGKILL'); } catch { /* gone */ }
  try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
}
