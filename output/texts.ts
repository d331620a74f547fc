import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { documentTextSchema, formatZodError, type DocumentText, type ParsedDocument } from '../schema/index.js';
import { SpisovnaError } from '../pipeline/errors.js';
import { writeAtomic } from './atomic.js';

/**
 * DIR/texts.jsonl: one line per record, `{ id, text, headings }`, the normalised text records do not hold.
 * Search indexes it (body, headings, snippets) and the web page serves it (GET /api/documents/:id/text).
 */
export const TEXTS_FILE = 'texts.jsonl';

/** A document's text and headings, keyed by its record id. */
export function documentText(id: string, doc: Pick<ParsedDocument, 'text' | 'blocks'>): DocumentText {
  const headings = doc.blocks
    .filter((b) => b.type === 'heading')
    .map((b) => doc.text.slice(b.start, b.end).trim())
    .filter(Boolean);
  return { id, text: doc.text, headings };
}

/** Writes DIR/texts.jsonl atomically, in the order given. */
export async function writeTexts(outDir: string, texts: readonly DocumentText[]): Promise<string> {
  const file = path.join(outDir, TEXTS_FILE);
  await writeAtomic(file, texts.map((t) => `${JSON.stringify(t)}\n`).join(''));
  return file;
}

/** Reads DIR/texts.jsonl into a map by id; a missing file is an empty map, a bad line an error. */
export async function readTexts(dir: string): Promise<Map<string, DocumentText>> {
  const file = path.join(dir, TEXTS_FILE);
  let data: string;
  try {
    data = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw err;
  }
  const texts = new Map<string, DocumentText>();
  let n = 0;
  for (const line of data.split('\n')) {
    n++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SpisovnaError('texts', `${file}:${n}: not JSON`, 'bad-texts');
    }
    const parsed = documentTextSchema.safeParse(value);
    if (!parsed.success) throw new SpisovnaError('texts', `${file}:${n}: ${formatZodError(parsed.error)}`, 'bad-texts');
    texts.set(parsed.data.id, parsed.data);
  }
  return texts;
}
