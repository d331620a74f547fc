import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceLevel, Territory } from '../schema/index.js';
import { foldDiacritics } from './stemmer.js';

/**
 * The territorial hierarchy for place filters, read from data/territory.json: a place lies within its
 * ORP, okres and kraj, and a filter on any of them matches it. Places are keyed "level:name", names folded
 * and lower-cased, plus "name:…" for any place by its name alone (a městská část or a place the table lacks).
 */

interface Unit {
  level: 'kraj' | 'okres' | 'orp' | 'obec';
  name: string;
  orpName?: string;
  okresName?: string;
  krajName?: string;
}

const key = (s: string) => foldDiacritics(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();

let units: Map<string, Unit[]> | undefined;

function findData(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'data', 'territory.json');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('search/territory: data/territory.json not found above the search module');
}

/** Units by folded name, loaded once. */
function byName(): Map<string, Unit[]> {
  if (units) return units;
  const data = JSON.parse(readFileSync(findData(), 'utf8')) as { units: Unit[] };
  units = new Map();
  for (const u of data.units) {
    const k = key(u.name);
    const list = units.get(k) ?? [];
    list.push(u);
    units.set(k, list);
  }
  return units;
}

function unitKeys(u: Unit): string[] {
  const keys = [`${u.level}:${key(u.name)}`];
  if (u.orpName) keys.push(`orp:${key(u.orpName)}`);
  if (u.okresName) keys.push(`okres:${key(u.okresName)}`);
  if (u.krajName) keys.push(`kraj:${key(u.krajName)}`);
  if (u.level === 'kraj') keys.push(`kraj:${key(u.name)}`);
  return keys;
}

/** The kraj a unit lies in, by its official name. */
function krajOf(u: Unit): string | undefined {
  return u.level === 'kraj' ? u.name : u.krajName;
}

export interface PlaceLike {
  name: string;
  level: PlaceLevel;
  kraj?: string;
}

/** Units of the table a place names; an ambiguous obec is narrowed by its kraj when the place has one. */
function unitsFor(place: PlaceLike): Unit[] {
  const all = byName().get(key(place.name)) ?? [];
  const level = place.level === 'mestska-cast' ? undefined : place.level;
  let found = level ? all.filter((u) => u.level === level) : [];
  if (place.kraj && found.length > 1) found = found.filter((u) => u.krajName && key(u.krajName) === key(place.kraj!));
  return found;
}

/** Place keys a place lies within, up the hierarchy, and its kraj when it is known or unambiguous. */
export function placeWithin(place: PlaceLike): { keys: string[]; kraj?: string } {
  const keys = new Set<string>([`name:${key(place.name)}`, `${place.level}:${key(place.name)}`]);
  const found = unitsFor(place);
  const kraje = new Set<string>();
  if (place.kraj) kraje.add(place.kraj);
  // an ambiguous obec name (many a "Lhota") lies within none of its namesakes' areas
  if (found.length === 1) for (const k of unitKeys(found[0])) keys.add(k);
  if (found.length === 1 && !place.kraj) {
    const k = krajOf(found[0]);
    if (k) kraje.add(k);
  }
  for (const k of kraje) keys.add(`kraj:${key(k)}`);
  return { keys: [...keys], kraj: [...kraje][0] };
}

/** Place keys of a record's territory ({name, level, obec, orp, okres, kraj}). */
export function territoryWithin(t: Territory): string[] {
  const keys = [`name:${key(t.name)}`, `${t.level}:${key(t.name)}`];
  if (t.obec) keys.push(`obec:${key(t.obec)}`);
  if (t.orp) keys.push(`orp:${key(t.orp)}`);
  if (t.okres) keys.push(`okres:${key(t.okres)}`);
  if (t.kraj) keys.push(`kraj:${key(t.kraj)}`);
  return keys;
}

/**
 * The keys a place filter matches: every unit of that name at any level ("Ústí nad Labem" is an obec,
 * an ORP and an okres), "Ústecký" as "Ústecký kraj", "Praha" as the capital, and the bare name.
 */
export function filterKeys(name: string): string[] {
  const k = key(name.replace(/^(kraj|okres|orp|obec|mesto|město)\s+/i, ''));
  const keys = new Set<string>([`name:${k}`, `name:${key(name)}`]);
  const table = byName();
  const candidates = [k, `${k} kraj`, `hlavni mesto ${k}`];
  for (const c of candidates) {
    for (const u of table.get(c) ?? []) keys.add(`${u.level}:${c}`);
  }
  return [...keys];
}

/** The official name of a kraj named loosely ("Ústecký", "ustecky kraj"), or undefined. */
export function krajName(name: string): string | undefined {
  const k = key(name);
  for (const c of [k, `${k} kraj`, `hlavni mesto ${k}`]) {
    const u = byName().get(c)?.find((x) => x.level === 'kraj');
    if (u) return u.name;
  }
  return undefined;
}
