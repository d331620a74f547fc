import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DocumentRecord } from '../../schema/index.js';
import { startServer, type RunningServer } from '../../server/index.js';

const run = promisify(execFile);
export const root = path.resolve(import.meta.dirname, '../..');
export const shared = path.resolve(root, '../shared/eval/docs');

/** A document that tries every way to run script in a page that would render it as HTML. */
export const HOSTILE_TXT = [
  'Zápis z jednání pracovní skupiny <script>window.__pwned = "script"; alert(1)</script>',
  '',
  'Dne 17. 10. 2017 se sešla pracovní skupina pro azylové bydlení. <img src=x onerror="window.__pwned = \'img\'; alert(2)">',
  'Odkaz na web: <a href="javascript:window.__pwned=\'link\';alert(3)">klikněte zde</a>, web: javascript:alert(4)',
  '<svg onload="window.__pwned = \'svg\'"></svg> <iframe src="javascript:alert(5)"></iframe>',
  'Celkové náklady: 100 000 Kč. <style>body { display: none }</style>',
  '',
].join('\n');

export const HOSTILE_HTML = `<!doctype html><html><head><title>Plán &lt;img src=x onerror=alert(6)&gt; &lt;script&gt;alert(7)&lt;/script&gt;</title>
<script>window.__pwned = 'html-script'; alert(8)</script></head>
<body onload="alert(9)"><h1>Komunitní plán &lt;script&gt;window.__pwned='h1'&lt;/script&gt;</h1>
<p>Plán na období 2019 – 2022. Text s &lt;img src=x onerror="window.__pwned='escaped'"&gt; uvnitř.</p>
<p><a href="javascript:alert(10)">odkaz</a> <img src=x onerror="alert(11)"></p></body></html>
`;

/** Ids checked below; the mark set by a payload, were it ever to run. */
export const PWNED = '__pwned';

export interface Fixture {
  out: string;
  records: DocumentRecord[];
  hostile: DocumentRecord[];
  temp: string;
}

/** Ingests the seeds, the dev documents and the hostile documents into a temporary output folder. */
export async function buildFixture(): Promise<Fixture> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'spisovna-web-'));
  const hostileDir = path.join(temp, 'hostile');
  await mkdir(hostileDir);
  await writeFile(path.join(hostileDir, 'zly-zapis.txt'), HOSTILE_TXT);
  await writeFile(path.join(hostileDir, 'zly-plan.html'), HOSTILE_HTML);
  const out = path.join(temp, 'out');
  try {
    await run(process.execPath, [path.join(root, 'bin/spisovna.js'), 'ingest', 'seeds', shared, hostileDir, '--out', out, '--quiet'], { cwd: root, maxBuffer: 64 << 20, timeout: 120_000 });
  } catch (err) {
    // exit 1 means some file failed; the records of the others are written all the same
    const e = err as { code?: number; stderr?: string };
    if (e.code !== 1 || !existsSync(path.join(out, 'records.jsonl'))) throw new Error(`ingest for the web tests failed (exit ${e.code}): ${e.stderr ?? String(err)}`);
  }
  const records = (await readFile(path.join(out, 'records.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DocumentRecord);
  const hostile = records.filter((r) => r.source.path.includes(`${path.sep}hostile${path.sep}`));
  return { out, records, hostile, temp };
}

/** The built page (dist/web); built here when a fresh clone has not run `npm run build` yet. */
export async function webDir(): Promise<URL> {
  const dir = path.join(root, 'dist/web');
  if (!existsSync(path.join(dir, 'app.js'))) await run(process.execPath, [path.join(root, 'scripts/build-web.mjs')], { cwd: root });
  return new URL(`file://${dir}/`);
}

export async function serve(out: string): Promise<RunningServer> {
  return startServer({ dir: out, port: 0, host: '127.0.0.1', webDir: await webDir() });
}

export async function cleanup(fixture: Fixture | undefined, server: RunningServer | undefined): Promise<void> {
  await server?.close();
  if (fixture) await rm(fixture.temp, { recursive: true, force: true });
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
