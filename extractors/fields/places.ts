import type { Place, PlaceLevel } from '../../schema/index.js';
import { readPlaces, type PlaceReading } from '../czech/places-context.js';
import { territories, type TerritoryUnit } from '../czech/territory.js';
import { defineExtractor } from '../types.js';

/**
 * Places: the territorial units a text names (kraj, okres, ORP, obec, Prague district), one item per
 * distinct name in its official nominative ("v Ústeckém kraji" → "Ústecký kraj", "ORP Strakonice" →
 * "Strakonice"), with the level the text implies and the unit's code and kraj. A name several units share
 * (591 obec names do) goes to the unit in the kraj the rest of the document points to.
 */

const SPECIFIC_FIRST: readonly PlaceLevel[] = ['mestska-cast', 'obec', 'orp', 'okres', 'kraj'];

/** A place the document names, with every mention of it. */
export interface ResolvedPlace {
  unit: TerritoryUnit;
  readings: PlaceReading[];
}

let memo: { text: string; places: ResolvedPlace[] } | undefined;

/** The places of a text, resolved to units, in order of first mention (memoised for the last text). */
export function resolvePlaces(text: string): ResolvedPlace[] {
  if (memo?.text === text) return memo.places;
  const { byName } = territories();
  const groups = new Map<string, PlaceReading[]>();
  for (const r of readPlaces(text)) {
    const list = groups.get(r.hit.name);
    if (list) list.push(r);
    else groups.set(r.hit.name, [r]);
  }
  const places: ResolvedPlace[] = [];
  for (const [name, readings] of groups) {
    const units = byName.get(name) ?? [];
    if (!units.length) continue;
    const level = statedLevel(readings, units) ?? SPECIFIC_FIRST.find((l) => units.some((u) => u.level === l));
    const candidates = units.filter((u) => u.level === level);
    if (candidates.length > 1) {
      const support = new Map(candidates.map((u) => [u, supportOf(u, name, groups)]));
      candidates.sort((a, b) => (support.get(b) ?? 0) - (support.get(a) ?? 0) || Number(b.town) - Number(a.town));
    }
    places.push({ unit: candidates[0], readings });
  }
  memo = { text, places };
  return places;
}

/**
 * How much the other places of the document back a reading of an ambiguous name: another name with a unit
 * in the same okres counts 2, in the same kraj 1 ("Vřesovice" next to "Žádovice" is the one of okres Hodonín).
 */
function supportOf(unit: TerritoryUnit, name: string, groups: Map<string, PlaceReading[]>): number {
  const { byName } = territories();
  let score = 0;
  for (const other of groups.keys()) {
    if (other === name) continue;
    const units = byName.get(other) ?? [];
    if (unit.okres && units.some((u) => u.okres === unit.okres && u.level !== 'kraj')) score += 2;
    if (unit.kraj && units.some((u) => u.kraj === unit.kraj)) score += 1;
  }
  return score;
}

/**
 * The level the text gives a name most often ("SO ORP Ústí nad Labem" five times, "města Ústí nad Labem"
 * twice → orp); a tie goes to the more specific level. Undefined when no mention states one.
 */
function statedLevel(readings: PlaceReading[], units: TerritoryUnit[]): PlaceLevel | undefined {
  let best: PlaceLevel | undefined;
  let bestCount = 0;
  for (const level of SPECIFIC_FIRST) {
    if (!units.some((u) => u.level === level)) continue;
    const count = readings.filter((r) => r.level === level).length;
    if (count > bestCount) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}

export function extractPlaces(text: string): Place[] {
  return resolvePlaces(text).map(({ unit, readings }) => {
    const first = readings[0].mention;
    const place: Place = {
      name: unit.name,
      level: unit.level,
      ...(unit.code ? { code: unit.code } : {}),
      ...(unit.kraj ? { kraj: unit.kraj } : {}),
      evidence: { text: first.text, start: first.start, end: first.end },
      extractor: 'places',
    };
    return place;
  });
}

export const placesExtractor = defineExtractor({
  id: 'places',
  field: 'places',
  extract: (ctx) => extractPlaces(ctx.text),
});
