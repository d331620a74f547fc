import iconv from 'iconv-lite';

/**
 * Decodes text bytes of unknown encoding: UTF-8 (with or without BOM), UTF-16 with BOM, and the two
 * Czech legacy code pages, Windows-1250 and ISO-8859-2. Generic detectors confuse 1250 with 1252 or
 * with Hungarian; here the Czech letters decide.
 */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'iso-8859-2';
}

const CZECH_LETTERS = /[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]/gu;
// Letters each code page produces from the bytes where the two differ, that Czech text never holds.
const UNLIKELY = /[ąľĽĄ©®ŚśŹź»«]/gu;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8 throughout: mostly UTF-8 with a few broken bytes, or a Czech legacy code page
  }
  const { valid, invalid } = utf8Sequences(bytes);
  if (valid > 0 && valid >= 3 * invalid) {
    // a UTF-8 file with a few damaged bytes: decoding it as 1250 would garble every Czech letter
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  const legacy = guessLegacy(bytes);
  return { text: iconv.decode(Buffer.from(bytes), legacy), encoding: legacy };
}

/** Counts well-formed UTF-8 multi-byte sequences and bytes that cannot be UTF-8 at their place. */
export function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) { valid++; i += len; } else { invalid++; i++; }
  }
  return { valid, invalid };
}

/** Windows-1250 or ISO-8859-2, whichever reads as more plausible Czech. */
export function guessLegacy(bytes: Uint8Array): 'windows-1250' | 'iso-8859-2' {
  // 0x80–0x9F are C1 controls in ISO-8859-2 but letters (š, ž, ť, Š, Ž, Ť …) in Windows-1250.
  let c1 = 0;
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f && b !== 0x81 && b !== 0x83 && b !== 0x88 && b !== 0x90 && b !== 0x98) c1++;
  if (c1 > 0) return 'windows-1250';
  const score = (enc: string) => {
    const text = iconv.decode(Buffer.from(bytes), enc);
    return (text.match(CZECH_LETTERS)?.length ?? 0) - 5 * (text.match(UNLIKELY)?.length ?? 0);
  };
  return score('iso-8859-2') > score('windows-1250') ? 'iso-8859-2' : 'windows-1250';
}

/** Charset named by an HTML <meta> (either form) in the first bytes, lower-cased, or undefined. */
export function htmlMetaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** Decodes HTML: BOM first, then the <meta> charset, then detection. */
export function decodeHtml(bytes: Uint8Array): Decoded {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  const meta = htmlMetaCharset(bytes);
  if (!hasBom && meta) {
    const enc = normaliseCharset(meta);
    if (enc && iconv.encodingExists(enc)) {
      // a page that says UTF-8 but is not valid UTF-8 is still detected
      if (enc === 'utf-8') return decodeText(bytes);
      return { text: iconv.decode(Buffer.from(bytes), enc), encoding: enc as Decoded['encoding'] };
    }
  }
  return decodeText(bytes);
}

function normaliseCharset(name: string): string | undefined {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf8' || n === 'utf-8') return 'utf-8';
  if (n === 'cp1250' || n === 'windows-1250' || n === 'x-cp1250') return 'windows-1250';
  if (n === 'iso-8859-2' || n === 'iso8859-2' || n === 'latin2' || n === 'l2') return 'iso-8859-2';
  // Czech pages that claim 1252 or Latin-1 are nearly always 1250 in truth
  if (n === 'windows-1252' || n === 'iso-8859-1' || n === 'latin1') return undefined;
  return n;
}
