#!/usr/bin/env node
// Generates the reader fixtures from the seeds and from tests/fixtures/structure.fodt:
//
//   node scripts/make-fixtures.mjs
//
// Needs LibreOffice (`soffice`) on PATH; CI has none, so the generated files are committed.
// Output (tests/fixtures/):
//   seeds/<variant>/<seed stem>.<ext>   variant: pdf docx doc odt rtf html-1250 txt-1250 txt-8859-2
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
