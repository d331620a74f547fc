import { describe, expect, it } from 'vitest';
import { fastMatchAll, stripEdgeLookbehinds } from '../../extractors/czech/fast-match.js';

const same = (text: string, re: RegExp) => {
  const want = [...text.matchAll(re)].map((m) => [m.index, [...m], m.groups]);
  const got = [...fastMatchAll(text, re)].map((m) => [m.index, [...m], m.groups]);
  expect(got).toEqual(want);
  return got.length;
};

describe('fastMatchAll', () => {
  it('strips only word-edge lookbehinds outside lookarounds', () => {
    expect(stripEdgeLookbehinds('(?<![\\p{L}\\p{N}])a|(?<![\\p{L}])b')).toBe('a|b');
    expect(stripEdgeLookbehinds('x(?!y(?<![\\p{L}])z)')).toBeUndefined();
    expect(stripEdgeLookbehinds('[(?<![\\p{L}])]')).toBeUndefined();
    expect(stripEdgeLookbehinds('abc')).toBeUndefined();
    expect(stripEdgeLookbehinds('(?<![\\p{L}\\p{N}.,/_\\-])(?<!\\d\\.\\s{0,2})(?<d>\\d{1,2})(?<=\\d)')).toBe('(?<d>\\d{1,2})');
    // a lookbehind with a group of its own stays: group numbers must not move
    expect(stripEdgeLookbehinds('(?<!(a))b\\1')).toBeUndefined();
    expect(stripEdgeLookbehinds('(?<!(?<x>a))b')).toBeUndefined();
    expect(stripEdgeLookbehinds('(?<!(?:a|\\())b')).toBe('b');
  });

  it('gives the matches of matchAll where a rejected candidate overlaps a match', () => {
    // "xse konalo": the candidate at "se" is inside a word, the match is "konalo" after it
    const re = /(?<![\p{L}\p{N}])(?:se )?(?:konal[oa]?|proběhl[oa]?)(?![\p{L}\p{N}])/giu;
    expect(same('Jednání xse konalo. Se konala porada, proběhlo. Žse proběhla', re)).toBe(4);
  });

  it('keeps groups, case folding, line anchors and words with diacritics at both ends', () => {
    const re = /(?<![\p{L}])(?<w>či\p{L}{0,3}ž)(?![\p{L}])|^\s*(?<lab>zápis)/gimu;
    same('čížž ČIŽ účiž\nZápis z jednání\n  zápis 🙂čiž aččiž čiž', re);
  });

  it('gives the matches of date patterns with number lookbehinds', () => {
    const re = /(?<![\p{L}\p{N}.,/_\-])(?<!\d\.\s{0,2})(?<d1>\d{1,2})\.\s*[-–]\s*(?<d>\d{1,2})\.\s{0,2}(?<m>\d{1,2})\.(?![\p{N}])/gu;
    expect(same('od 20. – 25. 9. a 1.2. - 3. 4. 5. x12. - 13. 1. CZ.1. – 2. 3.', re)).toBeGreaterThan(0);
  });

  it('falls back to matchAll for patterns without a word-edge lookbehind', () => {
    same('a1 b22 c333', /\d+/g);
  });
});
