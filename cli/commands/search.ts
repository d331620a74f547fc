import type { Command } from 'commander';
import { SpisovnaError, UsageError } from '../../pipeline/errors.js';
import type { SearchHit, SearchResult } from '../../schema/index.js';
import { KINDS } from '../../schema/kinds.js';

interface SearchOptions {
  index: string;
  kind?: string;
  place?: string;
  from?: string;
  to?: string;
  limit?: string;
  offset?: string;
  json?: boolean;
  facets?: boolean;
  color?: boolean;
}

/** `spisovna search "<query>" --index DIR [--kind K] [--place P] [--from Y --to Y] [--limit N] [--json]` */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search the index: words (any), +must, -not, "a phrase", prefix*, field:word (title, headings, body, people, places)')
    .argument('<query>', 'the query, in quotes')
    .requiredOption('-i, --index <dir>', 'the ingest output folder (or its index/ folder)')
    .option('-k, --kind <kinds>', `only these kinds, comma-separated (${KINDS.join(', ')})`)
    .option('-p, --place <name>', 'only documents in this kraj, okres, ORP or obec (a kraj matches its ORP and obce)')
    .option('--from <year>', 'only documents whose dates or periods reach this year or later')
    .option('--to <year>', 'only documents whose dates or periods reach this year or earlier')
    .option('-n, --limit <n>', 'hits shown (default 10)')
    .option('--offset <n>', 'hits skipped (default 0)')
    .option('--json', 'print { total, hits: [{ id, path, title, kind, score, snippet, … }], facets } as JSON')
    .option('--facets', 'text output: also print counts by kind, kraj and year')
    .option('--no-color', 'text output: mark matched words with [[ ]] instead of bold')
    .action(async (query: string, opts: SearchOptions) => {
      const [{ formatZodError, searchFiltersSchema }, { loadSearchIndex, search }] = await Promise.all([import('../../schema/index.js'), import('../../search/search.js')]);
      const filters = searchFiltersSchema.safeParse({
        kind: opts.kind?.split(',').map((k) => k.trim()).filter(Boolean),
        place: opts.place,
        from: opts.from,
        to: opts.to,
        limit: opts.limit,
        offset: opts.offset,
      });
      if (!filters.success) throw new UsageError(`search: ${formatZodError(filters.error)}`);
      let result: SearchResult;
      try {
        const index = await loadSearchIndex(opts.index);
        result = search(index, query, filters.data);
      } catch (err) {
        // "spisovna: index format N, expected M — …" is already a whole line
        if (err instanceof SpisovnaError && err.stage === 'spisovna') {
          process.stderr.write(`${err.message}\n`);
          process.exitCode = 2;
          return;
        }
        throw err;
      }
      if (opts.json) {
        process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        return;
      }
      const bold = opts.color !== false && process.stdout.isTTY === true;
      process.stdout.write(formatText(result, query, bold, opts.facets === true));
    });
}

function mark(hit: SearchHit, bold: boolean): string {
  const [open, close] = bold ? ['\x1b[1m', '\x1b[22m'] : ['[[', ']]'];
  let out = '';
  let at = 0;
  for (const h of hit.highlights ?? []) {
    out += hit.snippet.slice(at, h.start) + open + hit.snippet.slice(h.start, h.end) + close;
    at = h.end;
  }
  return out + hit.snippet.slice(at);
}

/** Ranked hits: title, then place · kind · years · path, then the snippet with the matched words marked. */
export function formatText(result: SearchResult, query: string, bold: boolean, facets: boolean): string {
  const lines: string[] = [];
  lines.push(`${result.total} ${result.total === 1 ? 'document' : 'documents'} for "${query}"`);
  result.hits.forEach((hit, i) => {
    const years = hit.years?.length ? (hit.years.length > 1 ? `${hit.years[0]}–${hit.years[hit.years.length - 1]}` : String(hit.years[0])) : '';
    const where = [hit.place && hit.kraj && hit.place !== hit.kraj ? `${hit.place} (${hit.kraj})` : hit.place ?? hit.kraj, hit.kind, years]
      .filter(Boolean)
      .join(' · ');
    lines.push('');
    lines.push(`${i + 1}. ${hit.title || '(untitled)'}  [${hit.score}]`);
    lines.push(`   ${where ? `${where} · ` : ''}${hit.path}`);
    if (hit.snippet) lines.push(`   ${mark(hit, bold)}`);
  });
  if (facets) {
    const show = (name: string, counts: Record<string, number>) =>
      `${name}: ${Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ') || '—'}`;
    lines.push('', show('kind', result.facets.kind), show('kraj', result.facets.kraj), show('year', result.facets.year));
  }
  return lines.join('\n') + '\n';
}
