/**
 * cheerio, loaded when the first HTML, DOCX or ODT file comes: `import 'cheerio'` also loads undici and the
 * stream parsers for its fromURL (~240 ms in each parsing worker), no cost a batch of PDFs should pay.
 */
export type Cheerio = typeof import('cheerio');

let cheerio: Promise<Cheerio> | undefined;

export function loadCheerio(): Promise<Cheerio> {
  return (cheerio ??= import('cheerio'));
}
