import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_LIMITS } from '../corpus/limits.js';
import { readRecords } from '../output/read.js';
import { readTexts } from '../output/texts.js';
import { SpisovnaError } from '../pipeline/errors.js';
import { readDocument, sha256 } from '../pipeline/read.js';
import { checkConfigSchema, type CheckConfig, type CrossFlag, type ReportedFlag, type RuleSetting } from '../schema/config.js';
import { formatZodError, type DocumentRecord, type Evidence, type Flag, type Severity } from '../schema/index.js';
import { decodeText } from '../corpus/encoding.js';
import { CROSS_RULES, runCrossChecks } from './cross/index.js';
import { RULES } from './index.js';
import { lineColumn } from './util.js';

export const CONFIG_FILE = 'spisovna.config.json';
const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Every rule id a config may name: the per-document rules and the cross-document ones. */
export function knownRules(): string[] {
  return [...RULES.map((r) => r.id), ...CROSS_RULES.map((r) => r.id)];
}

/** Reads and validates a config file; rule ids must be known. */
export async function loadConfig(file: string | undefined, dir: string): Promise<CheckConfig> {
  const candidates = file ? [file] : [path.join(dir, CONFIG_FILE), CONFIG_FILE];
  for (const candidate of candidates) {
    let data: string;
    try {
      data = await readFile(candidate, 'utf8');
    } catch (err) {
      if (!file && (err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new SpisovnaError('config', `cannot read "${candidate}": ${(err as Error).message}`, 'bad-config');
    }
    return parseConfig(data, candidate);
  }
  return checkConfigSchema.parse({});
}

export function parseConfig(data: string, name = CONFIG_FILE): CheckConfig {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch (err) {
    throw new SpisovnaError('config', `${name}: not JSON (${(err as Error).message})`, 'bad-config');
  }
  const parsed = checkConfigSchema.safeParse(value);
  if (!parsed.success) throw new SpisovnaError('config', `${name}: ${formatZodError(parsed.error)}`, 'bad-config');
  const known = knownRules();
  const unknown = Object.keys(parsed.data.rules).filter((r) => !known.includes(r));
  if (unknown.length) {
    throw new SpisovnaError('config', `${name}: rules.${unknown[0]}: unknown rule (known: ${known.join(', ')})`, 'bad-config');
  }
  return parsed.data;
}


/**
 * The records' texts: DIR/texts.jsonl when ingest wrote it, else each source read again (only if its bytes
 * still hash to the record's sha256, so offsets stay true). Records whose text cannot be had are listed.
 * For plain-text sources the file's own text is kept as well, so that a flag's line and column point into the
 * file an editor opens rather than into the normalised text.
 */
export async function loadTexts(dir: string, records: readonly DocumentRecord[]): Promise<LoadedTexts> {
  const texts = new Map<string, string>();
  const sources = new Map<string, string>();
  const saved = await readTexts(dir).catch(() => new Map<string, { text: string }>());
  const missing: string[] = [];
  for (const r of records) {
    const t = saved.get(r.id);
    const needSource = !t || r.source.format === 'txt';
    const bytes = needSource ? await readSource(r, dir) : undefined;
    if (bytes && r.source.format === 'txt') sources.set(r.id, decodeText(bytes).text);
    if (t) {
      texts.set(r.id, t.text);
      continue;
    }
    const text = bytes ? await readDocument(bytes, r.source.path, DEFAULT_LIMITS).then((d) => d.text, () => undefined) : undefined;
    if (text === undefined) missing.push(r.source.path);
    else texts.set(r.id, text);
  }
  return { texts, sources, missing };
}

export interface LoadedTexts {
  /** normalised text by record id: what evidence offsets point into */
  texts: Map<string, string>;
  /** the decoded file of plain-text sources, for line and column in the file itself */
  sources: Map<string, string>;
  missing: string[];
}

async function readSource(r: DocumentRecord, dir: string): Promise<Buffer | undefined> {
  const candidates = path.isAbsolute(r.source.path) ? [r.source.path] : [path.resolve(r.source.path), path.resolve(dir, '..', r.source.path)];
  for (const file of candidates) {
    try {
      const bytes = await readFile(file);
      if (sha256(bytes) === r.source.sha256) return bytes;
    } catch {
      // try the next place, else the source is missing
    }
  }
  return undefined;
}

/**
 * Line and column of a flag: in the source file when it is plain text and the quoted evidence is found there
 * (the same occurrence, counted from the start), else in the normalised text; 0:0 when there is no text.
 */
export function placeOf(texts: Pick<LoadedTexts, 'texts' | 'sources'>, id: string, evidence: Evidence | undefined): { line: number; column: number } {
  const text = texts.texts.get(id);
  if (text === undefined || !evidence) return { line: 0, column: 0 };
  const source = texts.sources.get(id);
  const quoted = evidence.text.trim();
  if (source !== undefined && quoted) {
    const pattern = new RegExp(quoted.split(/\s+/).map(escapeRegExp).join('[\\s\\u00A0\\u2000-\\u200A\\u202F]+'), 'gu');
    const nth = [...text.slice(0, evidence.start + 1).matchAll(pattern)].length - 1;
    const inSource = [...source.normalize('NFC').matchAll(pattern)][Math.max(0, nth)];
    if (inSource) return lineColumn(source.normalize('NFC'), inSource.index);
  }
  return lineColumn(text, evidence.start);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface ReportOptions {
  /** only these rules */
  rules?: readonly string[];
  /** only flags at or above this severity */
  minSeverity?: Severity;
}

/** The flags of the records and the cross-document flags, with the config's severities, filtered and placed. */
export function buildReport(records: readonly DocumentRecord[], loaded: Pick<LoadedTexts, 'texts' | 'sources'>, config: CheckConfig, options: ReportOptions = {}): ReportedFlag[] {
  const setting = (rule: string, fallback: Severity): RuleSetting => config.rules[rule] ?? fallback;
  const keep = (rule: string, severity: Severity): Severity | undefined => {
    const s = setting(rule, severity);
    if (s === 'off') return undefined;
    if (options.rules?.length && !options.rules.includes(rule)) return undefined;
    if (options.minSeverity && RANK[s] < RANK[options.minSeverity]) return undefined;
    return s;
  };
  const place = (id: string, evidence: Evidence | undefined) => placeOf(loaded, id, evidence);
  const out: ReportedFlag[] = [];
  for (const r of records) {
    for (const flag of r.flags) {
      const severity = keep(flag.rule, flag.severity);
      if (!severity) continue;
      out.push({ path: r.source.path, id: r.id, ...place(r.id, flag.evidence[0]), ...withSeverity(flag, severity) });
    }
  }
  if (config.cross) {
    for (const flag of runCrossChecks({ records, texts: loaded.texts, config })) {
      const severity = keep(flag.rule, flag.severity);
      if (!severity) continue;
      out.push(crossReported(flag, severity, place));
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column));
}

function withSeverity(flag: Flag, severity: Severity): Flag {
  return { ...flag, severity };
}

function crossReported(flag: CrossFlag, severity: Severity, place: (id: string, evidence: Evidence | undefined) => { line: number; column: number }): ReportedFlag {
  const [first, ...others] = flag.documents;
  const reported: ReportedFlag = {
    path: first.path,
    id: first.id,
    ...place(first.id, first.evidence[0]),
    rule: flag.rule,
    severity,
    message: `${flag.message} (také ${others.map((o) => o.path).join(', ')})`,
    evidence: first.evidence,
    others,
  };
  if (flag.actual !== undefined) reported.actual = flag.actual;
  if (flag.expected !== undefined) reported.expected = flag.expected;
  return reported;
}

/** `path:line:col severity rule message`, as compilers and linters print, so editors can jump to it. */
export function formatLine(f: ReportedFlag): string {
  return `${f.path}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message.replace(/\s*\n\s*/g, ' ')}`;
}

/** Per rule: how many flags of each severity, rules in a stable order. */
export function summarise(flags: readonly ReportedFlag[]): Array<{ rule: string; error: number; warning: number; info: number }> {
  const byRule = new Map<string, { rule: string; error: number; warning: number; info: number }>();
  for (const f of flags) {
    const row = byRule.get(f.rule) ?? { rule: f.rule, error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    byRule.set(f.rule, row);
  }
  const order = knownRules();
  return [...byRule.values()].sort((a, b) => rank(order, a.rule) - rank(order, b.rule) || a.rule.localeCompare(b.rule));
}

function rank(order: readonly string[], rule: string): number {
  const i = order.indexOf(rule);
  return i < 0 ? order.length : i;
}

/** DIR/records.jsonl, each line validated. */
export const readRecordsFrom = (dir: string): Promise<DocumentRecord[]> => readRecords(dir, 'check');
