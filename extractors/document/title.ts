import type { ParsedDocument } from '../../schema/index.js';

const MAX_TITLE = 200;

/** The title as a reader would name the document: its first heading, else its first line. */
export function readTitle(doc: ParsedDocument): string {
  const heading = doc.blocks.find((b) => b.type === 'heading');
  const candidate = heading ? doc.text.slice(heading.start, heading.end) : doc.text.split('\n').find((l) => l.trim().length > 3) ?? '';
  const title = candidate.replace(/\s+/g, ' ').trim() || doc.title?.trim() || '';
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}
