import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceLevel, Territory } from '../../schema/index.js';
import { pragueDistricts } from './places-prague.js';

/**
 * The Czech territorial units of data/territory.json (14 kraje, 77 okresy, 206 ORP, 6,258 obce) plus
 * Prague's 57 city districts, with their hierarchy. Loaded once per process; `resolveHierarchy` and
 * `placesWithin` serve search filters ("Ústecký kraj" → its ORP and obce).
 */

export interface TerritoryUnit {
  level: PlaceLevel;
  /** official nominative name */
  name: string;
  code?: string;
  obec?: string;
  orp?: string;
  okres?: string;
  kraj?: string;
  /** an obec that is the seat of an ORP, or a unit above obec: a town a text names without "obec"/"v" */
  town: boolean;
}

interface RawUnit {
  level: string;
  name: string;
  code?: string | null;
  orpName?: string | null;
  okresName?: string | null;
  krajName?: string | null;
  seatObecCode?: string | null;
}

export interface Territories {
  units: TerritoryUnit[];
  /** by official name (exact), every unit of that name at any level */
  byName: Map<string, TerritoryUnit[]>;
  byCode: Map<string, TerritoryUnit>;
  loadMs: number;
}

export const PRAGUE_KRAJ = 'Hlavní město Praha';

/** Walks up from this module to the folder that holds data/NAME (works from the source and from dist/). */
export function dataPath(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`spisovna: data file "data/${name}" not found`);
}

let cached: Territories | undefined;

/** The territory list, read once per process. */
export function territories(): Territories {
  if (cached) return cached;
  const t0 = performance.now();
  const raw = JSON.parse(readFileSync(dataPath('territory.json'), 'utf8')) as { units: RawUnit[] };
  const seats = new Set(raw.units.filter((u) => u.level === 'orp' && u.seatObecCode).map((u) => u.seatObecCode as string));
  const units: TerritoryUnit[] = raw.units.map((u) => {
    const level = u.level as PlaceLevel;
    const unit: TerritoryUnit = { level, name: u.name, town: level !== 'obec' || seats.has(u.code ?? '') };
    if (u.code) unit.code = u.code;
    if (level === 'obec') unit.obec = u.name;
    if (level === 'orp') unit.orp = u.name;
    else if (u.orpName) unit.orp = u.orpName;
    if (level === 'okres') unit.okres = u.name;
    else if (u.okresName) unit.okres = u.okresName;
    if (level === 'kraj') unit.kraj = u.name;
    else if (u.krajName) unit.kraj = u.krajName;
    return unit;
  });
  for (const name of pragueDistricts()) {
    units.push({ level: 'mestska-cast', name, obec: 'Praha', orp: PRAGUE_KRAJ, okres: PRAGUE_KRAJ, kraj: PRAGUE_KRAJ, town: true });
  }
  const byName = new Map<string, TerritoryUnit[]>();
  const byCode = new Map<string, TerritoryUnit>();
  for (const u of units) {
    const list = byName.get(u.name);
    if (list) list.push(u);
    else byName.set(u.name, [u]);
    if (u.code) byCode.set(u.code, u);
  }
  cached = { units, byName, byCode, loadMs: performance.now() - t0 };
  return cached;
}

const LEVEL_ORDER: readonly PlaceLevel[] = ['mestska-cast', 'obec', 'orp', 'okres', 'kraj'];

/** The hierarchy of a unit, as the record's `territory` carries it. */
export function territoryOf(unit: TerritoryUnit): Territory {
  const t: Territory = { name: unit.name, level: unit.level };
  if (unit.code) t.code = unit.code;
  if (unit.obec) t.obec = unit.obec;
  if (unit.orp) t.orp = unit.orp;
  if (unit.okres) t.okres = unit.okres;
  if (unit.kraj) t.kraj = unit.kraj;
  return t;
}

/**
 * A unit by its code ("550787", "CZ031", "3111") or its name ("Strakonice", "Ústecký kraj"), resolved up the
 * hierarchy. A name several units share resolves to the most specific level (obec before ORP before okres),
 * and among same-named obce to an ORP seat; `level` asks for one level.
 */
export function resolveHierarchy(nameOrCode: string, level?: PlaceLevel): Territory | undefined {
  const t = territories();
  const key = nameOrCode.trim();
  const byCode = t.byCode.get(key);
  if (byCode && (!level || byCode.level === level)) return territoryOf(byCode);
  const units = t.byName.get(key) ?? findFolded(key);
  if (!units?.length) return undefined;
  const pick = [...units]
    .filter((u) => !level || u.level === level)
    .sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || Number(b.town) - Number(a.town))[0];
  return pick ? territoryOf(pick) : undefined;
}

/** Lower-case, without diacritics: how score.mjs and search compare names. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

let folded: Map<string, TerritoryUnit[]> | undefined;
function findFolded(name: string): TerritoryUnit[] | undefined {
  if (!folded) {
    folded = new Map();
    for (const [n, us] of territories().byName) {
      const k = foldName(n);
      folded.set(k, [...(folded.get(k) ?? []), ...us]);
    }
  }
  return folded.get(foldName(name));
}

/**
 * The names of the units inside a kraj, okres or ORP (the unit itself first), for a search filter that
 * expands "Ústecký kraj" to its okresy, ORP and obce. An obec or a Prague district contains only itself
 * (Praha contains its districts). Unknown names give [].
 */
export function placesWithin(krajOrOrpName: string): string[] {
  const t = territories();
  const units = t.byName.get(krajOrOrpName.trim()) ?? findFolded(krajOrOrpName) ?? [];
  const out = new Set<string>();
  for (const unit of units) {
    out.add(unit.name);
    const field = unit.level === 'kraj' ? 'kraj' : unit.level === 'okres' ? 'okres' : unit.level === 'orp' ? 'orp' : unit.level === 'obec' ? 'obec' : undefined;
    if (!field) continue;
    for (const u of t.units) if (u !== unit && u[field] === unit.name && (field !== 'obec' || u.level === 'mestska-cast')) out.add(u.name);
  }
  return [...out];
}
