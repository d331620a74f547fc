import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../corpus/limits.js';
import { loadPdfParse } from '../../corpus/readers/pdf.js';

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
    // and they still behave
    const a: number[] = [];
    expect(a.push(1, 2)).toBe(2);
    expect(JSON.parse('{"ž":[1]}')).toEqual({ ž: [1] });
  });
});
