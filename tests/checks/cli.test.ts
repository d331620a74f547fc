import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportedFlagSchema } from '../../schema/config.js';

const spisovna = (cwd: string, ...args: string[]) => runCli(args, cwd);

const LINE = /^(\S+):(\d+):(\d+) (error|warning|info) ([a-z-]+) (.+)$/;

describe('spisovna check', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'spisovna-check-'));
    await mkdir(path.join(dir, 'docs'));
    await writeFile(path.join(dir, 'docs/plan.txt'), 'Střednědobý plán rozvoje sociálních služeb\n\nPlán kraje na období 2014 – 1017 byl projednán.\n');
    await writeFile(path.join(dir, 'docs/setkani.txt'), 'Setkání\n\nKomunitní plánování se uskutečnilo v pondělí 14. 6. 2018 od 17:00 hodin v obci.\n');
    await writeFile(path.join(dir, 'docs/ok.txt'), 'Zpráva\n\nKomunitní plánování se uskutečnilo ve čtvrtek 14. 6. 2018 v obci Vřesovice.\n');
    const ingest = await spisovna(dir, 'ingest', 'docs', '--out', 'out', '--quiet');
    expect(ingest.code, ingest.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints path:line:col severity rule message, a summary, and exits 1 on an error flag', async () => {
    const { code, stdout } = await spisovna(dir, 'check', 'out');
    expect(code).toBe(1);
    const lines = stdout.split('\n').filter((l) => LINE.test(l));
    expect(lines).toEqual([
      'docs/plan.txt:3:22 error period-order období 2014 – 1017: rok 1017 není možný (rok má být mezi 1900 a 2100)',
      'docs/setkani.txt:3:38 warning weekday-mismatch 14. 6. 2018 (2018-06-14) připadá na čtvrtek, ne na pondělí',
    ]);
    expect(stdout).toMatch(/^period-order +1 error$/m);
    expect(stdout).toMatch(/^weekday-mismatch +1 warning$/m);
    expect(stdout).toMatch(/^2 flags in 2 of 3 documents$/m);
  });

  it('filters by severity and rule, and exits 0 when no error is left', async () => {
    const warnings = await spisovna(dir, 'check', 'out', '--severity', 'error');
    expect(warnings.code).toBe(1);
    expect(warnings.stdout).not.toContain('weekday-mismatch');
    const weekday = await spisovna(dir, 'check', 'out', '--rule', 'weekday-mismatch');
    expect(weekday.code).toBe(0);
    expect(weekday.stdout).not.toContain('period-order');
  });

  it('takes severities from a config file, validated', async () => {
    await writeFile(path.join(dir, 'soft.json'), JSON.stringify({ rules: { 'period-order': 'warning', 'weekday-mismatch': 'off' } }));
    const soft = await spisovna(dir, 'check', 'out', '--config', 'soft.json');
    expect(soft.code).toBe(0);
    expect(soft.stdout).toContain('docs/plan.txt:3:22 warning period-order');
    expect(soft.stdout).not.toContain('weekday-mismatch');
    await writeFile(path.join(dir, 'out/spisovna.config.json'), JSON.stringify({ rules: { 'weekday-mismatch': 'error' } }));
    const strict = await spisovna(dir, 'check', 'out', '--rule', 'weekday-mismatch');
    expect(strict.code).toBe(1);
    await rm(path.join(dir, 'out/spisovna.config.json'));
    await writeFile(path.join(dir, 'bad.json'), JSON.stringify({ rules: { 'weekday-mismatsch': 'error' } }));
    const bad = await spisovna(dir, 'check', 'out', '--config', 'bad.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('rules.weekday-mismatsch: unknown rule');
    await writeFile(path.join(dir, 'bad2.json'), JSON.stringify({ rules: { 'period-order': 'fatal' } }));
    expect((await spisovna(dir, 'check', 'out', '--config', 'bad2.json')).code).toBe(2);
  });

  it('prints JSON with --json, and exits 2 on a folder without records', async () => {
    const { code, stdout } = await spisovna(dir, 'check', 'out', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { flags: unknown[]; summary: unknown[]; documents: number };
    expect(report.documents).toBe(3);
    expect(report.flags.map((f) => reportedFlagSchema.parse(f).rule)).toEqual(['period-order', 'weekday-mismatch']);
    const missing = await spisovna(dir, 'check', 'docs');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no records.jsonl');
    expect((await spisovna(dir, 'check', 'out', '--rule', 'no-such-rule')).code).toBe(2);
  });

  it('lists the rules, and needs a folder otherwise', async () => {
    const list = await spisovna(dir, 'check', '--list-rules');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^period-order +error +a period whose end precedes its start/m);
    expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(11);
    expect((await spisovna(dir, 'check')).code).toBe(2);
  });

  it('finds line and column by reading the source again when texts.jsonl is missing', async () => {
    await rm(path.join(dir, 'out/texts.jsonl'), { force: true });
    const { stdout } = await spisovna(dir, 'check', 'out', '--rule', 'period-order');
    expect(stdout).toContain('docs/plan.txt:3:22 error period-order');
  });
});
