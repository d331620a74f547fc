import { runChecks } from '../checks/index.js';
import { extractAll } from '../extractors/index.js';
import { formatZodError, recordSchema, type DocumentRecord, type ParsedDocument, type TextStats } from '../schema/index.js';
import { SpisovnaError } from './errors.js';
import { timed } from './timing.js';

/** Stages 4–6: extract the fields, check them, validate the record against the schema. */
export function buildRecord(doc: ParsedDocument): DocumentRecord {
  const { fields, kind, title, territory } = timed('extract', () => extractAll(doc));
  const flags = timed('checks', () => runChecks({ doc, fields }));
  const record: DocumentRecord = {
    id: doc.sha256.slice(0, 16),
    source: {
      path: doc.path,
      format: doc.format,
      bytes: doc.bytes,
      sha256: doc.sha256,
      ...(doc.encoding ? { encoding: doc.encoding } : {}),
      ...(doc.pages !== undefined ? { pages: doc.pages } : {}),
    },
    kind,
    title,
    text: textStats(doc),
    ...(territory ? { territory } : {}),
    ...fields,
    flags,
    messages: doc.messages,
  };
  return timed('validate', () => validateRecord(record));
}

/** Validation at the boundary: a record that does not match the schema is a bug, named with its path. */
export function validateRecord(record: unknown): DocumentRecord {
  const parsed = recordSchema.safeParse(record);
  if (!parsed.success) throw new SpisovnaError('validate', formatZodError(parsed.error), 'invalid-record');
  return parsed.data;
}

export function textStats(doc: ParsedDocument): TextStats {
  const letters = doc.text.match(/\p{L}/gu)?.length ?? 0;
  const czech = doc.text.match(/[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]/gu)?.length ?? 0;
  return {
    chars: doc.text.length,
    words: doc.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0,
    lines: doc.text ? doc.text.split('\n').length : 0,
    blocks: doc.blocks.length,
    czechLetterRatio: letters ? Math.round((czech / letters) * 1000) / 1000 : 0,
  };
}
