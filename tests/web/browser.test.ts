import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/index.js';
import { CHROMIUM, CHROMIUM_ARGS, PWNED, buildFixture, cleanup, serve, type Fixture } from './helpers.js';

// The page in a real browser: Debian's chromium driven by playwright-core, against a server on a free port.

let fixture: Fixture;
let server: RunningServer;
let browser: BrowserContext;
let profile: string;
let page: Page;
let dialogs: string[];
let pageErrors: string[];

beforeAll(async () => {
  fixture = await buildFixture();
  server = await serve(fixture.out);
  profile = await mkdtemp(path.join(os.tmpdir(), 'spisovna-chromium-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
  await cleanup(fixture, server);
});

beforeEach(async () => {
  await page?.close();
  page = await browser.newPage();
  dialogs = [];
  pageErrors = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

const url = (p: string) => new URL(p, server.url).href;

describe('search', () => {
  it('finds the Teplice document typed without diacritics, live as one types', async () => {
    await page.goto(url('/'));
    await page.getByLabel('Hledat v dokumentech').fill('azylovy dum');
    const hit = page.locator('.hit', { hasText: 'Teplic' });
    await hit.first().waitFor();
    await expect.poll(() => page.url()).toContain('q=azylovy+dum');
    expect(await page.locator('#result-count').textContent()).toMatch(/Nalezeno: \d+ dokument/u);
    // the matched words are marked in the snippet
    expect(await hit.first().locator('.snippet mark').count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it('filters by kraj from the address and from the facet, and walks down to ORP', async () => {
    await page.goto(url(`/?q=${encodeURIComponent('komunitní plán')}`));
    await page.locator('.hit').first().waitFor();
    const before = await page.locator('.hit').count();
    await page.locator('.facets a.facet', { hasText: 'Ústecký kraj' }).click();
    await expect.poll(() => decodeURIComponent(page.url().replace(/\+/gu, ' '))).toContain('place=Ústecký kraj');
    await page.locator('.crumbs strong', { hasText: 'Ústecký kraj' }).waitFor();
    const paths = await page.locator('.hit .path').allTextContents();
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(before);
    expect(paths.some((p) => p.includes('jihocesky'))).toBe(false);
    // below the kraj: its ORPs
    expect(await page.locator('.facets a.facet', { hasText: /^ORP / }).count()).toBeGreaterThan(0);
    // the state is in the address: reload shows the same search
    await page.reload();
    await page.locator('.hit').first().waitFor();
    expect(await page.getByLabel('Hledat v dokumentech').inputValue()).toBe('komunitní plán');
    expect(await page.locator('.hit .path').allTextContents()).toEqual(paths);
  });

  it('opens the shared address /?q=…&place=…&kind=…&from=…', async () => {
    await page.goto(url(`/?q=${encodeURIComponent('azylový dům')}&place=${encodeURIComponent('Ústecký kraj')}&from=2015`));
    await page.locator('.hit', { hasText: 'Teplic' }).waitFor();
    expect(await page.locator('.chips').textContent()).toContain('Ústecký kraj');
    const href = await page.locator('.downloads a', { hasText: 'CSV' }).getAttribute('href');
    expect(href).toContain('/api/export?');
    expect(href).toContain('format=csv');
  });
});

describe('record view', () => {
  it('shows the text with evidence highlighted and the structured fields beside it', async () => {
    const record = fixture.records.find((r) => r.money.length && r.flags.length) ?? fixture.records.find((r) => r.money.length || r.dates.length)!;
    await page.goto(url('/'));
    await page.getByLabel('Hledat v dokumentech').fill(record.title.split(/\s+/u).slice(0, 3).join(' '));
    await page.locator(`.hit a[href="/records/${record.id}"]`).click();
    await page.waitForURL(`**/records/${record.id}`);
    await page.locator('.doc-text mark.ev').first().waitFor();
    // every money amount is marked in the text at its evidence
    for (const m of record.money) {
      const mark = page.locator(`.doc-text mark.ev-money[data-start="${m.evidence.start}"]`);
      expect(await mark.count(), `money at ${m.evidence.start}`).toBeGreaterThan(0);
    }
    const text = await page.locator('.doc-text').textContent();
    for (const m of record.money) expect(text!.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
    expect(await page.locator('.fields h2').textContent()).toBe('Vytěžené údaje');
    if (record.flags.length) expect(await page.locator('.doc-text mark.ev-flags').count()).toBeGreaterThan(0);
    // focus moved to the heading for screen readers
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('scrolls to and highlights the evidence named in the address', async () => {
    const record = fixture.records.find((r) => r.dates.length)!;
    const ev = record.dates[0]!.evidence;
    await page.goto(url(`/records/${record.id}#${ev.start}-${ev.end}`));
    const target = page.locator('.doc-text mark.is-target');
    await target.first().waitFor();
    expect((await target.allTextContents()).join('')).toBe(ev.text);
    expect(await target.first().isVisible()).toBe(true);
  });

  it('says so for an unknown record', async () => {
    await page.goto(url('/records/0123456789abcdef'));
    await page.locator('h1', { hasText: 'Dokument nenalezen' }).waitFor();
  });
});

describe('flags view', () => {
  it('lists every inconsistency with a link to its evidence', async () => {
    const flagged = fixture.records.filter((r) => r.flags.length);
    const total = flagged.reduce((n, r) => n + r.flags.length, 0);
    await page.goto(url('/'));
    await page.getByRole('link', { name: 'Nesrovnalosti' }).click();
    await page.locator('.flags-view .status').waitFor();
    expect(await page.locator('.flag').count()).toBe(total);
    if (!total) return;
    const link = page.locator('.flag a.to-text').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/records\/[0-9a-f]{16}#\d+-\d+$/u);
    await link.click();
    await page.locator('.doc-text mark.is-target').first().waitFor();
    const [, start, end] = /#(\d+)-(\d+)$/u.exec(href)!;
    const text = await page.locator('.doc-text').textContent();
    expect((await page.locator('.doc-text mark.is-target').allTextContents()).join('')).toBe(text!.slice(Number(start), Number(end)));
  });
});

describe('timeline view', () => {
  it('draws plan and project periods as SVG built from DOM nodes', async () => {
    await page.goto(url('/timeline'));
    await page.locator('.timeline-view .status').waitFor();
    const periods = fixture.records.some((r) => r.periods.some((p) => p.role === 'plan' || p.role === 'project'));
    if (periods) expect(await page.locator('svg.timeline rect.bar').count()).toBeGreaterThan(0);
  });
});

describe('hostile documents', () => {
  it('were ingested', () => {
    expect(fixture.hostile.length).toBe(2);
  });

  it('render as text: no dialog, no script run, no live markup, no javascript: link', async () => {
    for (const record of fixture.hostile) {
      await page.goto(url(`/records/${record.id}`));
      await page.locator('.doc-text').waitFor();
      await page.waitForTimeout(300);
      const shown = (await page.locator('.doc-text').textContent()) ?? '';
      expect(shown.length).toBeGreaterThan(0);
      expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], PWNED)).toBeUndefined();
      expect(await page.locator('main img, main iframe, main script, main style, main svg:not(.timeline)').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
      expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
    }
    // the payload is shown as the characters it is made of
    const txt = fixture.hostile.find((r) => r.source.format === 'txt')!;
    await page.goto(url(`/records/${txt.id}`));
    await page.locator('.doc-text').waitFor();
    expect(await page.locator('.doc-text').textContent()).toContain('<script>window.__pwned');
    expect(await page.locator('h1').textContent()).toContain('<script>');
    // and in search hits
    await page.goto(url(`/?q=${encodeURIComponent('pracovní skupina azylové')}`));
    await page.locator('.hit').first().waitFor();
    await page.goto(url(`/?q=${encodeURIComponent('komunitní plán')}`));
    await page.locator('.hit').first().waitFor();
    await page.goto(url('/timeline'));
    await page.locator('.timeline-view .status').waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], PWNED)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('keyboard and screen readers', () => {
  it('every control has a name, results are announced, links work from the keyboard', async () => {
    await page.goto(url('/'));
    await page.locator('.hit').first().waitFor();
    expect(await page.locator('[role="status"][aria-live="polite"]').count()).toBeGreaterThan(0);
    const unnamed = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, button')).filter((el) => {
        const e = el as HTMLInputElement;
        return !(e.labels?.length || e.getAttribute('aria-label') || (el.tagName === 'BUTTON' && el.textContent?.trim()));
      }).length,
    );
    expect(unnamed).toBe(0);
    // Tab from the top reaches the skip link first, then the search box is reachable
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Přejít na obsah');
    await page.getByLabel('Hledat v dokumentech').focus();
    await page.keyboard.type('teplice');
    await page.keyboard.press('Enter');
    await page.locator('.hit', { hasText: 'Teplic' }).first().waitFor();
    await page.locator('.hit h3 a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/records\/[0-9a-f]{16}$/u);
    await page.locator('.record-view h1').waitFor();
    await page.goBack();
    await page.locator('.hit').first().waitFor();
  });

  it('is readable on a phone: no sideways scrolling of the page', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    for (const p of ['/?q=teplice', `/records/${fixture.records[0]!.id}`, '/flags']) {
      await page.goto(url(p));
      await page.locator('main h1').waitFor();
      await page.waitForTimeout(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, p).toBeLessThanOrEqual(1);
    }
  });
});
