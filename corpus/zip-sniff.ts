/** True when the bytes are a ZIP archive whose central directory names `member` (no inflating). */
export function isZipWith(bytes: Uint8Array, member: string): boolean {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return false;
  // member names are stored as plain bytes in local and central headers
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(member, 0, 'latin1');
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}
