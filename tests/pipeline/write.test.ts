import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../schema/index.js';
import { OutputWriter } from '../../pipeline/write.js';

const entry = (name: string): ManifestEntry => ({ path: name, status: 'failed', reason: 'empty: reader: the file is empty', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', format: 'unknown', bytes: 0 });

describe('OutputWriter', () => {
  let dir: string;
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('puts the outputs in place on close, and leaves them as they were when aborted', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'spisovna-write-'));
    const first = await OutputWriter.open(dir);
    await first.add(entry('první zápis.txt'));
    await first.close();
    const manifest = await readFile(path.join(dir, 'manifest.jsonl'), 'utf8');
    expect(manifest).toContain('první zápis.txt');

    const second = await OutputWriter.open(dir);
    await second.add(entry('druhý zápis.txt'));
    await second.abort();
    expect(await readFile(path.join(dir, 'manifest.jsonl'), 'utf8')).toBe(manifest);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
