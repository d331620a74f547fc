import type { ExtractedFields, ParsedDocument, Territory } from '../../schema/index.js';
import { territoryOf, territories, type TerritoryUnit } from '../czech/territory.js';
import { resolvePlaces } from '../fields/places.js';
import { titleSpan } from './title.js';

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
  const opening = openingSpan(doc.text);
  const weight = (at: number) => (at >= opening.start && at < opening.end ? WEIGHT_OPENING : at < EARLY ? WEIGHT_EARLY : 1);
  const scored = placed
    .map(({ unit, readings }) => ({
      unit,
      first: readings[0].mention.start,
      score: readings.reduce((s, r) => s + weight(r.mention.start), 0),
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

/** The document's opening: the span of its title (a menu or a date line above it does not count). */
export function openingSpan(text: string): { start: number; end: number } {
  const span = titleSpan(text);
  if (!span) return { start: 0, end: 0 };
  return { start: span.start, end: Math.min(span.end, span.start + MAX_OPENING) };
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
