import { crc32, deflateRawSync } from 'node:zlib';

export interface Member {
  name: string;
  data: Buffer | string;
  /** store instead of deflating */
  stored?: boolean;
  /** a lie for the headers: the inflated size declared */
  declaredSize?: number;
  encrypted?: boolean;
  /** the name's bytes as stored (a legacy code page), without the UTF-8 flag */
  rawName?: Buffer;
  /** an Info-ZIP Unicode Path extra field with this name */
  unicodeName?: string;
}

/** Writes a ZIP archive in memory (so tests can craft bombs and traversal names that tools refuse to make). */
export function makeZip(members: Member[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const data = Buffer.isBuffer(m.data) ? m.data : Buffer.from(m.data, 'utf8');
    const body = m.stored ? data : deflateRawSync(data);
    const name = m.rawName ?? Buffer.from(m.name, 'utf8');
    const extra = m.unicodeName
      ? (() => {
          const u = Buffer.from(m.unicodeName, 'utf8');
          const head = Buffer.alloc(9);
          head.writeUInt16LE(0x7075, 0); head.writeUInt16LE(5 + u.length, 2); head[4] = 1; head.writeUInt32LE(crc32(name) >>> 0, 5);
          return Buffer.concat([head, u]);
        })()
      : Buffer.alloc(0);
    const size = m.declaredSize ?? data.length;
    const flags = (m.rawName ? 0 : 0x0800) | (m.encrypted ? 1 : 0);
    const method = m.stored ? 0 : 8;
    const crc = crc32(data) >>> 0;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(flags, 6); lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(crc, 14); lh.writeUInt32LE(body.length, 18); lh.writeUInt32LE(size, 22); lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(flags, 8); ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc, 16); ch.writeUInt32LE(body.length, 20); ch.writeUInt32LE(size, 24); ch.writeUInt16LE(name.length, 28);
    ch.writeUInt16LE(extra.length, 30);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body);
    centrals.push(ch, name, extra);
    offset += lh.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(members.length, 8); eocd.writeUInt16LE(members.length, 10);
  eocd.writeUInt32LE(cd.length, 12); eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}
