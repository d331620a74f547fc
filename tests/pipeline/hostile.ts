/**
 * Builds a folder of hostile and broken input mixed with good documents, in a temporary folder: what an
 * archive gathered over twenty years holds. `EXPECTED` says what each file must give in the manifest.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(root, 'tests/fixtures/hostile');

interface ZipMember {
  name: string;
  data?: Buffer;
  /** already deflated data with its real size and CRC (for the big bomb) */
  deflated?: { data: Buffer; size: number; crc: number };
}

/** A minimal ZIP writer (deflate, no extras), enough for DOCX parts and archives with any member names. */
export function zip(members: ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name, 'utf8');
    const comp = m.deflated ? m.deflated.data : deflateRawSync(m.data ?? Buffer.alloc(0));
    const size = m.deflated ? m.deflated.size : (m.data?.length ?? 0);
    const crc = m.deflated ? m.deflated.crc : crc32(m.data ?? Buffer.alloc(0));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, comp);
    centrals.push(central, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A DOCX whose document.xml is given (with or without a DTD). */
export function docx(documentXml: string | ZipMember['deflated']): Buffer {
  const doc: ZipMember = typeof documentXml === 'string' ? { name: 'word/document.xml', data: Buffer.from(documentXml) } : { name: 'word/document.xml', deflated: documentXml };
  return zip([{ name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) }, { name: '_rels/.rels', data: Buffer.from(RELS) }, doc]);
}

export function docxOfParagraphs(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return docx(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
}

/** `bytes` of spaces inside a w:t, deflated as a stream (a 1 GB part compresses to about 1 MB). */
async function bombPart(bytes: number): Promise<NonNullable<ZipMember['deflated']>> {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>`);
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const d = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  d.on('data', (c: Buffer) => parts.push(c));
  const done = new Promise<void>((resolve) => d.on('end', () => resolve()));
  let crc = crc32(head);
  d.write(head);
  const n = Math.floor(bytes / chunk.length);
  for (let i = 0; i < n; i++) {
    crc = crc32(chunk, crc);
    if (!d.write(chunk)) await new Promise((r) => d.once('drain', r));
  }
  crc = crc32(tail, crc);
  d.end(tail);
  await done;
  return { data: Buffer.concat(parts), size: head.length + n * chunk.length + tail.length, crc };
}

/** A deterministic pseudo-random generator, so that the random files are the same on every run. */
function random(bytes: number, seed: number): Buffer {
  const out = Buffer.alloc(bytes);
  let s = seed >>> 0;
  for (let i = 0; i < bytes; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

export const CZECH = `Zápis z jednání pracovní skupiny Rodiny s dětmi

Datum jednání: 3. října 2023
Místo konání: Obecní úřad Štěpánov, Šafaříkova 12
Přítomni: Mgr. Žofie Řeháková, Ing. Čeněk Šťovíček, Ilona Ďurčová

Projednávané body:
1. Komunitní plán sociálních služeb na období 2024–2026 byl schválen.
2. Na podporu terénních služeb bude vyčleněno 350 000 Kč.
Úkol: zpracovat přehled služeb do 31. prosince 2023. Zodpovídá Čeněk Šťovíček.
`;

export interface Expectation {
  /** the status, or the statuses allowed (a reader may refuse a file or read it safely) */
  status: 'ok' | 'failed' | 'duplicate' | Array<'ok' | 'failed'>;
  /** the reason must match (failed) */
  reason?: RegExp;
  duplicateOf?: string;
  format?: string;
}

/** What each input must give. Keys are paths relative to the folder. */
export const EXPECTED: Record<string, Expectation> = {
  'good/zapis.odt': { status: 'ok', format: 'odt' },
  'good/zapis.docx': { status: 'ok', format: 'docx' },
  'good/zapis.pdf': { status: 'ok', format: 'pdf' },
  'good/Zápis z jednání ěščřžýáíé.txt': { status: 'ok', format: 'txt' },
  'good/kopie zápisu.txt': { status: 'duplicate', duplicateOf: 'good/Zápis z jednání ěščřžýáíé.txt' },
  'good/nfd.txt': { status: 'ok', format: 'txt' },
  'good/nul-and-invalid-utf8.txt': { status: 'ok', format: 'txt' },
  'good/text-named.docx': { status: 'ok', format: 'txt' },
  'good/html-named.pdf': { status: 'ok', format: 'html' },
  'good/laughs.xml': { status: 'ok', format: 'txt' },
  'bad/empty.txt': { status: 'failed', reason: /^empty: / },
  'bad/truncated.pdf': { status: 'failed', reason: /^corrupt: reader\/pdf/ },
  'bad/corrupt.pdf': { status: 'failed', reason: /^corrupt: reader\/pdf/ },
  'bad/encrypted.pdf': { status: 'failed', reason: /^encrypted: .*needs a password/ },
  'bad/random.txt': { status: 'failed', reason: /^binary: / },
  'bad/random.pdf': { status: 'failed', reason: /^binary: / },
  'bad/random.docx': { status: 'failed', reason: /^binary: / },
  'bad/bomb-1gb.docx': { status: 'failed', reason: /^zip-bomb: / },
  'bad/deep.html': { status: 'ok', format: 'html' },
  // read without the entities, or refused for them; never expanded (the test looks at the text)
  'bad/billion-laughs.docx': { status: ['ok', 'failed'], reason: /entity/, format: 'docx' },
  'bad/xxe.docx': { status: ['ok', 'failed'], reason: /entity/, format: 'docx' },
  'bad/big-100mb.txt': { status: 'failed', reason: /^too-large: / },
  'bundle.zip': { status: 'ok', format: 'zip' },
  'bundle.zip!/dokumenty/zápis.docx': { status: 'ok', format: 'docx' },
  'bundle.zip!/dokumenty/poznámka.txt': { status: 'ok', format: 'txt' },
  'bundle.zip!/../escape.txt': { status: 'failed', reason: /^zip-traversal: / },
  'bundle.zip!/inner.zip': { status: 'ok', format: 'zip' },
  'bundle.zip!/inner.zip!/vnořený.txt': { status: 'ok', format: 'txt' },
  'bundle.zip!/inner.zip!/kopie.txt': { status: 'duplicate', duplicateOf: 'bundle.zip!/dokumenty/poznámka.txt' },
  'bundle.zip!/bomb.bin': { status: 'failed', reason: /^zip-bomb: / },
};

/** Writes the folder; returns its path. The 1 GB bomb and the 100 MB text take a few seconds. */
export async function makeHostileFolder(dir: string): Promise<string> {
  const put = async (rel: string, data: string | Buffer) => {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), data);
  };
  const goodPdf = await readFile(path.join(FIXTURES, 'good.pdf'));
  await mkdir(path.join(dir, 'good'), { recursive: true });
  await copyFile(path.join(FIXTURES, 'good.odt'), path.join(dir, 'good/zapis.odt'));
  await copyFile(path.join(FIXTURES, 'good.docx'), path.join(dir, 'good/zapis.docx'));
  await put('good/zapis.pdf', goodPdf);
  await put('good/Zápis z jednání ěščřžýáíé.txt', CZECH);
  await put('good/kopie zápisu.txt', CZECH);
  await put('good/nfd.txt', CZECH.replace('Rodiny', 'Senioři').normalize('NFD'));
  // a few NULs and bytes that are not UTF-8 in an otherwise Czech text
  await put('good/nul-and-invalid-utf8.txt', Buffer.concat([Buffer.from(CZECH.replace('Rodiny', 'Mládež')), Buffer.from([0, 0xc3, 0x28, 0xff, 0, 0x0a]), Buffer.from('Konec zápisu.\n')]));
  await put('good/text-named.docx', CZECH.replace('Rodiny', 'Zdravotně postižení'));
  await put('good/html-named.pdf', `<!DOCTYPE html><html><head><title>Zápis</title></head><body><h1>Zápis z jednání</h1><p>${CZECH.replace('Rodiny', 'Bydlení').replace(/\n/g, '<br>')}</p></body></html>`);
  // XML with entity expansion, read as plain text: the entities stay unexpanded
  await put('good/laughs.xml', `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>\n<lolz>&lol9; Zápis z jednání, Šumperk</lolz>\n`);

  await put('bad/empty.txt', '');
  await put('bad/truncated.pdf', goodPdf.subarray(0, Math.floor(goodPdf.length * 0.4)));
  await put('bad/corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), random(20_000, 7)]));
  await copyFile(path.join(FIXTURES, 'encrypted.pdf'), path.join(dir, 'bad/encrypted.pdf'));
  await put('bad/random.txt', random(50_000, 1));
  await put('bad/random.pdf', random(50_000, 2));
  await put('bad/random.docx', random(50_000, 3));
  await put('bad/bomb-1gb.docx', docx(await bombPart(1024 * 1024 * 1024)));
  // billion laughs and an external entity inside DOCX XML: no reader may expand or fetch them
  const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('');
  await put('bad/billion-laughs.docx', docx(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">${laughs}]><w:document ${W}><w:body><w:p><w:r><w:t>Zápis z jednání &lol9;</w:t></w:r></w:p><w:p><w:r><w:t>Přítomni: Jana Nováková</w:t></w:r></w:p></w:body></w:document>`));
  await put('bad/xxe.docx', docx(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>Zápis z jednání &xxe;</w:t></w:r></w:p><w:p><w:r><w:t>Místo: Brno</w:t></w:r></w:p></w:body></w:document>`));
  const depth = 200_000;
  await put('bad/deep.html', `<!DOCTYPE html><html><body><p>Zápis z jednání komise, Olomouc</p>${'<div>'.repeat(depth)}hluboko${'</div>'.repeat(depth)}</body></html>`);
  // 100 MB of Czech text
  const line = Buffer.from(CZECH);
  await put('bad/big-100mb.txt', Buffer.concat(Array.from({ length: Math.ceil(100 * 1024 * 1024 / line.length) }, () => line)));

  const inner = zip([{ name: 'vnořený.txt', data: Buffer.from(CZECH.replace('Rodiny', 'Nezaměstnaní')) }, { name: 'kopie.txt', data: Buffer.from(CZECH.replace('Rodiny', 'Cizinci')) }]);
  await put('bundle.zip', zip([
    { name: 'dokumenty/zápis.docx', data: docxOfParagraphs(['Zápis z jednání pracovní skupiny Senioři', 'Datum: 5. května 2022', 'Přítomni: Mgr. Ondřej Říha']) },
    { name: 'dokumenty/poznámka.txt', data: Buffer.from(CZECH.replace('Rodiny', 'Cizinci')) },
    { name: '../escape.txt', data: Buffer.from('mimo archiv') },
    { name: 'inner.zip', data: inner },
    { name: 'bomb.bin', data: Buffer.alloc(20 * 1024 * 1024, 0x41) },
  ]));
  return dir;
}
