import { describe, expect, it } from 'vitest';
import { looksBinary } from '../../pipeline/binary.js';
import { SpisovnaError, failureReason } from '../../pipeline/errors.js';
import { flattenDeepHtml } from '../../pipeline/html-depth.js';
import { textStats } from '../../pipeline/record.js';
import { ByteWindow } from '../../pipeline/window.js';
import { Progress, formatDuration } from '../../pipeline/progress.js';
import { CZECH } from './hostile.js';

function random(bytes: number, seed: number): Buffer {
  const out = Buffer.alloc(bytes);
  let s = seed;
  for (let i = 0; i < bytes; i++) out[i] = (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) >>> 24;
  return out;
}

describe('looksBinary', () => {
  it('calls random bytes binary', () => {
    expect(looksBinary(random(10_000, 1)).binary).toBe(true);
    expect(looksBinary(random(200_000, 2)).binary).toBe(true);
  });
  it('calls Czech text with a few NULs and invalid UTF-8 text', () => {
    const text = Buffer.concat([Buffer.from(CZECH), Buffer.from([0, 0, 0xc3, 0x28, 0xff, 0]), Buffer.from(CZECH)]);
    expect(looksBinary(text).binary).toBe(false);
  });
  it('calls UTF-16 with a byte-order mark and Windows-1250 text', () => {
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CZECH, 'utf16le')])).binary).toBe(false);
    expect(looksBinary(Buffer.from('\x8e\x9a\x9d\xe8\xf8 \x8a\xe9\xfd\r\n'.repeat(200), 'latin1')).binary).toBe(false);
  });
  it('samples the middle and the end of a big file too', () => {
    const big = Buffer.concat([Buffer.from(CZECH.repeat(100)), random(300_000, 3)]);
    expect(looksBinary(big).binary).toBe(true);
  });
});

describe('flattenDeepHtml', () => {
  it('leaves a page within the depth untouched', () => {
    const page = Buffer.from('<html><body><div><p>Zápis<div><span>Říčany</span></div></div></body></html>');
    const g = flattenDeepHtml(page, 256);
    expect(g.dropped).toBe(0);
    expect(g.bytes).toBe(page);
  });
  it('drops the tags below the depth and keeps their text, in linear time', () => {
    const n = 200_000;
    const page = Buffer.from(`<html><body><p>Úvod</p>${'<div>'.repeat(n)}žluťoučký kůň${'</div>'.repeat(n)}<p>Závěr</p></body></html>`);
    const t = performance.now();
    const g = flattenDeepHtml(page, 256);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(g.depth).toBe(n);
    expect(g.dropped).toBe(2 * (n - 256));
    const out = g.bytes.toString('utf8');
    expect(out).toContain(`${'<div>'.repeat(256)}žluťoučký kůň${'</div>'.repeat(256)}<p>Závěr</p>`);
    expect(out.match(/<div>/g)).toHaveLength(256);
  });
  it('does not count void elements, comments or script text', () => {
    const page = Buffer.from(`<body>${'<br><img src=x><p>a'.repeat(1000)}<!-- ${'<div>'.repeat(1000)} --><script>${'<div>'.repeat(1000)}</script></body>`);
    expect(flattenDeepHtml(page, 10).dropped).toBe(0);
  });
});

describe('failureReason', () => {
  it('puts the reason first, once', () => {
    expect(failureReason(new SpisovnaError('reader', 'empty file', 'empty'))).toBe('empty: reader: empty file');
    expect(failureReason(new SpisovnaError('reader/pdf', 'encrypted: needs a password', 'encrypted'))).toBe('encrypted: reader/pdf: needs a password');
    expect(failureReason(new SpisovnaError('reader/zip', 'member "a" is encrypted: needs a password', 'encrypted'))).toMatch(/^encrypted: .*needs a password/);
    expect(failureReason(new Error('Error: boom\n  at x'))).toBe('error: boom');
    expect(failureReason(new Error('[xmldom error]\tentity not found:&lol9;'))).toBe('error: [xmldom error] entity not found:&lol9;');
    expect(failureReason(new SpisovnaError('worker', 'no result within 60 s', 'timeout'))).toBe('timeout: worker: no result within 60 s');
  });
});

describe('Progress', () => {
  const sink = (tty: boolean) => {
    const lines: string[] = [];
    return { lines, stream: { isTTY: tty, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream };
  };
  it('writes a line per 10 % when not on a terminal', () => {
    let now = 0;
    const { lines, stream } = sink(false);
    const p = new Progress(20, stream, false, () => now);
    for (let i = 0; i < 20; i++) { now += 500; p.tick(1_000_000); }
    expect(lines).toHaveLength(10);
    expect(lines[9]).toBe('spisovna: 20/20 files (100 %) · 2.0 files/s · 2.0 MB/s · 0 s left\n');
    expect(lines[4]).toMatch(/^spisovna: 10\/20 files \(50 %\) · 2\.0 files\/s · 2\.0 MB\/s · 5 s left\n$/);
  });
  it('redraws a bar with the time left on a terminal, at most ten times a second', () => {
    let now = 0;
    const { lines, stream } = sink(true);
    const p = new Progress(1000, stream, false, () => now);
    for (let i = 0; i < 1000; i++) { now += 10; p.tick(); }
    expect(lines.length).toBeLessThan(110);
    expect(lines.at(-2)).toMatch(/^\r\[#{24}\] 1000\/1000 files \(100 %\)/);
    expect(lines.at(-1)).toBe('\n');
  });
  it('says nothing when quiet', () => {
    const { lines, stream } = sink(true);
    const p = new Progress(3, stream, true);
    p.tick(); p.tick(); p.tick();
    expect(lines).toEqual([]);
  });
  it('formats durations', () => {
    expect(formatDuration(4.2)).toBe('5 s');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(formatDuration(7300)).toBe('2 h 1 min');
  });
});

describe('textStats', () => {
  const stats = (text: string) => textStats({ text, blocks: [] } as unknown as Parameters<typeof textStats>[0]);

  it('counts words that begin and end with diacritics, and Czech letters among all letters', () => {
    expect(stats('Žít a růžička čí?')).toMatchObject({ chars: 17, words: 4, lines: 1, czechLetterRatio: Math.round((7 / 13) * 1000) / 1000 });
  });

  it('takes digits into words, marks and punctuation between them', () => {
    // "2014–2017" is two words, "č.j." two, a combining acute splits "a\u0301b"
    expect(stats('období 2014–2017, č.j. 12/2021\na\u0301b').words).toBe(9);
    expect(stats('období 2014–2017, č.j. 12/2021\na\u0301b').lines).toBe(2);
  });

  it('counts a letter outside the Basic Multilingual Plane once', () => {
    expect(stats('𝐀𝐁 x')).toMatchObject({ words: 2, czechLetterRatio: 0 });
  });

  it('gives zeros for an empty text', () => {
    expect(stats('')).toEqual({ chars: 0, words: 0, lines: 0, blocks: 0, czechLetterRatio: 0 });
  });
});

describe('ByteWindow: files in flight', () => {
  it('admits the first few whatever their size, then only within the byte budget, in order', async () => {
    const w = new ByteWindow(2, 100);
    const order: string[] = [];
    const enter = (name: string, bytes: number) => w.enter(bytes).then(() => order.push(name));
    await enter('big-a', 500);
    await enter('big-b', 500);
    const c = enter('c', 10);
    const d = enter('d', 10);
    await Promise.resolve();
    expect(order).toEqual(['big-a', 'big-b']); // 1000 bytes held: c waits
    w.leave(500);
    await c;
    // c and big-b in flight (510 bytes): d is within "the first two" again only when one leaves
    expect(order).toEqual(['big-a', 'big-b', 'c']);
    w.leave(500);
    await d;
    expect(order).toEqual(['big-a', 'big-b', 'c', 'd']);
    // 20 bytes held: small files enter at once up to the budget
    await enter('e', 30);
    await enter('f', 40);
    const g = enter('g', 11);
    await Promise.resolve();
    expect(order.at(-1)).toBe('f');
    w.leave(10);
    await g;
    expect(order.at(-1)).toBe('g');
  });
});
