import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/index.js';
import type { http as Http } from '../../schema/index.js';
import { buildFixture, cleanup, serve, type Fixture } from './helpers.js';

let fixture: Fixture;
let server: RunningServer;

beforeAll(async () => {
  fixture = await buildFixture();
  server = await serve(fixture.out);
}, 120_000);
afterAll(() => cleanup(fixture, server));

/** A raw GET: the path goes out exactly as written (fetch would normalise "..", http.get does not). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function json<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await get(path);
  return { status: res.status, body: JSON.parse(res.body) as T };
}

describe('GET /api/search', () => {
  it('finds the Teplice document without diacritics, with the library shape plus facets', async () => {
    const { status, body } = await json<Http.SearchResponse>(`/api/search?q=${encodeURIComponent('azylovy dum')}`);
    expect(status).toBe(200);
    const teplice = body.hits.find((h) => h.path.includes('004_'));
    expect(teplice, JSON.stringify(body.hits.map((h) => h.path))).toBeDefined();
    expect(teplice!.snippet.length).toBeGreaterThan(0);
    expect(Array.isArray(teplice!.highlights)).toBe(true);
    expect(body.facets).toHaveProperty('kind');
    expect(body.facets).toHaveProperty('kraj');
    expect(body.facets).toHaveProperty('year');
    expect(body.total).toBeGreaterThanOrEqual(body.hits.length);
  });

  it('filters by kraj and walks down to its ORPs', async () => {
    const { body } = await json<Http.SearchResponse>(`/api/search?place=${encodeURIComponent('Ústecký kraj')}`);
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits.some((h) => h.path.includes('004_'))).toBe(true);
    expect(body.hits.some((h) => h.path.includes('jihocesky'))).toBe(false);
    expect(body.place).toMatchObject({ name: 'Ústecký kraj', level: 'kraj' });
    expect(Object.keys(body.facets.orp).length).toBeGreaterThan(0);
  });

  it('below an ORP, counts its obce', async () => {
    const { body } = await json<Http.SearchResponse>('/api/search?place=Teplice');
    expect(body.place).toMatchObject({ name: 'Teplice', level: 'orp', kraj: 'Ústecký kraj' });
    expect(body.hits.some((h) => h.path.includes('004_'))).toBe(true);
    expect(body.facets.obec['Teplice']).toBeGreaterThan(0);
  });

  it('pages with limit and offset', async () => {
    const all = (await json<Http.SearchResponse>('/api/search?limit=500')).body;
    const page = (await json<Http.SearchResponse>('/api/search?limit=2&offset=2')).body;
    expect(page.total).toBe(all.total);
    expect(page.hits.map((h) => h.id)).toEqual(all.hits.slice(2, 4).map((h) => h.id));
  });

  it.each([
    ['/api/search?limit=0', 'limit'],
    ['/api/search?limit=abc', 'limit'],
    ['/api/search?kind=memo', 'kind'],
    ['/api/search?from=2020&to=2010', 'from'],
    ['/api/search?from=20x0', 'from'],
    ['/api/search?bogus=1', 'bogus'],
    ['/api/search?q=a&q=b', 'q'],
    ['/api/flags?severity=fatal', 'severity'],
    ['/api/flags?rule=%3Cscript%3E', 'rule'],
    ['/api/export?format=xml', 'format'],
  ])('400 with a clear message for %s', async (path, word) => {
    const { status, body } = await json<Http.ErrorResponse>(path);
    expect(status).toBe(400);
    expect(body.error).toContain(word);
  });

  it('a malformed query is a 400, never a stack trace', async () => {
    const { status, body } = await json<Http.ErrorResponse>(`/api/search?q=${encodeURIComponent('"a"')}`);
    expect([200, 400]).toContain(status);
    if (status === 400) expect(body.error).not.toMatch(/\n\s+at /u);
  });
});

describe('GET /api/records/:id and /api/documents/:id/text', () => {
  it('returns the record and the normalised text its evidence points into', async () => {
    const record = fixture.records.find((r) => r.dates.length || r.money.length || r.periods.length) ?? fixture.records[0]!;
    const { status, body } = await json<Http.RecordResponse>(`/api/records/${record.id}`);
    expect(status).toBe(200);
    expect(body.record.id).toBe(record.id);
    const text = (await json<Http.TextResponse>(`/api/documents/${record.id}/text`)).body.text;
    for (const item of [...record.dates, ...record.money, ...record.periods]) {
      expect(text.slice(item.evidence.start, item.evidence.end)).toBe(item.evidence.text);
    }
  });

  it('404 for an unknown id, 400 for a malformed one', async () => {
    expect((await get('/api/records/0123456789abcdef')).status).toBe(404);
    expect((await get('/api/documents/0123456789abcdef/text')).status).toBe(404);
    expect((await get('/api/records/xyz')).status).toBe(400);
    expect((await get('/api/records/%E0%A4%A')).status).toBe(400);
  });

  it.each([
    '/api/records/..%2F..%2Fetc%2Fpasswd',
    '/api/records/../../etc/passwd',
    '/api/documents/..%2F..%2Fetc%2Fpasswd/text',
    '/api/records/%2e%2e%2f%2e%2e%2fpackage.json',
    '/../../etc/passwd',
    '/..%2F..%2Fetc%2Fpasswd',
    '/app.js/../../../etc/passwd',
    '/dist/web/app.js',
    '/package.json',
  ])('no path traversal: %s', async (path) => {
    const res = await get(path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain('root:');
    expect(res.body).not.toContain('"name": "spisovna"');
  });
});

describe('GET /api/flags, /api/timeline, /api/export', () => {
  it('lists every flag with its document, filterable by rule and severity', async () => {
    const total = fixture.records.reduce((n, r) => n + r.flags.length, 0);
    const { body } = await json<Http.FlagsResponse>('/api/flags');
    expect(body.total).toBe(total);
    if (!total) return;
    const rule = body.flags[0]!.rule;
    const filtered = (await json<Http.FlagsResponse>(`/api/flags?rule=${rule}`)).body;
    expect(filtered.flags.every((f) => f.rule === rule)).toBe(true);
    expect(filtered.total).toBe(body.rules[rule]);
    const errors = (await json<Http.FlagsResponse>('/api/flags?severity=error')).body;
    expect(errors.flags.every((f) => f.severity === 'error')).toBe(true);
  });

  it('gives plan and project periods per place for the timeline', async () => {
    const { status, body } = await json<Http.TimelineResponse>('/api/timeline');
    expect(status).toBe(200);
    const periods = fixture.records.some((r) => r.periods.some((p) => p.role === 'plan' || p.role === 'project'));
    if (periods) expect(body.rows.length).toBeGreaterThan(0);
    for (const row of body.rows) for (const bar of row.bars) expect(bar.invalid || bar.to > bar.from).toBe(true);
  });

  it('downloads the results as CSV and JSON, with formulas defused', async () => {
    const csv = await get(`/api/export?format=csv&place=${encodeURIComponent('Ústecký kraj')}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.body.split('\n')[0]).toContain('id,path,title,kind');
    const data = JSON.parse((await get('/api/export?format=json')).body) as { total: number; hits: unknown[] };
    expect(data.total).toBe(fixture.records.length);
  });
});

describe('the server', () => {
  it('sends a strict Content-Security-Policy and the other security headers on pages and API', async () => {
    for (const path of ['/', '/records/0123456789abcdef', '/app.js', '/api/search', '/api/nothing']) {
      const res = await get(path);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('serves the page for its own routes and 404 for others', async () => {
    for (const path of ['/', '/flags', '/timeline', '/records/0123456789abcdef']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.body).toContain('<script src="/app.js"');
    }
    expect((await get('/nothing')).status).toBe(404);
    expect((await get('/api/nothing')).status).toBe(404);
  });

  it('has no inline script in the page', async () => {
    const html = (await get('/')).body;
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/u);
    expect(html).not.toMatch(/\son[a-z]+=/u);
  });

  it('answers only to its own host name (no DNS rebinding)', async () => {
    expect((await get('/api/search', { Host: 'evil.example' })).status).toBe(421);
    expect((await get('/api/search', { Host: `localhost:${new URL(server.url).port}` })).status).toBe(200);
  });

  it('takes only GET and HEAD', async () => {
    const url = new URL(server.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: url.hostname, port: url.port, path: '/api/search', method: 'POST' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('x');
    });
    expect(status).toBe(405);
  });
});

describe('an output folder without index and texts (an older ingest)', () => {
  it('searches by a plain scan and reads texts again from the sources, when their hash still matches', async () => {
    const { copyFile, mkdtemp, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spisovna-noindex-'));
    await copyFile(path.join(fixture.out, 'records.jsonl'), path.join(dir, 'records.jsonl'));
    const old = await serve(dir);
    try {
      expect(old.data.engine.name).toBe('fallback');
      const res = await fetch(new URL(`/api/search?q=${encodeURIComponent('TEPLICICH')}`, old.url));
      const body = (await res.json()) as Http.SearchResponse;
      expect(body.hits.some((h) => h.path.includes('004_'))).toBe(true);
      const seed = fixture.records.find((r) => r.source.path.includes('004_'))!;
      const text = (await (await fetch(new URL(`/api/documents/${seed.id}/text`, old.url))).json()) as Http.TextResponse;
      expect(text.text).toContain('Teplicích');
    } finally {
      await old.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
