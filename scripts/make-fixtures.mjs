#!/usr/bin/env node
// Generates the reader fixtures from the seeds and from tests/fixtures/structure.fodt:
//
//   node scripts/make-fixtures.mjs
//
// Needs LibreOffice (`soffice`) on PATH and the Czech hyphenation dictionary (Debian: hyphen-cs); CI has
// neither, so the generated files are committed.
// Output (tests/fixtures/):
//   seeds/<variant>/<seed stem>.<ext>   variant: pdf docx doc odt rtf html-1250 txt-1250 txt-8859-2, and
//                                       pdf-typeset (A5, justified, hyphenated, running header and footer)
//   structure.{odt,docx,doc,rtf,pdf}    headings, label lines, a list, a table, header and footer
//   structure-encrypted.pdf             opens only with the password "heslo"
// LibreOffice writes creation dates into the files, so a rerun changes bytes but not text.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const seedsDir = path.join(root, 'seeds');
const out = path.join(root, 'tests/fixtures');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spisovna-fixtures-'));
// a private LibreOffice profile, so a running soffice elsewhere does not swallow the conversion
const profile = `-env:UserInstallation=file://${tmp}/profile`;

function soffice(args) {
  execFileSync('soffice', [profile, '--headless', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function convert(files, to, outdir, infilter) {
  fs.mkdirSync(outdir, { recursive: true });
  soffice([...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', to, '--outdir', outdir, ...files]);
}

const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const stems = seeds.map((f) => f.replace(/\.txt$/, ''));

// 1. seeds → ODT (each line a paragraph, as the text import makes it) → the other office formats
const odtDir = path.join(tmp, 'odt');
convert(seeds.map((f) => path.join(seedsDir, f)), 'odt', odtDir, 'Text (encoded):UTF8,LF,,,');
const odts = stems.map((s) => path.join(odtDir, `${s}.odt`));
const targets = {
  odt: null,
  docx: 'docx:MS Word 2007 XML',
  doc: 'doc:MS Word 97',
  rtf: 'rtf:Rich Text Format',
  pdf: 'pdf:writer_pdf_Export',
};
for (const [ext, filter] of Object.entries(targets)) {
  const dir = path.join(out, 'seeds', ext);
  fs.rmSync(dir, { recursive: true, force: true });
  if (filter) convert(odts, filter, dir);
  else {
    fs.mkdirSync(dir, { recursive: true });
    for (const f of odts) fs.copyFileSync(f, path.join(dir, path.basename(f)));
  }
}

// 2. legacy encodings: Windows-1250 HTML (a web page with chrome around the content) and TXT, ISO-8859-2 TXT
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// ISO-8859-2 has no dashes, bullets or ©: legacy files hold ASCII stand-ins
const LATIN2_STANDINS = { '–': '-', '—': '-', '•': '*', '·': '*', '©': '(c)', '„': '"', '“': '"', '”': '"', '…': '...' };
for (const [variant, ext] of [['html-1250', 'html'], ['txt-1250', 'txt'], ['txt-8859-2', 'txt']]) {
  fs.rmSync(path.join(out, 'seeds', variant), { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'seeds', variant), { recursive: true });
}
for (const [i, f] of seeds.entries()) {
  const text = fs.readFileSync(path.join(seedsDir, f), 'utf8').replace(/^\uFEFF/, '');
  const stem = stems[i];
  // paragraphs at blank lines, the lines of a paragraph kept with <br>
  const paras = text.split(/\r?\n\s*\r?\n/).map((p) => p.split(/\r?\n/).map(esc).join('<br>\n')).filter((p) => p.trim());
  const html = [
    '<!DOCTYPE html>',
    '<html lang="cs"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">',
    // a web page's title: the article's heading (the seed's first line)
    `<title>${esc(text.split(/\r?\n/).find((l) => l.trim())?.trim() ?? stem)}</title>`,
    '<style>body { font-family: serif; }</style><script>var menu = "Úvod | Aktuality";</script></head>',
    '<body><header><nav class="menu"><ul><li><a href="/">Úvod</a></li><li><a href="/akce">Aktuality</a></li></ul></nav></header>',
    '<div id="cookie-bar">Tento web používá cookies. Souhlasím</div>',
    '<main>',
    ...paras.map((p) => `<p>${p}</p>`),
    '</main>',
    '<footer class="paticka">Městský úřad, Mírové náměstí 1 · tel. 475 000 000</footer>',
    '</body></html>',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(out, 'seeds/html-1250', `${stem}.html`), iconv.encode(html, 'windows-1250'));
  fs.writeFileSync(path.join(out, 'seeds/txt-1250', `${stem}.txt`), iconv.encode(text.replace(/\r?\n/g, '\r\n'), 'windows-1250'));
  const latin2 = text.replace(/[–—•·©„“”…]/g, (c) => LATIN2_STANDINS[c]);
  fs.writeFileSync(path.join(out, 'seeds/txt-8859-2', `${stem}.txt`), iconv.encode(latin2, 'iso-8859-2'));
}

// 2b. typeset PDFs as offices print them: A5, justified, Czech hyphenation, a running header with the
// document's first line and a footer "Strana N z M" (needs the hyphen-cs dictionary: apt-get install hyphen-cs)
const typesetDir = path.join(tmp, 'typeset');
fs.mkdirSync(typesetDir, { recursive: true });
const xmlEsc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
for (const [i, f] of seeds.entries()) {
  const text = fs.readFileSync(path.join(seedsDir, f), 'utf8').replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/).find((l) => l.trim())?.trim() ?? '';
  const paras = text.split(/\r?\n/).map((l) => `<text:p text:style-name="Body">${xmlEsc(l).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`)}</text:p>`);
  fs.writeFileSync(path.join(typesetDir, `${stems[i]}.fodt`), `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:default-style style:family="paragraph"><style:text-properties fo:language="cs" fo:country="CZ" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:default-style>
  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="10pt" fo:language="cs" fo:country="CZ" fo:hyphenate="true"/></style:style>
  <style:style style:name="Running" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Running">${xmlEsc(first.slice(0, 60))}</text:p></style:header>
  <style:footer><text:p text:style-name="Running">Strana <text:page-number text:select-page="current">1</text:page-number> z <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page></office:master-styles>
 <office:body><office:text>
${paras.join('\n')}
 </office:text></office:body>
</office:document>
`);
}
{
  const dir = path.join(out, 'seeds', 'pdf-typeset');
  fs.rmSync(dir, { recursive: true, force: true });
  convert(stems.map((s) => path.join(typesetDir, `${s}.fodt`)), 'pdf:writer_pdf_Export', dir);
}

// 3. the structure document in every office format, and an encrypted PDF of it
const structDir = path.join(tmp, 'structure');
convert([path.join(out, 'structure.fodt')], 'odt', structDir);
const structOdt = path.join(structDir, 'structure.odt');
fs.copyFileSync(structOdt, path.join(out, 'structure.odt'));
for (const [ext, filter] of Object.entries(targets)) {
  if (!filter) continue;
  convert([structOdt], filter, structDir);
  fs.copyFileSync(path.join(structDir, `structure.${ext}`), path.join(out, `structure.${ext}`));
}
const encDir = path.join(tmp, 'enc');
convert([structOdt], 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"heslo"}}', encDir);
fs.copyFileSync(path.join(encDir, 'structure.pdf'), path.join(out, 'structure-encrypted.pdf'));

fs.rmSync(tmp, { recursive: true, force: true });
let total = 0;
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(path.join(d, e.name)) : (total += fs.statSync(path.join(d, e.name)).size); };
walk(out);
console.log(`fixtures written to ${path.relative(process.cwd(), out) || '.'} (${(total / 1024).toFixed(0)} KiB)`);
