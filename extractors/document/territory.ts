import type { ExtractedFields, ParsedDocument, Territory } from '../../schema/index.js';
import { territoryOf, territories, type TerritoryUnit } from '../czech/territory.js';
import { resolvePlaces } from '../fields/places.js';

/**
 * The document's main place: the one a researcher would filter by. Each place scores by its mentions, a
 * mention in the opening lines (where the plan's municipality, ORP or kraj is named) counting most. When no
 * place stands out and the leading ones are villages of one ORP (minutes of several obce), the ORP they
 * share is the territory; else their okres or kraj. Resolved up the hierarchy (obec → ORP → okres → kraj).
 */

/** The opening (the title line, and its wrapped continuation) counts most; then the first paragraphs. */
const MAX_OPENING = 300;
const EARLY = 800;
const WEIGHT_OPENING = 4;
const WEIGHT_EARLY = 2;
/** the leading place must score this many times the next one to stand alone */
const DOMINANCE = 1.5;

export function mainTerritory(doc: ParsedDocument, fields: ExtractedFields): Territory | undefined {
  if (!fields.places.length) return undefined;
  const placed = resolvePlaces(doc.text);
  const opening = openingEnd(doc.text);
  const scored = placed
    .map(({ unit, readings }) => ({
      unit,
      first: readings[0].mention.start,
      score: readings.reduce((s, r) => s + (r.mention.start < opening ? WEIGHT_OPENING : r.mention.start < EARLY ? WEIGHT_EARLY : 1), 0),
    }))
    .sort((a, b) => b.score - a.score || a.first - b.first);
  const top = scored[0];
  if (!top) return undefined;
  const rivals = scored.filter((s) => s.score * DOMINANCE >= top.score);
  if (rivals.length >= 2 && rivals.every((r) => r.unit.level === 'obec')) {
    const shared = sharedUnit(rivals.map((r) => r.unit));
    if (shared) return territoryOf(shared);
  }
  return territoryOf(top.unit);
}

/** Where the document's title ends: its first non-empty line, with a next line that continues it in lower case. */
export function openingEnd(text: string): number {
  const lines = /^\s*(.*)(?:\n\s*)*(.*)/u.exec(text);
  if (!lines) return 0;
  const firstEnd = text.indexOf(lines[1]) + lines[1].length;
  const second = lines[2];
  const end = second && /^\p{Ll}/u.test(second) ? text.indexOf(second, firstEnd) + second.length : firstEnd;
  return Math.min(end, MAX_OPENING);
}

/** The smallest unit (ORP, okres, kraj) that holds every one of `units`. */
function sharedUnit(units: TerritoryUnit[]): TerritoryUnit | undefined {
  const { byName } = territories();
  for (const level of ['orp', 'okres', 'kraj'] as const) {
    const names = new Set(units.map((u) => u[level]));
    if (names.size !== 1) continue;
    const name = [...names][0];
    const unit = name ? byName.get(name)?.find((u) => u.level === level) : undefined;
    if (unit) return unit;
  }
  return undefined;
}
