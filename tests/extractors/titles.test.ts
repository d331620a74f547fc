import { describe, expect, it } from 'vitest';
import { HONORIFICS, HONORIFIC_SOURCE, POST_TITLES, POST_TITLE_SOURCE, PRE_TITLES, PRE_TITLE_SOURCE } from '../../extractors/czech/titles.js';

/**
 * The title alternations share one optional-dot ending per run of dotted titles (fewer Unicode letter
 * classes for V8 to compile). Here they are checked against the plain form, each title with its own
 * ending, over texts full of titles written every way: the same matches at the same places.
 */
function plainAlternation(titles: readonly string[]): string {
  const escape = (s: string) => {
    const body = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?').replace(/\\\.$/u, '(?:\\.|(?![\\p{L}]))');
    const first = s[0];
    return first !== first.toUpperCase() && s.length > 2 && s !== 'sl.' && s !== 'pí.' ? `[${first}${first.toUpperCase()}]${body.slice(1)}` : body;
  };
  return `(?:${[...titles].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
}

const all = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, m[0]]);

/** every title as written, without its dot, glued to letters and digits, spaced out, upper-cased */
function variants(titles: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of titles) {
    const bare = t.replace(/\.$/u, '');
    out.push(t, bare, `${bare}x`, `${bare}ý`, `${bare}.ř`, `${t} Jana`, `${bare} Jana`, `${t}${t}`, t.replace(/ /g, ''), t.toUpperCase(), `${t[0].toUpperCase()}${t.slice(1)}`);
  }
  return out;
}

describe('title alternations', () => {
  for (const [name, titles, source] of [
    ['pre-titles', PRE_TITLES, PRE_TITLE_SOURCE],
    ['post-titles', POST_TITLES, POST_TITLE_SOURCE],
    ['honorifics', HONORIFICS, HONORIFIC_SOURCE],
  ] as const) {
    it(`${name}: the same matches as one ending per title`, () => {
      const plain = plainAlternation(titles);
      expect(source).not.toBe(plain);
      const texts = [
        ...variants([...PRE_TITLES, ...POST_TITLES, ...HONORIFICS]),
        'Přítomni: Ing. arch. Jana Nováková, Mgr.art. Petr Dvořák, PhDr Eva Malá, Ph.D, paní Nová, p. Hejnic, pí.Malá, dr. h. c. Ivan',
        'Novák Jan, Ing., Ph.D., MBA, LL.M., M.A. — Bc.Jana BcA Petra; Dr.Svoboda, prof.Ing.CSc.',
      ];
      let compared = 0;
      for (const text of texts) {
        expect(all(source, text), text).toEqual(all(plain, text));
        compared += all(plain, text).length;
      }
      expect(compared).toBeGreaterThan(titles.length * 5);
    });
  }
});
