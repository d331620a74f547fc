import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment, type Span } from '../../web/src/highlight.js';
import { junctions } from '../../web/src/views/timeline.js';
import { cell } from '../../server/export.js';
import { foldKeepingOffsets, queryWords } from '../../server/fold.js';
import { pointToYear } from '../../server/query.js';
import { searchParamsSchema } from '../../schema/http.js';
import { root } from './helpers.js';

const span = (start: number, end: number, type = 'dates'): Span => ({ start, end, type, label: type, key: `${type}-${start}` });

describe('segment: evidence spans cut into flat, non-overlapping pieces', () => {
  it('keeps text outside spans as plain pieces', () => {
    expect(segment(10, [span(2, 4)]).map((s) => [s.start, s.end, s.spans.length])).toEqual([
      [0, 2, 0],
      [2, 4, 1],
      [4, 10, 0],
    ]);
  });

  it('splits overlapping spans so that each piece knows every span covering it', () => {
    const segs = segment(12, [span(2, 8, 'money'), span(5, 10, 'flags')]);
    expect(segs.map((s) => [s.start, s.end, s.spans.map((x) => x.type).sort()])).toEqual([
      [0, 2, []],
      [2, 5, ['money']],
      [5, 8, ['flags', 'money']],
      [8, 10, ['flags']],
      [10, 12, []],
    ]);
  });

  it('handles nested and identical spans, and clips spans outside the text', () => {
    const segs = segment(6, [span(0, 6, 'goals'), span(2, 3, 'dates'), span(2, 3, 'flags'), span(4, 99, 'people'), span(50, 60)]);
    expect(segs.map((s) => [s.start, s.end, s.spans.length])).toEqual([
      [0, 2, 1],
      [2, 3, 3],
      [3, 4, 1],
      [4, 6, 2],
    ]);
    // the pieces cover the text exactly once
    expect(segs.reduce((n, s) => n + s.end - s.start, 0)).toBe(6);
  });
});

describe('timeline junctions', () => {
  const bar = (from: number, to: number, role: 'plan' | 'project' = 'plan') => ({ id: 'x', title: 't', kind: 'plan' as const, role, from, to, label: '', evidence: { text: '', start: 0, end: 0 } });
  it('finds a gap and an overlap between successive plans, ignoring projects', () => {
    expect(junctions([bar(2014, 2018), bar(2019, 2022), bar(2021, 2025), bar(2010, 2030, 'project')])).toEqual([
      { kind: 'gap', from: 2018, to: 2019 },
      { kind: 'overlap', from: 2021, to: 2022 },
    ]);
  });
  it('sees nothing between plans that follow each other', () => {
    expect(junctions([bar(2014, 2018), bar(2018, 2021)])).toEqual([]);
  });
  it('places period points on a year axis', () => {
    expect(pointToYear('2014', 'start')).toBe(2014);
    expect(pointToYear('2017', 'end')).toBe(2018);
    expect(pointToYear('2017-07', 'start')).toBe(2017.5);
  });
});

describe('folding for the plain scan keeps offsets', () => {
  it('folds Czech letters one for one', () => {
    const text = 'Úřad ŽĎÁR nad Sázavou – čtvrť';
    expect(foldKeepingOffsets(text)).toBe('urad zdar nad sazavou – ctvrt');
    expect(foldKeepingOffsets(text).length).toBe(text.length);
    expect(queryWords('  Azylový  dům! ')).toEqual(['azylovy', 'dum']);
  });
});

describe('CSV cells from hostile documents', () => {
  it('defuses spreadsheet formulas', () => {
    expect(cell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(cell('+420 123')).toBe("'+420 123");
    expect(cell('Teplice')).toBe('Teplice');
    expect(cell(5)).toBe(5);
  });
});

describe('search parameters', () => {
  it('reads blank fields as not given and numbers from strings', () => {
    expect(searchParamsSchema.parse({ q: 'x', kind: '', from: '2015', limit: '5' })).toEqual({ q: 'x', from: 2015, limit: 5, offset: 0 });
  });
});

describe('the page source', () => {
  it('never parses strings as HTML or code', async () => {
    const dir = path.join(root, 'web/src');
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const src = await readFile(path.join(dir, file), 'utf8');
      expect(src, file).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|DOMParser|createContextualFragment/u);
    }
  });
});
