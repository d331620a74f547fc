import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isRtf, rtfToBlocks } from '../../corpus/rtf.js';
import { blockText, fixture, readBytes } from './helpers.js';

const rtf = (body: string) => rtfToBlocks(Buffer.from(body, 'latin1'));
const text = (body: string) => rtf(body).blocks.map((b) => b.text).join('\n');

describe('RTF escapes and code pages', () => {
  it("decodes \\'xx with the document's code page (\\ansicpg1250)", () => {
    // ž 0x9E, č 0xE8, Ú 0xDA, í 0xED, ř 0xF8, ů 0xF9 in Windows-1250
    const r = rtf("{\\rtf1\\ansi\\ansicpg1250\\deff0 {\\fonttbl{\\f0\\fswiss Arial;}}\\f0 \\'9e\\'edt, \\'fa\\'e8ast, \\'dast\\'ed, p\\'f8\\'edli\\'9a d\\'f9m\\par}");
    expect(r.blocks).toEqual([{ type: 'paragraph', text: 'žít, účast, Ústí, příliš dům' }]);
    expect(r.encoding).toBe('windows-1250');
  });

  it('decodes raw 8-bit bytes with the code page too', () => {
    const body = Buffer.concat([Buffer.from('{\\rtf1\\ansi\\ansicpg1250 '), iconv.encode('Účast žít', 'windows-1250'), Buffer.from('\\par}')]);
    expect(rtfToBlocks(body).blocks[0].text).toBe('Účast žít');
  });

  it("takes a font's \\fcharset238 as Windows-1250 in a 1252 document", () => {
    expect(text("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times;}{\\f1\\fcharset238 Arial CE;}}{\\f1 \\'9e\\'edt}\\par}")).toBe('žít');
  });

  it('takes Czech text (\\deflang1029) without a code page for Windows-1250', () => {
    expect(text("{\\rtf1\\ansi\\deff0\\deflang1029 \\'e8\\'edslo \\'f8\\'e1dku\\par}")).toBe('číslo řádku');
    expect(text("{\\rtf1\\ansi\\deff0\\deflang1036 caf\\'e8\\par}")).toBe('cafè');
  });

  it('reads \\uN and skips \\ucN fallback characters', () => {
    expect(text('{\\rtf1\\ansi \\u382?\\u237?t, \\u250\\\'fa\\u269\\\'3fast\\par}')).toBe('žít, účast');
    expect(text('{\\rtf1\\ansi\\uc2 \\u218??st\\u237??\\par}')).toBe('Ústí');
    expect(text('{\\rtf1\\ansi\\uc0 \\u218 st\\u237 \\par}')).toBe('Ústí');
    // a group end stops the skipping; negative N counts from 65 536
    expect(text('{\\rtf1\\ansi {\\u382}?\\u-3913?\\par}')).toBe('ž?\uF0B7');
    // surrogate pairs
    expect(text('{\\rtf1\\ansi \\u-10179?\\u-8704?\\par}')).toBe('😀');
  });

  it('keeps \\uc inside its group only', () => {
    expect(text("{\\rtf1\\ansi {\\uc2 \\u382\\'9e\\'9e}\\u237\\'ed\\par}")).toBe('ží');
  });

  it('turns \\par, \\line, \\tab, special characters and control symbols into text', () => {
    expect(rtf('{\\rtf1\\ansi Dne:\\tab 17.\\~10.\\~2017\\line druh\\u253? \\u345?\\\'e1dek\\par 2014\\endash 2017 \\bullet  a\\{b\\}c\\\\d\\par}').blocks.map((b) => b.text)).toEqual([
      'Dne:\t17.\u00A010.\u00A02017\ndruhý řádek',
      '2014–2017 • a{b}c\\d',
    ]);
  });

  it('skips font, colour, style tables, info, pictures, headers, footers, footnotes and unknown \\* destinations', () => {
    const body = [
      '{\\rtf1\\ansi\\ansicpg1250{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}',
      '{\\stylesheet{\\s0 Normal;}{\\s1 heading 1;}}{\\info{\\title Z\\\'e1pis}{\\author Nov\\\'e1k}}',
      '{\\header Hlavi\\\'e8ka}{\\footer Z\\\'e1pat\\\'ed}{\\*\\generator Writer;}{\\*\\unknowndest tajn\\\'e9}',
      '{\\pict\\pngblip 89504e47}{\\*\\shppict{\\pict 0000}}',
      '\\pard\\s1 \\\'da\\\'e8ast\\par',
      '\\pard Text{\\footnote pozn\\\'e1mka} pokra\\\'e8uje {\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt odkaz}}\\par',
      '\\pard Bin{\\*\\blob\\bin3 }}}} d\\\'e1l\\par}',
    ].join('\n');
    const r = rtf(body);
    expect(r.blocks).toEqual([
      { type: 'heading', text: 'Účast', level: 1 },
      { type: 'paragraph', text: 'Text pokračuje odkaz' },
      { type: 'paragraph', text: 'Bin dál' },
    ]);
    expect(r.title).toBe('Zápis');
  });

  it('reads tables cell by cell, row by row', () => {
    const r = rtf("{\\rtf1\\ansi\\ansicpg1250 \\trowd\\cellx1000\\cellx2000\\pard\\intbl Polo\\'9eka\\cell \\'c8\\'e1stka\\cell\\row\\trowd\\cellx1000\\cellx2000\\pard\\intbl Dotace\\par z ESF\\cell 1 032 431,25 K\\'e8\\cell\\row\\pard Konec\\par}");
    expect(r.blocks).toEqual([
      { type: 'table-cell', text: 'Položka', row: 0, col: 0 },
      { type: 'table-cell', text: 'Částka', row: 0, col: 1 },
      { type: 'table-cell', text: 'Dotace z ESF', row: 1, col: 0 },
      { type: 'table-cell', text: '1 032 431,25 Kč', row: 1, col: 1 },
      { type: 'paragraph', text: 'Konec' },
    ]);
  });

  it('survives hostile nesting and truncation', () => {
    const deep = `{\\rtf1\\ansi ${'{'.repeat(5000)}x${'}'.repeat(5000)} Účast\\par}`;
    const r = rtfToBlocks(Buffer.from(deep, 'utf8'), 512);
    expect(r.truncated).toBe(true);
    expect(rtfToBlocks(Buffer.from('{\\rtf1\\ansi\\ansicpg1250 \\\'9e\\\'ed', 'latin1')).blocks[0].text).toBe('ží');
  });

  it('sniffs the {\\rtf magic', () => {
    expect(isRtf(Buffer.from('{\\rtf1\\ansi}'))).toBe(true);
    expect(isRtf(Buffer.from('  \r\n{\\rtf1'))).toBe(true);
    expect(isRtf(Buffer.from('{\\rt'))).toBe(false);
    expect(isRtf(Buffer.from('Text o {\\rtf1}'))).toBe(false);
  });
});

describe('the RTF reader on LibreOffice RTF', () => {
  it('takes the Unicode title over the ANSI one (\\upr)', async () => {
    const d = await readBytes(fixture('structure.rtf'), 'structure.rtf');
    expect(d.title).toBe('Zápis z jednání řídicí skupiny');
    expect(blockText(d)).not.toContain('?');
  });
});
