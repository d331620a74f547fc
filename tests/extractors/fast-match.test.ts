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

  it('falls back to matchAll for patterns without a word-edge lookbehind', () => {
    same('a1 b22 c333', /\d+/g);
  });
});
