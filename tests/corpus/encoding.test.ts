import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText } from '../../corpus/encoding.js';
import { normalise } from '../../corpus/normalise.js';
import { textToBlocks } from '../../corpus/readers/txt.js';
import { fixture, readBytes, seedStems, seedVariant } from './helpers.js';

const CZECH = 'Žádost o účast: šťastný kůň žít v Ústí, Ťažký úkol, Řeka Šárka, Čechy, ďábel, ňadra, ěšč.';

describe('encoding detection', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(CZECH, 'utf8'))).toEqual({ text: CZECH, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CZECH, 'utf8')]))).toEqual({ text: CZECH, encoding: 'utf-8' });
  });

  it('tells Windows-1250 from ISO-8859-2 by the Czech letters', () => {
    expect(decodeText(iconv.encode(CZECH, 'windows-1250'))).toEqual({ text: CZECH, encoding: 'windows-1250' });
    expect(decodeText(iconv.encode(CZECH, 'iso-8859-2'))).toEqual({ text: CZECH, encoding: 'iso-8859-2' });
  });

  it('gets short texts right where only one letter tells the code pages apart', () => {
    for (const word of ['šťastný', 'žít', 'Šárka', 'ťukat', 'Žďár']) {
      expect(decodeText(iconv.encode(word, 'windows-1250')).text).toBe(word);
      expect(decodeText(iconv.encode(word, 'iso-8859-2')).text).toBe(word);
    }
  });

  it('reads UTF-8 with a few damaged bytes as UTF-8, not as a legacy code page', () => {
    const damaged = Buffer.concat([Buffer.from(CZECH, 'utf8'), Buffer.from([0xff, 0x20, 0xc3]), Buffer.from(' Účastníci žádali.', 'utf8')]);
    const { text, encoding } = decodeText(damaged);
    expect(encoding).toBe('utf-8');
    expect(text).toContain('šťastný kůň žít v Ústí');
    expect(text).toContain('Účastníci žádali.');
  });

  it('reads UTF-16 with a BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CZECH, 'utf16le')])).text).toBe(CZECH);
  });

  it('takes the charset an HTML <meta> names', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body>${CZECH}</body></html>`;
    expect(decodeHtml(iconv.encode(html, 'windows-1250')).text).toContain(CZECH);
    const latin2 = html.replace('windows-1250', 'iso-8859-2');
    expect(decodeHtml(iconv.encode(latin2, 'iso-8859-2')).text).toContain(CZECH);
  });

  it('reads the legacy seed fixtures in their code pages', async () => {
    for (const stem of seedStems()) {
      const a = seedVariant('txt-1250', stem);
      const b = seedVariant('txt-8859-2', stem);
      expect((await readBytes(a.bytes, a.name)).encoding).toBe('windows-1250');
      expect((await readBytes(b.bytes, b.name)).encoding).toBe('iso-8859-2');
      const h = seedVariant('html-1250', stem);
      expect((await readBytes(h.bytes, h.name)).encoding).toBe('windows-1250');
    }
  });
});

describe('line ends', () => {
  it('reads CRLF, CR and LF alike', () => {
    const lf = textToBlocks('Přítomni:\nOlga Merglová\n\nÚčast: 12');
    expect(textToBlocks('Přítomni:\r\nOlga Merglová\r\n\r\nÚčast: 12')).toEqual(lf);
    expect(textToBlocks('Přítomni:\rOlga Merglová\r\rÚčast: 12')).toEqual(lf);
    expect(normalise({ format: 'txt', blocks: textToBlocks('a\r\nb\rc'), messages: [] }).text).toBe('a\nb\nc');
  });
});

describe('normalisation', () => {
  it('mends broken-font letters where the text is Czech', () => {
    const n = normalise({ format: 'pdf', blocks: [{ type: 'paragraph', text: 'Rozvoj sociálních sluţeb, ţádost a Şumava v kraji' }], messages: [] });
    expect(n.text).toBe('Rozvoj sociálních služeb, žádost a Šumava v kraji');
    expect(n.messages.map((m) => m.ruleId)).toContain('broken-font');
  });

  it('leaves ţ and ş alone where the text is not Czech', () => {
    const n = normalise({ format: 'txt', blocks: [{ type: 'paragraph', text: 'Timişoara, ţară' }], messages: [] });
    expect(n.text).toBe('Timişoara, ţară');
  });

  it('composes decomposed letters (NFC) and drops soft hyphens and odd spaces', () => {
    const decomposed = 'u\u030Ac\u030Cast Z\u030Ci\u0301t'; // "ůčast Žít" decomposed
    const n = normalise({ format: 'txt', blocks: [{ type: 'paragraph', text: `${decomposed}\u00A0a\u00ADb\u200B` }], messages: [] });
    expect(n.text).toBe('ůčast Žít ab');
    expect(n.text.length).toBe('ůčast Žít ab'.length);
  });

  it('keeps offsets of blocks pointing at their text', async () => {
    const doc = normalise(await readBytes(fixture('structure.odt'), 'structure.odt'));
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end).length).toBe(b.end - b.start);
    const heading = doc.blocks.find((b) => b.type === 'heading');
    expect(heading && doc.text.slice(heading.start, heading.end)).toBe('Zápis z jednání řídicí skupiny');
  });
});

describe('normalisation of symbol-font bullets and ligatures', () => {
  it('turns private-use bullets into • and splits ligatures', () => {
    const n = normalise({ format: 'pdf', blocks: [{ type: 'list-item', text: '\uF0B7 eﬀektivní ﬁnancování' }], messages: [] });
    expect(n.text).toBe('• effektivní financování');
  });
});
