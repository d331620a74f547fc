#!/usr/bin/env node
// Screenshots of `spisovna serve` for the README: docs/screenshots/search.png and record.png.
//
//   npm run build && node scripts/screenshots.mjs [--dir OUT] [--out docs/screenshots]
//
// Without --dir it ingests seeds/ and ../shared/eval/docs/ into a temporary folder first. Drives Debian's
// chromium (/usr/bin/chromium, or $CHROMIUM) through playwright-core.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string', default: path.join(root, 'docs', 'screenshots') } } });
const { startServer } = await import(path.join(root, 'dist', 'server', 'index.js'));

const temp = await mkdtemp(path.join(os.tmpdir(), 'spisovna-shots-'));
let dir = values.dir;
if (!dir) {
  dir = path.join(temp, 'out');
  // relative to the clone, as a user would type them, so that the paths shown stay short
  const inputs = ['seeds', '../shared/eval/docs'].filter((p) => existsSync(path.resolve(root, p)));
  execFileSync(process.execPath, [path.join(root, 'bin', 'spisovna.js'), 'ingest', ...inputs, '--out', dir, '--quiet'], { cwd: root, stdio: 'inherit', timeout: 180_000 });
}
const records = (await readFile(path.join(dir, 'records.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
// the record with the most to show: flags first, then extracted items
const score = (r) => r.flags.length * 100 + r.money.length * 3 + r.dates.length + r.people.length + r.periods.length + r.goals.length;
const showcase = [...records].sort((a, b) => score(b) - score(a))[0];

const server = await startServer({ dir, port: 0, host: '127.0.0.1' });
const browser = await chromium.launchPersistentContext(path.join(temp, 'profile'), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 860 },
  deviceScaleFactor: 1,
  locale: 'cs-CZ',
});
try {
  await mkdir(values.out, { recursive: true });
  const page = await browser.newPage();
  await page.goto(`${server.url}?q=${encodeURIComponent('komunitní plán')}&place=${encodeURIComponent('Ústecký kraj')}`);
  await page.waitForSelector('.hit');
  await page.screenshot({ path: path.join(values.out, 'search.png') });

  const flag = showcase.flags[0]?.evidence[0];
  await page.goto(`${server.url}records/${showcase.id}${flag ? `#${flag.start}-${flag.end}` : ''}`);
  await page.waitForSelector('.doc-text mark');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(values.out, 'record.png') });

  for (const [name, url] of [['flags', 'flags'], ['timeline', 'timeline']]) {
    await page.goto(`${server.url}${url}`);
    await page.waitForSelector('.status');
    await page.screenshot({ path: path.join(values.out, `${name}.png`), fullPage: false });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}?q=${encodeURIComponent('azylovy dum')}`);
  await page.waitForSelector('.hit');
  await page.screenshot({ path: path.join(values.out, 'phone.png') });
  process.stderr.write(`screenshots: ${values.out} (record ${showcase.id}, ${showcase.source.path})\n`);
} finally {
  await browser.close();
  await server.close();
  await rm(temp, { recursive: true, force: true });
}
