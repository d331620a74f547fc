/**
 * Folds text for diacritic-insensitive matching while keeping every offset: each UTF-16 unit of the input
 * becomes exactly one unit of the output ("Ústí" → "usti"), so a match in the folded text is a match at the
 * same offsets in the original.
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      out += c; // half of a surrogate pair: kept as is
      continue;
    }
    const base = c.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    out += base.length === 1 ? base : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
  }
  return out;
}

/** Folds a name or a query: NFC, lower case, no diacritics, spaces collapsed. */
export function fold(text: string): string {
  return foldKeepingOffsets(text.normalize('NFC')).replace(/\s+/gu, ' ').trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a query, folded: "Azylový  dům!" → ["azylovy", "dum"]. */
export function queryWords(query: string): string[] {
  return fold(query).match(WORD) ?? [];
}
