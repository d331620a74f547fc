import type { ExtractedFields, Kind, ParsedDocument } from '../../schema/index.js';

// Cues of each kind, strongest first; counted in the document's opening, where a reader decides.
const MINUTES = /\b(zápis|zápisu)\b|přítomni\s*:|omluveni\s*:|zapsal[a]?\s*:|program jednání/iu;
const PROJECT = /registrační číslo|reg\.\s*č|CZ\.\d{2}\.\d|operační(ho)? program|celkové náklady projektu|výše dotace|doba realizace/iu;
const PLAN = /(střednědobý|komunitní|akční)\s+plán|plán\s+rozvoje\s+sociálních/iu;
const NEWS = /aktuality|tisková zpráva|\d{1,2}\.\s?\d{1,2}\.\s?\d{4},\s*sekce/iu;

/** A first reading of the kind; the kind extractor of the extractors issue refines it. */
export function classifyKind(doc: ParsedDocument, _fields: ExtractedFields): Kind {
  const head = doc.text.slice(0, 1500);
  if (MINUTES.test(head)) return 'minutes';
  if (NEWS.test(head)) return 'news';
  if (PROJECT.test(head)) return 'project';
  if (PLAN.test(head)) return 'plan';
  return 'other';
}
