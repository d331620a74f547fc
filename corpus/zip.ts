import { crc32, inflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { SpisovnaError } from '../pipeline/errors.js';
import type { ReadLimits } from './readers/types.js';

/**
 * Safe access to ZIP archives (ZIP itself, DOCX, ODT): the central directory is parsed here, member
 * names are checked, and members are inflated by Node's zlib with a hard cap on the output
 * (`maxOutputLength` stops inflation as soon as the cap is reached, so a zip bomb whose headers lie about
 * the size still stops there). No library: fflate's one-shot inflate has no output cap and yauzl is
 * callback-only (sniffing needs a synchronous look); zlib has both the cap and CRC-32.
 *
 * Reasons of the errors thrown (all `SpisovnaError('reader/zip', …)`):
 * `zip-bomb` (too much inflated or too high a ratio), `zip-traversal` (an unsafe member name),
 * `encrypted`, `unsupported` (a compression method other than stored or deflate), `corrupt`.
 */

export type ZipLimits = Pick<ReadLimits, 'maxInflatedBytes' | 'maxCompressionRatio'>;

export interface ZipEntry {
  /** the member's name as stored, decoded (UTF-8 when flagged or valid, else CP852 — Czech Windows) */
  name: string;
  /** compressed size in bytes */
  compressedSize: number;
  /** inflated size the header declares (may lie) */
  size: number;
  /** 0 stored, 8 deflate */
  method: number;
  crc32: number;
  /** offset of the local file header */
  localOffset: number;
  encrypted: boolean;
  directory: boolean;
  /** why the name is unsafe (path traversal, absolute path, NUL), when it is */
  unsafe?: string;
}

const STAGE = 'reader/zip';
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
/** More members than any document or archive of documents holds. */
export const MAX_ZIP_ENTRIES = 65_535;
/** Below this many inflated bytes a member's ratio is not held against it (small XML compresses well). */
export const RATIO_GRACE_BYTES = 1024 * 1024;

/** True when the bytes start like a ZIP archive (local header, or the end record of an empty one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

/** Names of a ZIP's members from its central directory, or undefined when it is not a readable ZIP. */
export function zipMemberNames(bytes: Uint8Array): string[] | undefined {
  if (!isZip(bytes)) return undefined;
  try {
    return listZip(bytes).map((e) => e.name);
  } catch {
    return undefined;
  }
}

/** True when the bytes are a ZIP archive whose central directory names `member` (no inflating). */
export function isZipWith(bytes: Uint8Array, member: string): boolean {
  return zipMemberNames(bytes)?.includes(member) ?? false;
}

/**
 * True when a ZIP is an office package (OOXML: `[Content_Types].xml`; OpenDocument: `mimetype`) rather
 * than an archive of files: an XLSX or an ODS is one document, not a folder to expand.
 */
export function isOfficePackage(bytes: Uint8Array): boolean {
  const names = zipMemberNames(bytes);
  return !!names && (names.includes('[Content_Types].xml') || names.includes('mimetype'));
}

/** Why a member name is unsafe to use as a path, or undefined when it is safe. */
export function unsafeName(name: string): string | undefined {
  if (name.includes('\0')) return 'NUL in name';
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(n)) return 'drive letter';
  if (n.split('/').some((seg) => seg === '..')) return 'path traversal';
  return undefined;
}

/** Lists the members from the central directory. Throws `corrupt` when there is none to read. */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(buf);
  if (eocd < 0) throw new SpisovnaError(STAGE, 'no end of central directory: not a ZIP or truncated', 'corrupt');
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    // ZIP64: the locator stands right before the end record
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== SIG_EOCD64_LOCATOR) throw new SpisovnaError(STAGE, 'ZIP64 locator missing', 'corrupt');
    const rec = num64(buf, loc + 8);
    if (rec + 56 > buf.length || buf.readUInt32LE(rec) !== SIG_EOCD64) throw new SpisovnaError(STAGE, 'ZIP64 end record missing', 'corrupt');
    count = num64(buf, rec + 32);
    cdSize = num64(buf, rec + 40);
    cdOffset = num64(buf, rec + 48);
  }
  if (count > MAX_ZIP_ENTRIES) throw new SpisovnaError(STAGE, `${count} members exceed the limit of ${MAX_ZIP_ENTRIES}`, 'zip-bomb');
  if (cdOffset + cdSize > buf.length) throw new SpisovnaError(STAGE, 'central directory beyond the end of the file: truncated', 'corrupt');

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== SIG_CENTRAL) throw new SpisovnaError(STAGE, `central directory entry ${i} is damaged`, 'corrupt');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > buf.length) throw new SpisovnaError(STAGE, `central directory entry ${i} runs past the end`, 'corrupt');
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLen);
    // ZIP64 extra field: the sizes and offset that overflowed 32 bits, in this order
    const extra = buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    let unicodeName: string | undefined;
    for (let e = 0; e + 4 <= extra.length;) {
      const id = extra.readUInt16LE(e);
      const len = extra.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) { size = num64(extra, q); q += 8; }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) { compressedSize = num64(extra, q); q += 8; }
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) { localOffset = num64(extra, q); }
      }
      // Info-ZIP Unicode Path (7-Zip, WinRAR): the UTF-8 name, valid while the CRC of the stored name matches
      if (id === 0x7075 && len > 5 && e + 4 + len <= extra.length && extra[e + 4] === 1 &&
        extra.readUInt32LE(e + 5) === crc32(nameBytes) >>> 0) {
        unicodeName = extra.subarray(e + 9, e + 4 + len).toString('utf8');
      }
      e += 4 + len;
    }
    const name = unicodeName ?? decodeName(nameBytes, (flags & 0x0800) !== 0);
    const entry: ZipEntry = {
      name,
      compressedSize,
      size,
      method,
      crc32: crc,
      localOffset,
      encrypted: (flags & 0x0001) !== 0,
      directory: name.endsWith('/') || name.endsWith('\\'),
    };
    const unsafe = unsafeName(name);
    if (unsafe) entry.unsafe = unsafe;
    entries.push(entry);
    p = end;
  }
  return entries;
}

/**
 * An opened archive: members listed once, inflated on demand, with one budget of inflated bytes shared
 * by every read (so many small members cannot add up past the limit either).
 */
export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;

  private constructor(
    private readonly bytes: Buffer,
    entries: ZipEntry[],
    readonly limits: ZipLimits,
  ) {
    this.entries = entries;
    for (const e of entries) if (!this.byName.has(e.name)) this.byName.set(e.name, e);
  }

  /**
   * Opens an archive. With `allowUnsafeNames` unset, a member with an unsafe name (path traversal,
   * absolute path) fails the whole archive; set, such members stay listed with `unsafe` and cannot be read.
   */
  static open(bytes: Uint8Array, limits: ZipLimits, opts: { allowUnsafeNames?: boolean } = {}): ZipArchive {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries = listZip(buf);
    if (!opts.allowUnsafeNames) {
      const bad = entries.find((e) => e.unsafe);
      if (bad) throw new SpisovnaError(STAGE, `unsafe member name "${bad.name}" (${bad.unsafe})`, 'zip-traversal');
    }
    return new ZipArchive(buf, entries, limits);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** Inflated bytes read so far, across all members. */
  get inflatedBytes(): number {
    return this.inflated;
  }

  /** Inflates one member (by name or entry) within what is left of the archive's budget. */
  read(member: string | ZipEntry): Buffer {
    const entry = typeof member === 'string' ? this.byName.get(member) : member;
    if (!entry) throw new SpisovnaError(STAGE, `no member "${String(member)}"`, 'corrupt');
    const left = this.limits.maxInflatedBytes - this.inflated;
    const data = inflateEntry(this.bytes, entry, { ...this.limits, maxInflatedBytes: Math.max(0, left) });
    this.inflated += data.length;
    return data;
  }

  /** A member as UTF-8 text (XML parts of DOCX and ODT). */
  readText(member: string | ZipEntry): string {
    return this.read(member).toString('utf8').replace(/^\uFEFF/, '');
  }
}

/**
 * Inflates one member with a hard cap of `limits.maxInflatedBytes` and checks its ratio and CRC-32.
 * The declared size is checked first (cheap), then the cap holds whatever the data really inflates to.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limits: ZipLimits): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.unsafe) throw new SpisovnaError(STAGE, `unsafe member name "${entry.name}" (${entry.unsafe})`, 'zip-traversal');
  if (entry.encrypted) throw new SpisovnaError(STAGE, `member "${entry.name}" is encrypted: needs a password`, 'encrypted');
  if (entry.method !== 0 && entry.method !== 8) {
    throw new SpisovnaError(STAGE, `member "${entry.name}" uses compression method ${entry.method}; only stored and deflate are read`, 'unsupported');
  }
  const cap = limits.maxInflatedBytes;
  if (entry.size > cap) throw bomb(`member "${entry.name}" declares ${entry.size} inflated bytes, over the limit of ${cap}`);
  checkRatio(entry.name, entry.size, entry.compressedSize, limits.maxCompressionRatio);

  const lh = entry.localOffset;
  if (lh + 30 > buf.length || buf.readUInt32LE(lh) !== SIG_LOCAL) throw new SpisovnaError(STAGE, `local header of "${entry.name}" is damaged`, 'corrupt');
  const start = lh + 30 + buf.readUInt16LE(lh + 26) + buf.readUInt16LE(lh + 28);
  const stop = start + entry.compressedSize;
  if (stop > buf.length) throw new SpisovnaError(STAGE, `member "${entry.name}" runs past the end of the file: truncated`, 'corrupt');
  const raw = buf.subarray(start, stop);

  let data: Buffer;
  if (entry.method === 0) {
    if (raw.length > cap) throw bomb(`member "${entry.name}" holds ${raw.length} bytes, over the limit of ${cap}`);
    data = Buffer.from(raw);
  } else {
    try {
      // maxOutputLength + 1 tells "exactly the cap" from "over the cap"
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, cap + 1) });
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        throw bomb(`member "${entry.name}" inflates past the limit of ${cap} bytes`);
      }
      throw new SpisovnaError(STAGE, `member "${entry.name}" does not inflate: ${(err as Error).message}`, 'corrupt');
    }
    if (data.length > cap) throw bomb(`member "${entry.name}" inflates past the limit of ${cap} bytes`);
  }
  checkRatio(entry.name, data.length, entry.compressedSize, limits.maxCompressionRatio);
  if (crc32(data) >>> 0 !== entry.crc32 >>> 0) throw new SpisovnaError(STAGE, `member "${entry.name}" fails its CRC-32 check`, 'corrupt');
  return data;
}

/**
 * The guard before a library that inflates a whole archive on its own (mammoth for DOCX): fails with a
 * clear reason when the members' declared sizes add up past the limit or a ratio is a bomb's, without
 * inflating anything. A bomb that lies in its headers is caught by the caller reading through
 * `ZipArchive` (see `inflateAllWithin`), not by this check alone.
 */
export function guardZip(bytes: Uint8Array, limits: ZipLimits, stage = STAGE): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = listZip(bytes);
  } catch (err) {
    if (err instanceof SpisovnaError) throw new SpisovnaError(stage, err.message.replace(/^reader\/zip: /, ''), err.reason);
    throw err;
  }
  let total = 0;
  for (const e of entries) {
    if (e.unsafe) throw new SpisovnaError(stage, `unsafe member name "${e.name}" (${e.unsafe})`, 'zip-traversal');
    if (e.encrypted) throw new SpisovnaError(stage, `member "${e.name}" is encrypted: needs a password`, 'encrypted');
    total += e.size;
    if (total > limits.maxInflatedBytes) {
      throw new SpisovnaError(stage, `members declare ${total}+ inflated bytes, over the limit of ${limits.maxInflatedBytes}`, 'zip-bomb');
    }
    if (e.size > RATIO_GRACE_BYTES && e.size > e.compressedSize * limits.maxCompressionRatio) {
      throw new SpisovnaError(stage, `member "${e.name}" inflates ${ratio(e.size, e.compressedSize)} times its size, over the limit of ${limits.maxCompressionRatio}`, 'zip-bomb');
    }
  }
  return entries;
}

/**
 * Inflates every member within the limits (the real sizes, not the declared ones) and returns an archive
 * whose reads are already paid for. Used before handing a DOCX to mammoth, which inflates without a cap:
 * a bomb fails here with a clear reason instead of eating memory.
 */
export function inflateAllWithin(bytes: Uint8Array, limits: ZipLimits, stage = STAGE): ZipArchive {
  guardZip(bytes, limits, stage);
  try {
    const zip = ZipArchive.open(bytes, limits);
    for (const e of zip.entries) if (!e.directory) zip.read(e);
    return zip;
  } catch (err) {
    if (err instanceof SpisovnaError && stage !== STAGE) throw new SpisovnaError(stage, err.message.replace(/^reader\/zip: /, ''), err.reason);
    throw err;
  }
}

function checkRatio(name: string, inflated: number, compressed: number, max: number): void {
  if (inflated > RATIO_GRACE_BYTES && inflated > Math.max(1, compressed) * max) {
    throw bomb(`member "${name}" inflates ${ratio(inflated, compressed)} times its size, over the limit of ${max}`);
  }
}

function ratio(inflated: number, compressed: number): string {
  return (inflated / Math.max(1, compressed)).toFixed(0);
}

function bomb(message: string): SpisovnaError {
  return new SpisovnaError(STAGE, message, 'zip-bomb');
}

function findEocd(buf: Buffer): number {
  // the end record is 22 bytes plus a comment of up to 65 535
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf.readUInt32LE(i) === SIG_EOCD) return i;
  }
  return -1;
}

function num64(buf: Buffer, at: number): number {
  const n = buf.readBigUInt64LE(at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new SpisovnaError(STAGE, 'ZIP64 size beyond reason', 'corrupt');
  return Number(n);
}

function decodeName(bytes: Buffer, utf8Flag: boolean): string {
  if (utf8Flag) return bytes.toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // archives zipped by Czech Windows store names in the OEM code page, CP852
    return iconv.decode(bytes, 'cp852');
  }
}
