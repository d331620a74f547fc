import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord } from '../schema/index.js';

type Row = Record<string, string | number | boolean | undefined>;
export interface Table {
  file: string;
  columns: string[];
  rows(record: DocumentRecord): Row[];
}

const ev = (e: { text: string; start: number; end: number }) => ({ evidence: e.text, start: e.start, end: e.end });
const doc = (r: DocumentRecord) => ({ document_id: r.id, path: r.source.path });
const DOC_COLS = ['document_id', 'path'];
const EV_COLS = ['evidence', 'start', 'end'];

/** The CSV tables: one row per document, then one row per extracted item with its document and evidence. */
export const TABLES: readonly Table[] = [
  {
    file: 'documents.csv',
    columns: ['document_id', 'path', 'format', 'encoding', 'pages', 'bytes', 'sha256', 'kind', 'title', 'place', 'place_level', 'kraj', 'chars', 'words', 'dates', 'periods', 'people', 'money', 'flags'],
    rows: (r) => [{
      ...doc(r), format: r.source.format, encoding: r.source.encoding, pages: r.source.pages, bytes: r.source.bytes,
      sha256: r.source.sha256, kind: r.kind, title: r.title, place: r.territory?.name, place_level: r.territory?.level,
      kraj: r.territory?.kraj, chars: r.text.chars, words: r.text.words, dates: r.dates.length, periods: r.periods.length,
      people: r.people.length, money: r.money.length, flags: r.flags.length,
    }],
  },
  { file: 'people.csv', columns: [...DOC_COLS, 'name', 'role', 'titles', ...EV_COLS], rows: (r) => r.people.map((p) => ({ ...doc(r), name: p.name, role: p.role, titles: p.titles?.join(' '), ...ev(p.evidence) })) },
  { file: 'dates.csv', columns: [...DOC_COLS, 'date', 'role', 'weekday', 'inferred', ...EV_COLS], rows: (r) => r.dates.map((d) => ({ ...doc(r), date: d.date, role: d.role, weekday: d.weekday, inferred: d.inferred?.join(' '), ...ev(d.evidence) })) },
  { file: 'periods.csv', columns: [...DOC_COLS, 'from', 'to', 'role', ...EV_COLS], rows: (r) => r.periods.map((p) => ({ ...doc(r), from: p.from, to: p.to, role: p.role, ...ev(p.evidence) })) },
  { file: 'money.csv', columns: [...DOC_COLS, 'amount', 'currency', 'label', 'share', ...EV_COLS], rows: (r) => r.money.map((m) => ({ ...doc(r), amount: m.amount, currency: m.currency, label: m.label, share: m.share, ...ev(m.evidence) })) },
  { file: 'places.csv', columns: [...DOC_COLS, 'name', 'level', 'code', 'kraj', ...EV_COLS], rows: (r) => r.places.map((p) => ({ ...doc(r), name: p.name, level: p.level, code: p.code, kraj: p.kraj, ...ev(p.evidence) })) },
  { file: 'identifiers.csv', columns: [...DOC_COLS, 'type', 'value', ...EV_COLS], rows: (r) => r.identifiers.map((i) => ({ ...doc(r), type: i.type, value: i.value, ...ev(i.evidence) })) },
  { file: 'contacts.csv', columns: [...DOC_COLS, 'type', 'value', ...EV_COLS], rows: (r) => r.contacts.map((c) => ({ ...doc(r), type: c.type, value: c.value, ...ev(c.evidence) })) },
  { file: 'addresses.csv', columns: [...DOC_COLS, 'value', 'psc', ...EV_COLS], rows: (r) => r.addresses.map((a) => ({ ...doc(r), value: a.value, psc: a.psc, ...ev(a.evidence) })) },
  { file: 'goals.csv', columns: [...DOC_COLS, 'kind', 'text', ...EV_COLS], rows: (r) => r.goals.map((g) => ({ ...doc(r), kind: g.kind, text: g.text, ...ev(g.evidence) })) },
  { file: 'flags.csv', columns: [...DOC_COLS, 'rule', 'severity', 'message', 'actual', 'expected', ...EV_COLS], rows: (r) => r.flags.map((f) => ({ ...doc(r), rule: f.rule, severity: f.severity, message: f.message, actual: f.actual, expected: f.expected, ...(f.evidence[0] ? ev(f.evidence[0]) : {}) })) },
];

/** The header line of a table: UTF-8 with a BOM, so that Czech Excel opens it right; CRLF as RFC 4180 has it. */
export function csvHeader(table: Table): string {
  return '\uFEFF' + stringify([table.columns], { record_delimiter: 'windows' });
}

/** The rows one record adds to a table ('' when it adds none). */
export function csvRows(table: Table, record: DocumentRecord): string {
  const rows = table.rows(record).map((row) => table.columns.map((c) => row[c] ?? ''));
  return rows.length ? stringify(rows, { record_delimiter: 'windows' }) : '';
}
