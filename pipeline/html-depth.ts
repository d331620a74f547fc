/**
 * A guard before the HTML parser: parse5 (cheerio's HTML parser) takes time growing with the square of the
 * nesting depth, and a page nested 200,000 levels deep would take hours. This linear scan counts the
 * nesting of the tags and drops the tags (not the text) that stand deeper than `maxDepth`, so the parser
 * sees a page no deeper than that and the text is kept. Pages within the depth are returned untouched.
 *
 * Tags are ASCII, so the scan works on the bytes of any ASCII-compatible encoding (UTF-8, Windows-1250,
 * ISO-8859-2); UTF-16 pages are left as they are.
 */

/** Elements without content, and elements whose end tag is usually left out: they do not deepen the count. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body',
]);
/** Raw-text elements: their content is not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noscript']);

export interface DepthGuard {
  bytes: Buffer;
  /** the deepest nesting counted */
  depth: number;
  /** tags dropped because they stood too deep */
  dropped: number;
}

const LT = 0x3c;
const GT = 0x3e;

export function flattenDeepHtml(input: Buffer, maxDepth: number): DepthGuard {
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) return { bytes: input, depth: 0, dropped: 0 };
  let depth = 0;
  let deepest = 0;
  let dropped = 0;
  const keep: Array<[number, number]> = [];
  let copyFrom = 0;
  let i = input.indexOf(LT);
  while (i >= 0 && i < input.length) {
    // comments, doctype, processing instructions: skipped whole
    if (input[i + 1] === 0x21 && input[i + 2] === 0x2d && input[i + 3] === 0x2d) {
      const end = input.indexOf('-->', i + 4, 'latin1');
      if (end < 0) break;
      i = input.indexOf(LT, end + 3);
      continue;
    }
    const close = input[i + 1] === 0x2f;
    let j = i + (close ? 2 : 1);
    const nameStart = j;
    while (j < input.length && isNameByte(input[j])) j++;
    if (j === nameStart) { i = input.indexOf(LT, i + 1); continue; }
    const name = input.toString('latin1', nameStart, j).toLowerCase();
    const end = input.indexOf(GT, j);
    if (end < 0) break;
    const selfClosing = input[end - 1] === 0x2f;
    const nests = !NOT_NESTING.has(name) && !selfClosing;
    let drop = false;
    if (nests && !close) {
      depth++;
      if (depth > deepest) deepest = depth;
      drop = depth > maxDepth;
    } else if (nests && close) {
      drop = depth > maxDepth;
      if (depth > 0) depth--;
    }
    if (drop) {
      dropped++;
      keep.push([copyFrom, i]);
      copyFrom = end + 1;
    }
    let next = end + 1;
    if (!close && RAW_TEXT.has(name)) {
      const closeTag = input.indexOf(`</${name}`, next, 'latin1');
      const closeTagUpper = closeTag < 0 ? input.indexOf(`</${name.toUpperCase()}`, next, 'latin1') : closeTag;
      if (closeTagUpper < 0) break;
      next = closeTagUpper;
    }
    i = input.indexOf(LT, next);
  }
  if (!dropped) return { bytes: input, depth: deepest, dropped };
  keep.push([copyFrom, input.length]);
  return { bytes: Buffer.concat(keep.map(([a, b]) => input.subarray(a, b))), depth: deepest, dropped };
}

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x3a || b === 0x5f;
}
