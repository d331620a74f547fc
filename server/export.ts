import { stringify } from 'csv-stringify/sync';
import type { ExportParams } from '../schema/http.js';
import type { Dataset } from './dataset.js';
import { selectAll } from './query.js';


const COLUMNS = ['id', 'path', 'title', 'kind', 'place', 'kraj', 'years', 'flags', 'score', 'snippet'] as const;

/** The current results as CSV (for spreadsheets) or JSON, every match rather than one page. */
export function exportResults(data: Dataset, params: ExportParams): { body: string; type: string; filename: string } {
  const hits = selectAll(data, params);
  if (params.format === 'json') {
    return { body: JSON.stringify({ total: hits.length, query: params, hits }, null, 2) + '\n', type: 'application/json; charset=utf-8', filename: 'spisovna-vysledky.json' };
  }
  const rows = hits.map((h) => [h.id, h.path, h.title, h.kind, h.place ?? '', h.kraj ?? '', (h.years ?? []).join(' '), h.flags, h.score, h.snippet].map(cell));
  // a byte-order mark so that spreadsheets read the Czech letters as UTF-8
  return { body: '\uFEFF' + stringify([[...COLUMNS], ...rows]), type: 'text/csv; charset=utf-8', filename: 'spisovna-vysledky.csv' };
}

/** Document text is hostile: a cell starting with = + - @ would run as a formula in a spreadsheet. */
export function cell(value: string | number): string | number {
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}
