import { describe, expect, it } from 'vitest';
import { guardZip, inflateAllWithin, isZip, isZipWith, listZip, unsafeName, ZipArchive } from '../../corpus/zip.js';
import { SpisovnaError } from '../../pipeline/errors.js';
import { makeZip } from './make-zip.js';

const LIMITS = { maxInflatedBytes: 8 * 1024 * 1024, maxCompressionRatio: 100 };

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof SpisovnaError) return err.reason;
    throw err;
  }
  return undefined;
}

describe('zip', () => {
  const plain = makeZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
    { name: 'content.xml', data: '<x>Účast žít Ústí</x>' },
    { name: 'složka/', data: '', stored: true },
  ]);

  it('lists members from the central directory and reads them', () => {
    expect(isZip(plain)).toBe(true);
    expect(listZip(plain).map((e) => e.name)).toEqual(['mimetype', 'content.xml', 'složka/']);
    const zip = ZipArchive.open(plain, LIMITS);
    expect(zip.readText('content.xml')).toBe('<x>Účast žít Ústí</x>');
    expect(zip.readText('mimetype')).toBe('application/vnd.oasis.opendocument.text');
    expect(zip.entry('složka/')?.directory).toBe(true);
    expect(isZipWith(plain, 'content.xml')).toBe(true);
    expect(isZipWith(plain, 'word/document.xml')).toBe(false);
  });

  it('does not take text that merely names a member for a ZIP', () => {
    expect(isZipWith(Buffer.from('PK\x03\x04 word/document.xml and more text to pass twenty-two bytes'), 'word/document.xml')).toBe(false);
  });

  it('decodes member names: UTF-8, CP852 of Czech Windows, the Unicode Path field of 7-Zip', async () => {
    const iconv = (await import('iconv-lite')).default;
    const zip = makeZip([
      { name: 'zápis.txt', data: 'a' },
      { name: 'x', rawName: iconv.encode('Účast/žádost.txt', 'cp852'), data: 'b' },
      { name: 'y', rawName: iconv.encode('plan?.txt', 'cp437'), unicodeName: 'plán řízení.txt', data: 'c' },
    ]);
    expect(listZip(zip).map((e) => e.name)).toEqual(['zápis.txt', 'Účast/žádost.txt', 'plán řízení.txt']);
  });

  it('rejects path traversal and absolute names', () => {
    expect(unsafeName('../../etc/passwd')).toBe('path traversal');
    expect(unsafeName('a/../../b')).toBe('path traversal');
    expect(unsafeName('..\\windows\\x')).toBe('path traversal');
    expect(unsafeName('/etc/passwd')).toBe('absolute path');
    expect(unsafeName('C:\\x.txt')).toBe('drive letter');
    expect(unsafeName('zápis..2017.txt')).toBeUndefined();
    const evil = makeZip([{ name: 'ok.txt', data: 'a' }, { name: '../evil.txt', data: 'b' }]);
    expect(reasonOf(() => ZipArchive.open(evil, LIMITS))).toBe('zip-traversal');
    const lenient = ZipArchive.open(evil, LIMITS, { allowUnsafeNames: true });
    expect(lenient.readText('ok.txt')).toBe('a');
    expect(reasonOf(() => lenient.read('../evil.txt'))).toBe('zip-traversal');
  });

  it('stops a bomb whose headers lie at the cap', () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const bomb = makeZip([{ name: 'word/document.xml', data: zeros, declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(200_000);
    const zip = ZipArchive.open(bomb, LIMITS);
    const before = process.memoryUsage().rss;
    expect(reasonOf(() => zip.read('word/document.xml'))).toBe('zip-bomb');
    expect(process.memoryUsage().rss - before).toBeLessThan(60 * 1024 * 1024);
  });

  it('rejects a high ratio even under the size cap', () => {
    const bomb = makeZip([{ name: 'a.xml', data: Buffer.alloc(4 * 1024 * 1024, 0x20) }]);
    expect(reasonOf(() => ZipArchive.open(bomb, LIMITS).read('a.xml'))).toBe('zip-bomb');
    expect(reasonOf(() => guardZip(bomb, LIMITS))).toBe('zip-bomb');
    expect(reasonOf(() => ZipArchive.open(bomb, { ...LIMITS, maxCompressionRatio: 10_000 }).read('a.xml'))).toBeUndefined();
  });

  it('shares one budget across members', () => {
    const many = makeZip(Array.from({ length: 6 }, (_, i) => ({ name: `m${i}.bin`, data: Buffer.alloc(2 * 1024 * 1024, i), stored: true })));
    expect(reasonOf(() => guardZip(many, LIMITS, 'reader/docx'))).toBe('zip-bomb');
    const lying = makeZip(Array.from({ length: 6 }, (_, i) => ({ name: `m${i}.bin`, data: Buffer.alloc(2 * 1024 * 1024, i), stored: true, declaredSize: 10 })));
    expect(reasonOf(() => inflateAllWithin(lying, LIMITS, 'reader/docx'))).toBe('zip-bomb');
  });

  it('fails encrypted, truncated and damaged archives with a reason', () => {
    expect(reasonOf(() => ZipArchive.open(makeZip([{ name: 'a', data: 'x', encrypted: true }]), LIMITS).read('a'))).toBe('encrypted');
    expect(reasonOf(() => listZip(plain.subarray(0, plain.length - 30)))).toBe('corrupt');
    const flipped = Buffer.from(plain);
    const at = flipped.indexOf('application');
    flipped[at] = 0x41; // stored data changed: CRC fails
    expect(reasonOf(() => ZipArchive.open(flipped, LIMITS).read('mimetype'))).toBe('corrupt');
  });
});
