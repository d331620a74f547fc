import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../corpus/limits.js';
import { readerFor, sniffFormat } from '../../corpus/readers/index.js';
import { normalise } from '../../corpus/normalise.js';
import { SpisovnaError } from '../../pipeline/errors.js';
import type { RawDocument } from '../../schema/index.js';
import { makeZip } from './make-zip.js';
import { blockText, fixture, readBytes } from './helpers.js';

const STRUCTURE_FORMATS = ['odt', 'docx', 'doc', 'rtf', 'pdf'] as const;

async function reasonOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (err) {
    if (err instanceof SpisovnaError) return `${err.reason}|${err.message}`;
    throw err;
  }
  return undefined;
}

describe.each(STRUCTURE_FORMATS)('the %s reader on the structure document', (ext) => {
  let doc: RawDocument;
  const get = async () => (doc ??= await readBytes(fixture(`structure.${ext}`), `structure.${ext}`));

  it('is chosen by content', async () => {
    expect(sniffFormat(fixture(`structure.${ext}`), 'no-extension')).toBe(ext);
  });

  it('keeps Czech letters at word edges', async () => {
    const text = normalise(await get()).text;
    for (const w of ['žít', 'účast', 'Ústí', 'Přítomni:', 'Průcha', 'Kateřina', 'řídicí', 'Částka']) expect(text).toContain(w);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('keeps label lines and the names after them apart', async () => {
    const d = await get();
    const texts = d.blocks.map((b) => b.text.trim());
    expect(texts).toContain('Přítomni:');
    expect(texts.some((t) => /^Olga Merglová, Jana Urbanová,\s+Lukáš Průcha$/.test(t))).toBe(true);
  });

  it('keeps a long paragraph whole, compounds with their hyphens', async () => {
    const para = (await get()).blocks.find((b) => b.text.includes('Cílem je žít'));
    expect(para?.text).toMatch(/Frýdku-Místku a z oddělení sociálně-právní ochrany dětí projednali návrh plánu, který bude předložen zastupitelstvu ke schválení/);
  });

  it('drops headers and footers', async () => {
    const text = blockText(await get());
    if (ext !== 'pdf') expect(text).not.toContain('Hlavička úřadu');
    expect(text).toContain('Zapsala: Kateřina Marcinková, dne 23. 10. 2017');
  });

  it('gives list items and table content', async () => {
    const d = await get();
    const text = normalise(d).text;
    expect(text).toMatch(/udržení sítě stávajících sociálních služeb,/);
    expect(text).toMatch(/Dotace z ESF\s+2018\s+1 032 431,25 Kč/);
    if (ext !== 'pdf' && ext !== 'doc') {
      expect(d.blocks.filter((b) => b.type === 'list-item').length).toBe(2);
    }
    if (ext !== 'pdf') {
      const cells = d.blocks.filter((b) => b.type === 'table-cell');
      expect(cells.map((c) => c.text)).toEqual(['Položka', 'Rok', 'Částka', 'Dotace z ESF', '2018', '1 032 431,25 Kč', 'Spolufinancování města', '2019', '60 731,25 Kč']);
      expect(normalise(d).text).toContain('Dotace z ESF\t2018\t1 032 431,25 Kč');
    }
  });

  it('takes a title the container states', async () => {
    const d = await get();
    if (ext === 'doc') return; // word-extractor does not read the summary information
    expect(d.title).toBe('Zápis z jednání řídicí skupiny');
  });

  it('marks headings where the format knows them', async () => {
    const d = await get();
    if (ext === 'doc' || ext === 'pdf') return; // word-extractor and PDF text carry no styles
    expect(d.blocks.filter((b) => b.type === 'heading').map((b) => [b.text.trim(), b.level])).toEqual([
      ['Zápis z jednání řídicí skupiny', 1],
      ['Úvod a účast', 2],
    ]);
  });
});

describe('the PDF reader', () => {
  it('gives pages, a title from the PDF info and page numbers on blocks, no page-joiner noise', async () => {
    const d = await readBytes(fixture('structure.pdf'), 'structure.pdf');
    expect(d.pages).toBe(1);
    expect(d.title).toBe('Zápis z jednání řídicí skupiny');
    expect(d.blocks.every((b) => b.page === 1)).toBe(true);
    expect(blockText(d)).not.toMatch(/-- \d+ of \d+ --/);
  });

  it('fails an encrypted PDF with a clear reason', async () => {
    expect(await reasonOf(readBytes(fixture('structure-encrypted.pdf'), 'x.pdf'))).toBe('encrypted|reader/pdf: encrypted: needs a password');
  });

  it('fails a truncated PDF as corrupt', async () => {
    const bytes = fixture('structure.pdf');
    const reason = await reasonOf(readBytes(bytes.subarray(0, Math.floor(bytes.length / 3)), 'x.pdf'));
    expect(reason).toMatch(/^corrupt\|reader\/pdf: /);
  });

  it('leaves the caller\'s bytes intact (they are hashed after reading)', async () => {
    const bytes = fixture('structure.pdf');
    const copy = Buffer.from(bytes);
    await readBytes(bytes, 'x.pdf');
    expect(bytes.equals(copy)).toBe(true);
  });
});

describe('the ODT reader', () => {
  const content = (body: string) => `<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="tb"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const odt = (body: string) => makeZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
    { name: 'content.xml', data: content(body) },
  ]);

  it('keeps text:s spaces, tabs and line breaks, drops notes and annotations', async () => {
    const d = await readBytes(odt('<text:p>Účast:<text:tab/>žít<text:s text:c="2"/>v Ústí<text:line-break/>další řádek<text:note><text:note-body><text:p>poznámka</text:p></text:note-body></text:note><office:annotation><text:p>komentář</text:p></office:annotation></text:p>'), 'a.odt');
    expect(d.blocks).toEqual([{ type: 'paragraph', text: 'Účast:\tžít  v Ústí\ndalší řádek' }]);
  });

  it('reads a flat ODT (.fodt) as well', async () => {
    const d = await readBytes(fixture('structure.fodt'), 'structure.fodt');
    expect(d.format).toBe('odt');
    expect(d.title).toBe('Zápis z jednání řídicí skupiny');
    expect(d.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['Zápis z jednání řídicí skupiny', 'Úvod a účast']);
    expect(blockText(d)).not.toContain('Hlavička');
  });

  it('counts pages at soft page breaks', async () => {
    const d = await readBytes(odt('<text:p>první</text:p><text:soft-page-break/><text:p>druhá</text:p>'), 'a.odt');
    expect(d.blocks.map((b) => b.page)).toEqual([1, 2]);
  });

  it('fails an unsafe archive with a reason', async () => {
    const bad = makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
      { name: 'content.xml', data: content('<text:p>x</text:p>') },
      { name: '../../evil', data: 'x' },
    ]);
    expect(await reasonOf(readBytes(bad, 'a.odt'))).toMatch(/^zip-traversal\|reader\/odt: /);
  });

  it('stops an ODT bomb at the cap', async () => {
    const bomb = makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
      { name: 'content.xml', data: Buffer.alloc(32 * 1024 * 1024, 0x20), declaredSize: 100 },
    ]);
    const reader = readerFor(bomb, 'a.odt');
    expect(reader.format).toBe('odt');
    const reason = await reasonOf(reader.read(bomb, { path: 'a.odt', limits: { ...DEFAULT_LIMITS, maxInflatedBytes: 4 * 1024 * 1024 } }));
    expect(reason).toMatch(/^zip-bomb\|/);
  });
});

describe('the DOCX reader', () => {
  it('fails a DOCX bomb before mammoth reads it', async () => {
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: Buffer.alloc(16 * 1024 * 1024, 0x20), declaredSize: 1000 },
    ]);
    const reason = await reasonOf(readBytes(bomb, 'a.docx'));
    expect(reason).toMatch(/^zip-bomb\|reader\/docx: /);
  });
});

describe('sniffing by content', () => {
  const html = Buffer.from('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Zápis</title></head><body><p>Účast žít v Ústí</p></body></html>');

  it('reads HTML named .pdf as HTML and text named .docx as text', () => {
    expect(sniffFormat(html, 'zapis.pdf')).toBe('html');
    expect(sniffFormat(Buffer.from('Zápis z jednání\nÚčast: 12 osob\n'), 'zapis.docx')).toBe('txt');
  });

  it('takes text that merely mentions %PDF- for text', () => {
    expect(sniffFormat(Buffer.from('Příloha: soubor začíná znaky %PDF- a pak verzí.'), 'a.pdf')).toBe('txt');
  });

  it('finds %PDF- within the first kilobyte', () => {
    expect(sniffFormat(Buffer.concat([Buffer.alloc(300, 0x20), fixture('structure.pdf')]), 'x.bin')).toBe('pdf');
  });

  it('tells DOCX, ODT and a bare ZIP archive apart', () => {
    expect(sniffFormat(fixture('structure.docx'), 'x.zip')).toBe('docx');
    expect(sniffFormat(fixture('structure.odt'), 'x.zip')).toBe('odt');
    expect(sniffFormat(makeZip([{ name: 'zapis.txt', data: 'Účast' }, { name: 'plan.pdf', data: '%PDF-1.4' }]), 'x.docx')).toBe('zip');
    // an ODF that is not a text (a spreadsheet) is an archive here, not ODT
    expect(sniffFormat(makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', stored: true }, { name: 'content.xml', data: '<x/>' }]), 'x.odt')).toBe('zip');
  });

  it('tells Word 97–2003 and RTF by their magic', () => {
    expect(sniffFormat(fixture('structure.doc'), 'x.txt')).toBe('doc');
    expect(sniffFormat(fixture('structure.rtf'), 'x.doc')).toBe('rtf');
    expect(sniffFormat(Buffer.from('\uFEFF{\\rtf1\\ansi x}'), 'x')).toBe('rtf');
  });

  it('does not let a ZIP archive through as a document', async () => {
    const zip = makeZip([{ name: 'zapis.txt', data: 'Účast' }]);
    expect(await reasonOf(readBytes(zip, 'a.zip'))).toMatch(/^archive\|/);
  });
});

describe('the HTML reader on a Windows-1250 web page', () => {
  it('reads the main content only, with the lines <br> makes', async () => {
    const d = await readBytes(fixture('seeds/html-1250/002_27b9c8ee34d95d5c.html'), 'zapis.pdf');
    expect(d.format).toBe('html');
    expect(d.encoding).toBe('windows-1250');
    const text = normalise(d).text;
    expect(text).toContain('Přítomni:\nOlga Merglová, Jana Urbanová');
    expect(text).not.toMatch(/cookies|Souhlasím|Mírové náměstí|var menu/);
    expect(text).not.toMatch(/\n\n/);
  });
});

describe('the TXT reader', () => {
  it('takes bullets and numbers for list items, a date opening a line not', async () => {
    const { textToBlocks } = await import('../../corpus/readers/txt.js');
    expect(textToBlocks('Dne:\n23. 10. 2017\n\n1) Úvod\n• účast\n2. Ústí').map((b) => b.type)).toEqual(['paragraph', 'list-item', 'list-item', 'list-item']);
    expect(textToBlocks('Dne:\n23. 10. 2017')[0].text).toBe('Dne:\n23. 10. 2017');
  });
});

describe('HTML sniffing', () => {
  it('knows XHTML and pages that open with a comment or a <meta>', () => {
    expect(sniffFormat(Buffer.from('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Účast</p></body></html>'), 'a.pdf')).toBe('html');
    expect(sniffFormat(Buffer.from('<!-- uloženo z webu -->\n<!DOCTYPE html><html><body>Účast</body></html>'), 'a.doc')).toBe('html');
    expect(sniffFormat(Buffer.from('<meta charset="windows-1250"><p>Účast</p>'), 'a.txt')).toBe('html');
    expect(sniffFormat(Buffer.from('Zápis <b>není</b> HTML, jen text s tagem.'), 'a.html')).toBe('txt');
  });
});

describe('office packages that are not DOCX or ODT', () => {
  it('are not archives to expand, and fail as unsupported', async () => {
    const { isExpandableArchive } = await import('../../corpus/readers/index.js');
    const xlsx = makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]);
    const ods = makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', stored: true }, { name: 'content.xml', data: '<x/>' }]);
    const archive = makeZip([{ name: 'zapis.txt', data: 'Účast' }]);
    expect(isExpandableArchive(xlsx)).toBe(false);
    expect(isExpandableArchive(ods)).toBe(false);
    expect(isExpandableArchive(archive)).toBe(true);
    expect(isExpandableArchive(fixture('structure.docx'))).toBe(false);
    expect(await reasonOf(readBytes(xlsx, 'a.xlsx'))).toMatch(/^unsupported\|/);
  });
});
