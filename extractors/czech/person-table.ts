import type { PersonRole } from '../../schema/index.js';

/**
 * Attendance tables written as text: rows whose cells are separated by tabs or by vertical bars
 * ("Vávrová Jana, Mgr.⇥Městský úřad", "Bc. Jana Nová | Charita | přítomna"), perhaps under a header row
 * ("Příjmení, jméno, titul⇥Organizace", "Jméno | Organizace | Účast"). The header tells which cells hold
 * the name and which the attendance; without one the first cell is the name and a cell that says
 * "přítomna", "omluven" or "nepřítomen" gives the role of its row.
 */

/** a cell separator: one or more tabs, or a vertical bar */
const CELL_SEPARATOR = /\t+|\s*\|\s*/gu;
/** the words a header cell is made of */
const HEADER_WORD = /^(?:titul[y]?|jméno|jména|příjmení|name|účastník|účastnice|člen|členové|organizace|instituce|subjekt|zastupuje|zastoupení|za|funkce|pozice|účast|přítomnost|docházka|status|stav|podpis|e-mail|email|telefon|tel\.|kontakt|poznámka|poznámky|p\.|č\.|poř\.|pořadí|a|\/|,|číslo|organizace\/instituce)$/iu;
/** a header cell of the name: "Jméno", "Příjmení, jméno, titul", "Titul" */
const NAME_HEADER = /(?<![\p{L}])(?:jméno|jména|příjmení|titul[y]?|name|účastník|účastnice|člen)(?![\p{L}])/iu;
/** a header cell of the attendance: "Účast", "Přítomnost", "Status" */
const STATUS_HEADER = /^(?:účast|přítomnost|docházka|status|stav)$/iu;
/** a cell that says whether the person of its row was there */
const STATUS_CELL = /^(?:(?<absent>nepřítom(?:en|na|ni|ny|ný|ná)|neomluven[aiy]?|neúčast)|(?<excused>omluven[aoiy]?|oml\.)|(?<present>přítom(?:en|na|ni|ny|no|ný|ná)|účast|ano))$/iu;
/** a yes or no in a column headed "Účast" */
const YES_NO = /^(?:(?<present>ano|✓|✔|x)|(?<absent>ne|—|–|-))$/iu;

export interface Cell {
  /** offset in the line */
  start: number;
  text: string;
}

export interface TableColumns {
  /** the number of cells of the header row, empty ones included */
  width: number;
  /** the columns that make the name (contiguous: "Titul⇥Jméno⇥Příjmení") */
  name: number[];
  /** the same among the header's non-empty cells */
  nameDense: number[];
  /** the column of the attendance, when there is one */
  status?: number;
  statusDense?: number;
  /** the header names the surname before the given name ("Příjmení, jméno, titul", "Příjmení⇥Jméno") */
  surnameFirst?: boolean;
}

/** The cells of a line, empty ones kept, or undefined when the line has no cell separator. */
export function cellsOf(line: string): Cell[] | undefined {
  // every separator holds a tab or a bar: most lines have neither and need no scan
  if (!line.includes('\t') && !line.includes('|')) return undefined;
  const cells: Cell[] = [];
  let pos = 0;
  for (const m of line.matchAll(CELL_SEPARATOR)) {
    cells.push({ start: pos, text: line.slice(pos, m.index) });
    pos = m.index + m[0].length;
  }
  if (!cells.length) return undefined;
  cells.push({ start: pos, text: line.slice(pos) });
  return cells;
}

/** column indices among all cells and among the non-empty ones (for rows padded unevenly) */
function columnsOf(cells: Cell[], test: (c: Cell) => boolean): { all: number[]; dense: number[] } {
  const all: number[] = [], dense: number[] = [];
  let d = 0;
  cells.forEach((c, i) => {
    const empty = !c.text.trim();
    if (test(c)) { all.push(i); if (!empty) dense.push(d); }
    if (!empty) d++;
  });
  return { all, dense };
}

/** The columns a header row names, or undefined when the line is no header. */
export function tableHeader(line: string): TableColumns | undefined {
  const cells = cellsOf(line);
  const filled = cells?.filter((c) => c.text.trim());
  if (!cells || !filled || filled.length < 2) return undefined;
  const isHeader = filled.every((c) => c.text.trim().split(/\s+|(?<=,)|(?=,)/u).filter(Boolean).every((w) => w === ',' || HEADER_WORD.test(w)));
  if (!isHeader) return undefined;
  const name = columnsOf(cells, (c) => NAME_HEADER.test(c.text));
  if (!name.all.length) return undefined;
  const status = columnsOf(cells, (c) => STATUS_HEADER.test(c.text.trim()));
  const surnameFirst = /příjmení[^]*?(?<![\p{L}])jméno/iu.test(name.all.map((i) => cells[i].text).join(' '));
  return {
    width: cells.length, name: name.all, nameDense: name.dense,
    ...(status.all.length ? { status: status.all[0], statusDense: status.dense[0] } : {}),
    ...(surnameFirst ? { surnameFirst } : {}),
  };
}

/** The role an attendance cell gives, or undefined. `headed`: the cell stands in a column headed "Účast". */
export function statusRole(cell: string, headed: boolean): PersonRole | undefined {
  const t = cell.trim();
  const m = STATUS_CELL.exec(t) ?? (headed ? YES_NO.exec(t) : null);
  if (!m?.groups) return undefined;
  return (Object.entries(m.groups).find(([, v]) => v)?.[0] as PersonRole | undefined);
}

export interface TableRow {
  /** offset of the name's text in the line */
  start: number;
  /** the name's cells, separators turned to spaces (same length, so offsets hold) */
  text: string;
  role?: PersonRole;
}

/** The name part and the attendance of a table row, or undefined when the line has no cells. */
export function tableRow(line: string, columns: TableColumns | undefined): TableRow | undefined {
  const all = cellsOf(line);
  if (!all) return undefined;
  // a row as wide as its header keeps its empty cells in place; any other row is read by its filled cells
  const aligned = columns !== undefined && all.length === columns.width;
  const cells = aligned ? all : all.filter((c) => c.text.trim());
  const nameCols = (columns ? (aligned ? columns.name : columns.nameDense) : [0]).filter((i) => i < cells.length);
  const statusCol = columns ? (aligned ? columns.status : columns.statusDense) : undefined;
  if (!nameCols.length) return undefined;
  const first = cells[nameCols[0]], last = cells[nameCols.at(-1)!];
  const start = first.start;
  const text = line.slice(start, last.start + last.text.length).replace(/[\t|]/gu, ' ');
  let role: PersonRole | undefined;
  if (statusCol !== undefined) role = cells[statusCol] ? statusRole(cells[statusCol].text, true) : undefined;
  else for (const c of cells.slice(nameCols.at(-1)! + 1)) role ??= statusRole(c.text, false);
  return { start, text, ...(role ? { role } : {}) };
}

/** a header cell of the person answerable for a task: "Zodpovídá", "Zodpovědnost", "Odpovědná osoba", "Garant" */
const RESPONSIBLE_HEADER = /^(?:z?odp\.|z?odpovídá|z?odpovědnost|z?odpovědn\p{L}*(?:\s+osob\p{L}*)?|garant(?:ka)?|gestor)$/iu;

/**
 * The column of the person answerable in a task table's header row ("Úkol | Zodpovídá | Termín",
 * "Aktivita⇥Garant⇥Termín"), or undefined when the line is no such header.
 */
export function responsibleColumn(line: string): number | undefined {
  const cells = cellsOf(line)?.filter((c) => c.text.trim());
  if (!cells || cells.length < 2) return undefined;
  const i = cells.findIndex((c) => RESPONSIBLE_HEADER.test(c.text.trim()));
  return i < 0 ? undefined : i;
}

/** an attendance word at the end of a list line: "Jana Nová – omluvena", "Petr Malý (nepřítomen)" */
const TRAILING_STATUS = /(?:\s[–-]|[,:(])\s*(\p{L}+\.?)\)?\s*[.;]?\s*$/u;

/** The role an attendance word at the end of a list line gives, or undefined. */
export function trailingStatus(line: string): PersonRole | undefined {
  const m = TRAILING_STATUS.exec(line);
  return m ? statusRole(m[1], false) : undefined;
}
