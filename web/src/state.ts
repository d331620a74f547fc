// The address carries the state: /?q=…&place=…&kind=…&from=…&to=…&page=…, /records/<id>#start-end,
// /flags?rule=…&severity=…, /timeline?(the search filters).

export const FILTER_KEYS = ['q', 'kind', 'place', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const PAGE_SIZE = 20;

export function filtersFrom(search: string): Filters {
  const p = new URLSearchParams(search);
  const f: Filters = {};
  for (const key of FILTER_KEYS) {
    const v = p.get(key);
    if (v !== null && v.trim() !== '') f[key] = v;
  }
  return f;
}

export function pageFrom(search: string): number {
  const n = Number(new URLSearchParams(search).get('page'));
  return Number.isInteger(n) && n > 1 ? n : 1;
}

export function toParams(filters: Filters, extra: Record<string, string | number | undefined> = {}): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = filters[key];
    if (v !== undefined && v.trim() !== '') p.set(key, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') p.set(k, String(v));
  return p;
}

export function href(path: string, params?: URLSearchParams): string {
  const q = params?.toString();
  return q ? `${path}?${q}` : path;
}

/** A record address with its evidence range: /records/<id>#120-134 */
export function evidenceHref(id: string, start: number, end: number): string {
  return `/records/${encodeURIComponent(id)}#${start}-${end}`;
}

export function parseRange(hash: string): { start: number; end: number } | undefined {
  const m = /^#(\d+)-(\d+)$/u.exec(hash);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : undefined;
}
