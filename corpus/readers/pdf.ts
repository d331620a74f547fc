import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { SpisovnaError } from '../../pipeline/errors.js';
import { pdfPagesToBlocks } from '../pdf-text.js';
import { useFastLoopbackClone } from './plain-clone.js';
import type { Reader } from './types.js';

const STAGE = 'reader/pdf';
// pdf.js takes a few hundred milliseconds to load: loaded when the first PDF comes, not with every reader
let pdfParse: Promise<typeof import('pdf-parse')> | undefined;

/**
 * Built-ins that pdf-parse's pdf.js (pdfjs-dist's legacy build, the one for Node 20) replaces with core-js
 * polyfills because their feature tests fail on Node 20's V8: a JavaScript `Array.prototype.push` and a
 * JavaScript `JSON.parse` then serve every array and every JSON text of the thread, pdf.js's and ours.
 * The native ones are put back once pdf.js is loaded; they do all pdf.js needs of them (the failing feature
 * tests check edge cases such as arrays longer than 2^32 − 1 and JSON source text access).
 */
const NATIVE_BUILTINS: ReadonlyArray<readonly [object, PropertyKey]> = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];

/**
 * Imports pdf-parse and the worker half of its pdf.js, keeping this thread's native built-ins (see
 * NATIVE_BUILTINS). In Node, pdf.js runs its worker half in the same thread and imports it with the first
 * document, which would install the polyfills a second time: it is imported here instead and handed to
 * pdf.js the documented way (`globalThis.pdfjsWorker`).
 */
export async function loadPdfParse(): Promise<typeof import('pdf-parse')> {
  const natives = NATIVE_BUILTINS.map(([o, key]) => [o, key, Object.getOwnPropertyDescriptor(o, key)] as const);
  const mod = await import('pdf-parse');
  // pdfjs-dist as pdf-parse resolves it: the same module instances pdf-parse uses
  const fromPdfParse = createRequire(import.meta.resolve('pdf-parse'));
  const workerFile = fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const worker = (await import(pathToFileURL(workerFile).href)) as { WorkerMessageHandler: unknown };
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= { WorkerMessageHandler: worker.WorkerMessageHandler };
  for (const [o, key, descriptor] of natives) if (descriptor) Object.defineProperty(o, key, descriptor);
  // the in-thread port between pdf.js's halves, reached through a PDFWorker of its own: copies made plainly
  const pdfjs = (await import(pathToFileURL(fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href)) as {
    PDFWorker: new (options: { verbosity: number }) => { promise: Promise<void>; port: object | null; destroy(): void };
  };
  const probe = new pdfjs.PDFWorker({ verbosity: 0 });
  await probe.promise;
  if (probe.port) useFastLoopbackClone(probe.port);
  probe.destroy();
  return mod;
}

/** "%PDF-1.x" (or 2.x) within the first kilobyte (some producers put junk before it). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return /%PDF-[12]\.\d/.test(head);
}

/**
 * PDF through pdf-parse v2 (pdf.js): text per page, no page-joiner noise, then lines to paragraphs
 * (corpus/pdf-text.ts). Encrypted and damaged files fail with a reason.
 */
export const pdfReader: Reader = {
  format: 'pdf',
  sniff: (bytes) => isPdf(bytes),
  async read(bytes) {
    // a copy: pdf.js may take over (detach) the buffer it is given, and the pipeline hashes the bytes later
    const { PDFParse } = await (pdfParse ??= loadPdfParse());
    const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
    try {
      const result = await parser.getText({ pageJoiner: '', lineEnforce: true }).catch((err: unknown) => { throw classify(err); });
      const blocks = pdfPagesToBlocks(result.pages.map((p) => ({ num: p.num, text: p.text })));
      // the info dictionary only gives the title: a damaged one does not fail a readable text
      const info = await parser.getInfo().catch(() => undefined);
      const rawTitle: unknown = info?.info?.Title;
      const title = typeof rawTitle === 'string' ? cleanTitle(rawTitle) : undefined;
      const messages = blocks.length
        ? []
        : [{ stage: STAGE, ruleId: 'pdf-no-text', message: 'no text layer: a scanned PDF needs OCR' }];
      return { format: 'pdf', blocks, pages: result.total, ...(title ? { title } : {}), messages };
    } finally {
      await parser.destroy().catch(() => undefined);
    }
  },
};

function classify(err: unknown): SpisovnaError {
  if (err instanceof SpisovnaError) return err;
  const e = err as { name?: string; message?: string };
  const name = e?.name ?? '';
  const message = e?.message ?? String(err);
  if (name === 'PasswordException' || /password/i.test(message)) return new SpisovnaError(STAGE, 'encrypted: needs a password', 'encrypted');
  if (name === 'InvalidPDFException' || name === 'FormatError' || /invalid pdf|xref|trailer|unexpected end/i.test(message)) {
    return new SpisovnaError(STAGE, `damaged or truncated PDF: ${message}`, 'corrupt');
  }
  return new SpisovnaError(STAGE, `cannot read the PDF: ${message}`, 'corrupt');
}

/** PDF info titles are often file names or producer junk ("Microsoft Word - zapis.docx"). */
function cleanTitle(raw: string): string | undefined {
  const t = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!t || /^(untitled|bez názvu|dokument\d*|document\d*)$/i.test(t)) return undefined;
  if (/^microsoft (word|powerpoint|excel) - /i.test(t) || /\.(docx?|odt|rtf|pdf|xlsx?)$/i.test(t)) return undefined;
  return t;
}
