import type { DocumentRecord, SearchHit as LibraryHit } from '../schema/index.js';
import type {
  Facets, FilterParams, FlagRow, FlagsParams, FlagsResponse, PlaceInfo, SearchHit, SearchParams, SearchResponse,
  TimelineBar, TimelineResponse, TimelineRow,
} from '../schema/http.js';
import type { Dataset } from './dataset.js';
import type { EngineQuery } from './fallback-search.js';

const collator = new Intl.Collator('cs');

/** The most hits one call asks for: every match for facets below a kraj, the timeline and downloads. */
export const ALL = 10_000;

function engineQuery(params: FilterParams, limit: number, offset: number): EngineQuery {
  const q: EngineQuery = { limit, offset };
  if (params.kind) q.kind = params.kind;
  if (params.place) q.place = params.place;
  if (params.from !== undefined) q.from = params.from;
  if (params.to !== undefined) q.to = params.to;
  return q;
}

/** Every hit of the query and filters (up to ALL), best first. */
export function selectAll(data: Dataset, params: FilterParams): SearchHit[] {
  return data.engine.run(params.q, engineQuery(params, ALL, 0)).hits.map((h) => toHit(data, h));
}

export function runSearch(data: Dataset, params: SearchParams): SearchResponse {
  const result = data.engine.run(params.q, engineQuery(params, params.limit, params.offset));
  const place = params.place ? placeInfo(data, params.place) : undefined;
  const facets: Facets = { ...result.facets, orp: {}, obec: {} };
  if (place?.level) {
    // below a chosen place the facet walks down: its ORPs, then their obce
    const ids = result.total <= params.limit && params.offset === 0 ? result.hits.map((h) => h.id) : data.engine.run(params.q, engineQuery(params, ALL, 0)).hits.map((h) => h.id);
    Object.assign(facets, placeFacets(data, ids, place));
  }
  const response: SearchResponse = { total: result.total, hits: result.hits.map((h) => toHit(data, h)), facets, params };
  if (place) response.place = place;
  return response;
}

/** The library's hit, with the flag count and highlights always present. */
export function toHit(data: Dataset, hit: LibraryHit): SearchHit {
  const out: SearchHit = { ...hit, highlights: hit.highlights ?? [], flags: data.entries.get(hit.id)?.record.flags.length ?? 0 };
  return out;
}

function placeInfo(data: Dataset, name: string): PlaceInfo {
  const located = data.territory.locate(name);
  if (!located) return { name };
  const info: PlaceInfo = { name: located.name, level: located.level };
  if (located.kraj) info.kraj = located.kraj;
  if (located.orp && located.level === 'obec') info.orp = located.orp;
  return info;
}

/** ORPs of the chosen kraj, obce of the chosen ORP, with the number of documents in each. */
function placeFacets(data: Dataset, ids: readonly string[], place: PlaceInfo): Pick<Facets, 'orp' | 'obec'> {
  const out: Pick<Facets, 'orp' | 'obec'> = { orp: {}, obec: {} };
  const bump = (rec: Record<string, number>, k: string) => (rec[k] = (rec[k] ?? 0) + 1);
  const orpParent = place.level === 'orp' ? place.name : place.level === 'obec' ? place.orp : undefined;
  for (const id of ids) {
    const entry = data.entries.get(id);
    if (!entry) continue;
    if (place.kraj) for (const orp of entry.orps) if (data.territory.locate(orp, 'orp')?.kraj === place.kraj) bump(out.orp, orp);
    if (orpParent) for (const obec of entry.obce) if (entry.obecOrp.get(obec) === orpParent) bump(out.obec, obec);
  }
  return out;
}

// ---- flags -------------------------------------------------------------------------------------

export function listFlags(data: Dataset, params: FlagsParams): FlagsResponse {
  const all: FlagRow[] = [];
  for (const { record } of data.ordered) {
    for (const flag of record.flags) {
      const row: FlagRow = {
        id: record.id,
        path: record.source.path,
        title: record.title,
        rule: flag.rule,
        severity: flag.severity,
        message: flag.message,
        evidence: flag.evidence,
      };
      if (flag.actual !== undefined) row.actual = flag.actual;
      if (flag.expected !== undefined) row.expected = flag.expected;
      all.push(row);
    }
  }
  const rules: Record<string, number> = {};
  const severities: Record<string, number> = {};
  for (const f of all) {
    rules[f.rule] = (rules[f.rule] ?? 0) + 1;
    severities[f.severity] = (severities[f.severity] ?? 0) + 1;
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const flags = all
    .filter((f) => (!params.rule || f.rule === params.rule) && (!params.severity || f.severity === params.severity))
    .sort((a, b) => rank[a.severity] - rank[b.severity] || a.rule.localeCompare(b.rule) || a.path.localeCompare(b.path));
  return { total: flags.length, flags, rules, severities };
}

// ---- timeline ----------------------------------------------------------------------------------

/** Plan and project periods of the selected records, one row per municipality (or region). */
export function timeline(data: Dataset, params: FilterParams): TimelineResponse {
  const rows = new Map<string, TimelineRow>();
  let min = Infinity;
  let max = -Infinity;
  for (const hit of selectAll(data, params)) {
    const entry = data.entries.get(hit.id);
    if (!entry) continue;
    const r = entry.record;
    const bars = barsOf(r);
    if (!bars.length) continue;
    const place = entry.place ?? 'Neurčené místo';
    const row = rows.get(place) ?? { place, bars: [] };
    const kraj = r.territory?.kraj ?? [...entry.kraje][0];
    if (kraj && !row.kraj) row.kraj = kraj;
    row.bars.push(...bars);
    rows.set(place, row);
    for (const b of bars) {
      if (b.invalid) continue;
      min = Math.min(min, b.from);
      max = Math.max(max, b.to);
    }
  }
  const list = [...rows.values()].sort((a, b) => collator.compare(a.place, b.place));
  for (const row of list) row.bars.sort((a, b) => a.from - b.from || a.to - b.to);
  const response: TimelineResponse = { rows: list };
  if (Number.isFinite(min)) {
    response.min = Math.floor(min);
    response.max = Math.ceil(max);
  }
  return response;
}

function barsOf(record: DocumentRecord): TimelineBar[] {
  const bars: TimelineBar[] = [];
  const seen = new Set<string>();
  for (const p of record.periods) {
    const role = p.role ?? (record.kind === 'plan' || record.kind === 'project' ? record.kind : undefined);
    if (role !== 'plan' && role !== 'project' && role !== 'action-plan') continue;
    const key = `${p.from}/${p.to}/${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const from = pointToYear(p.from, 'start');
    const to = pointToYear(p.to, 'end');
    const bar: TimelineBar = { id: record.id, title: p.subject ?? record.title, kind: record.kind, role, from, to, label: `${p.from} – ${p.to}`, evidence: p.evidence };
    if (!(to > from) || from < 1900 || to > 2101) bar.invalid = true;
    bars.push(bar);
  }
  return bars;
}

/** "2014" → 2014.0 at the start, 2015.0 at the end; "2017-09-01" → 2017.67 … */
export function pointToYear(point: string, side: 'start' | 'end'): number {
  const [y, m, d] = point.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return side === 'start' ? y : y + 1;
  if (d === undefined) return y + (side === 'start' ? m - 1 : m) / 12;
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + (side === 'end' ? 1 : 0);
  return Math.round((y + dayOfYear / 365.25) * 1000) / 1000;
}
