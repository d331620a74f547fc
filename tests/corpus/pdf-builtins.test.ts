import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../corpus/limits.js';
import { loadPdfParse } from '../../corpus/readers/pdf.js';
import { plainClone } from '../../corpus/readers/plain-clone.js';

// pdfjs-dist's legacy build replaces Array.prototype.push and JSON.parse with core-js versions written in
// JavaScript when its feature tests fail (they do on Node 20); every array of a parsing worker would pay.
describe('loading pdf-parse', () => {
  it('keeps the native Array.prototype.push, JSON.parse and Function.prototype.toString', async () => {
    // (core-js also makes its functions' source read "[native code]": identity is the test)
    const before = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString };
    const { PDFParse } = await loadPdfParse();
    expect(typeof PDFParse).toBe('function');
    expect(Array.prototype.push).toBe(before.push);
    expect(JSON.parse).toBe(before.parse);
    expect(Function.prototype.toString).toBe(before.toString);
    // reading a PDF loads nothing that replaces them again (pdf.js's worker half has its own polyfills)
    const { pdfReader } = await import('../../corpus/readers/pdf.js');
    const doc = await pdfReader.read(await readFile(path.join(import.meta.dirname, '../fixtures/structure.pdf')), { path: 'structure.pdf', limits: DEFAULT_LIMITS });
    expect(doc.blocks.length).toBeGreaterThan(0);
    expect(Array.prototype.push).toBe(before.push);
    expect(JSON.parse).toBe(before.parse);
    expect(Function.prototype.toString).toBe(before.toString);
    // the port between pdf.js's halves copies with plainClone only while it posts
    expect(globalThis.structuredClone.name).toBe('structuredClone');
    // and they still behave
    const a: number[] = [];
    expect(a.push(1, 2)).toBe(2);
    expect(JSON.parse('{"ž":[1]}')).toEqual({ ž: [1] });
  });
});

describe('plainClone: structuredClone of plain data, without the round trip', () => {
  class Point { constructor(public x = 1) {} }
  const samples: unknown[] = [
    null, undefined, 0, -0, NaN, 1.5, 'žluťoučký kůň', true, 10n,
    [], [1, 'a', null, undefined, [2, [3]]],
    { str: 'Sociální služby', dir: 'ltr', width: 12.5, height: 10, transform: [10, 0, 0, 10, 56.7, 700.1], fontName: 'g_d0_f1', hasEOL: false },
    { items: [{ str: 'a', hasEOL: true }, { str: 'b', hasEOL: false }], styles: Object.assign(Object.create(null), { g_d0_f1: { fontFamily: 'serif', ascent: 0.9, vertical: false } }), lang: null },
    { nested: { deeper: { deepest: [{}, []] } }, 'key with space': 1, 'ž': 2 },
    // not plain: the native clone takes them, with the same result
    new Uint8Array([1, 2, 3]), new Map([[1, 'a']]), new Set([1]), new Date(0), /ž/giu, new Point(3), [1, , 3], Object.assign([1, 2], { extra: true }),
  ];

  it.each(samples.map((s, i) => [i, s]))('sample %i comes back as structuredClone gives it', (_, value) => {
    const ours = plainClone(value);
    const theirs = structuredClone(value);
    expect(ours).toStrictEqual(theirs);
    if (typeof value === 'object' && value !== null) expect(ours).not.toBe(value);
  });

  it('copies deeply: changing the original later does not reach the copy (pdf.js reuses what it sends)', () => {
    const chunk = { items: [{ str: 'a', transform: [1, 2] }], styles: {} as Record<string, unknown> };
    const copy = plainClone(chunk);
    chunk.items.push({ str: 'b', transform: [3, 4] });
    chunk.items[0].transform[0] = 99;
    chunk.styles.x = 1;
    expect(copy).toEqual({ items: [{ str: 'a', transform: [1, 2] }], styles: {} });
    expect(Object.getPrototypeOf(plainClone(Object.create(null)))).toBe(Object.prototype);
  });

  it('hands cycles and functions to the native clone', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const copy = plainClone(cyclic) as Record<string, unknown>;
    expect(copy.self).toBe(copy);
    expect(() => plainClone({ f: () => 1 })).toThrow(/could not be cloned/i);
  });
});
