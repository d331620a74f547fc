import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { PlaceLevel } from '../schema/index.js';
import { fold } from './fold.js';

/** One unit of data/territory.json, as far as the server reads it. */
interface Unit {
  level: 'kraj' | 'okres' | 'orp' | 'obec';
  name: string;
  code?: string | null;
  krajName?: string;
  orpName?: string;
  okresName?: string;
}

/** Where a place lies: its kraj and ORP (for obce), from the territory hierarchy. */
export interface Located {
  name: string;
  level: PlaceLevel;
  kraj?: string;
  orp?: string;
  okres?: string;
}

const LEVEL_ORDER: Record<Unit['level'], number> = { kraj: 0, orp: 1, okres: 2, obec: 3 };

/** The kraj → okres/ORP → obec hierarchy, looked up by folded name (and code where one is known). */
export class Territory {
  private readonly byName = new Map<string, Unit[]>();
  private readonly byCode = new Map<string, Unit>();

  constructor(units: readonly Unit[]) {
    for (const unit of units) {
      const key = fold(unit.name);
      const list = this.byName.get(key) ?? [];
      list.push(unit);
      this.byName.set(key, list);
      if (unit.code) this.byCode.set(`${unit.level}:${unit.code}`, unit);
    }
    for (const list of this.byName.values()) list.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  }

  static async load(file: URL = findData()): Promise<Territory> {
    const data = JSON.parse(await readFile(file, 'utf8')) as { units: Unit[] };
    return new Territory(data.units);
  }

  /**
   * A place by name (and level or code when known). Without a level the widest unit wins: "Teplice" is
   * taken as the ORP, which contains the town, so a filter on it keeps the town's documents.
   */
  locate(name: string, level?: PlaceLevel, code?: string): Located | undefined {
    let unit: Unit | undefined;
    if (code && level) unit = this.byCode.get(`${level}:${code}`);
    const candidates = this.byName.get(fold(stripPrefix(name))) ?? [];
    unit ??= level ? candidates.find((u) => u.level === level) : undefined;
    unit ??= level ? undefined : candidates[0];
    if (!unit) return undefined;
    const located: Located = { name: unit.name, level: unit.level };
    const kraj = unit.level === 'kraj' ? unit.name : unit.krajName;
    if (kraj) located.kraj = kraj;
    const orp = unit.level === 'orp' ? unit.name : unit.orpName;
    if (orp) located.orp = orp;
    if (unit.okresName) located.okres = unit.okresName;
    return located;
  }
}

/** "ORP Teplice", "obec Lom", "okres Děčín" → the name alone. */
function stripPrefix(name: string): string {
  return name.replace(/^(?:ORP|SO ORP|obec|město|městys|okres)\s+/iu, '');
}

/** data/territory.json above this module: two levels up from dist/server, one from server/. */
function findData(): URL {
  for (const up of ['../data/', '../../data/', '../../../data/']) {
    const url = new URL(`${up}territory.json`, import.meta.url);
    if (existsSync(url)) return url;
  }
  throw new Error('serve: data/territory.json not found above the server module');
}
