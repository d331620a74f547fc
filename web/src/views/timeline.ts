import type { TimelineBar, TimelineResponse, TimelineRow } from '../../../schema/http.js';
import { api } from '../api.js';
import { h, replace, svg, type Child } from '../dom.js';
import { KIND, PERIOD_ROLE, label, plural } from '../labels.js';
import type { Router, View } from '../main.js';
import { evidenceHref, filtersFrom, href, toParams } from '../state.js';

/** widths in px; narrower on a phone, where the chart scrolls sideways */
const WIDE = { label: 190, year: 46, chars: 26 };
const COMPACT = { label: 112, year: 34, chars: 14 };
const LANE_H = 20;
const ROW_PAD = 10;
const AXIS_H = 28;

/** Where successive plans of one place leave a gap or overlap. */
export interface Junction {
  kind: 'gap' | 'overlap';
  from: number;
  to: number;
}

/** Plans of one row in order of start: a gap where one ends before the next begins, an overlap where they cross. */
export function junctions(bars: readonly TimelineBar[]): Junction[] {
  const plans = bars.filter((b) => !b.invalid && (b.role === 'plan' || (b.role === undefined && b.kind === 'plan'))).sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Junction[] = [];
  for (let i = 1; i < plans.length; i++) {
    const prev = plans[i - 1]!;
    const next = plans[i]!;
    if (prev.from === next.from && prev.to === next.to) continue; // the same plan named twice
    if (next.from > prev.to + 1e-6) out.push({ kind: 'gap', from: prev.to, to: next.from });
    else if (next.from < prev.to - 1e-6) out.push({ kind: 'overlap', from: next.from, to: Math.min(prev.to, next.to) });
  }
  return out;
}

/** Bars that overlap in time go to separate lanes, so that every bar stays visible. */
function lanes(bars: readonly TimelineBar[]): TimelineBar[][] {
  const out: TimelineBar[][] = [];
  for (const bar of bars) {
    const lane = out.find((l) => l[l.length - 1]!.to <= bar.from + 1e-6);
    if (lane) lane.push(bar);
    else out.push([bar]);
  }
  return out;
}

export function timelineView(router: Router): View {
  let body: HTMLElement;
  let inflight: AbortController | undefined;

  async function load(url: URL): Promise<void> {
    const filters = filtersFrom(url.search);
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    let r: TimelineResponse;
    try {
      r = await api.timeline(toParams(filters), controller.signal);
    } catch (err) {
      if (controller.signal.aborted) return;
      replace(body, h('p', { class: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err)));
      return;
    }
    if (controller.signal.aborted) return;
    const described = [filters.q ? `„${filters.q}“` : null, filters.place, filters.kind ? label(KIND, filters.kind) : null, filters.from || filters.to ? `${filters.from ?? '…'}–${filters.to ?? '…'}` : null].filter(Boolean).join(', ');
    router.announce(`Časová osa: ${plural(r.rows.length, 'místo', 'místa', 'míst')}`);
    replace(
      body,
      h(
        'p',
        { class: 'status', role: 'status' },
        described ? `Pro hledání ${described}: ` : 'Všechny dokumenty: ',
        plural(r.rows.length, 'místo', 'místa', 'míst'),
        described ? [' · ', h('a', { href: href('/', toParams(filters)) }, 'zpět na výsledky'), ' · ', h('a', { href: '/timeline' }, 'všechny dokumenty')] : null,
      ),
      r.rows.length && r.min !== undefined && r.max !== undefined ? chart(r.rows, r.min, r.max) : h('p', { class: 'empty' }, 'Vybrané dokumenty neuvádějí období plánů ani projektů.'),
      r.rows.length ? table(r.rows) : null,
    );
  }

  return {
    name: 'timeline',
    async mount(main, url) {
      document.title = 'Časová osa – Spisovna';
      body = h('div', { class: 'timeline-body' });
      replace(
        main,
        h(
          'div',
          { class: 'timeline-view' },
          h('h1', null, 'Časová osa plánů a projektů'),
          h('p', { class: 'lead' }, 'Období plánů a projektů podle obcí a krajů. Červeně šrafovaný úsek: dva po sobě jdoucí plány se překrývají; čárkovaný rámeček: mezi plány chybí období.'),
          legend(),
          body,
        ),
      );
      await load(url);
    },
    update(url) {
      void load(url);
      return true;
    },
    unmount() {
      inflight?.abort();
    },
  };
}

function legend(): HTMLElement {
  const item = (cls: string, text: string) => h('li', null, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), ` ${text}`);
  return h('ul', { class: 'tl-legend', 'aria-label': 'Legenda' }, item('tl-plan', 'plán'), item('tl-action-plan', 'akční plán'), item('tl-project', 'projekt'), item('tl-overlap', 'překryv plánů'), item('tl-gap', 'mezera mezi plány'), item('tl-invalid', 'nemožné období'));
}

function chart(rows: readonly TimelineRow[], min: number, max: number): HTMLElement {
  const size = window.matchMedia('(max-width: 600px)').matches ? COMPACT : WIDE;
  const LABEL_W = size.label;
  const YEAR_W = size.year;
  const span = Math.max(1, max - min);
  const width = LABEL_W + span * YEAR_W + 20;
  const x = (year: number) => LABEL_W + (year - min) * YEAR_W;
  const laid = rows.map((row) => ({ row, lanes: lanes(row.bars.filter((b) => !b.invalid)), invalid: row.bars.filter((b) => b.invalid) }));
  const heights = laid.map((l) => Math.max(1, l.lanes.length + (l.invalid.length ? 1 : 0)) * LANE_H + ROW_PAD * 2);
  const height = AXIS_H + heights.reduce((a, b) => a + b, 0) + 4;

  const defs = svg(
    'defs',
    null,
    svg('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, svg('rect', { width: 6, height: 6, class: 'hatch-bg' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' })),
  );
  const axis: Child[] = [];
  for (let year = min; year <= max; year++) {
    axis.push(svg('line', { x1: x(year), x2: x(year), y1: AXIS_H - 6, y2: height, class: 'grid' }));
    const shown = size === WIDE ? String(year) : `’${String(year).slice(2)}`;
    if (year < max) axis.push(svg('text', { x: x(year) + YEAR_W / 2, y: AXIS_H - 10, class: 'year', 'text-anchor': 'middle' }, shown));
  }
  const body: Child[] = [];
  let y = AXIS_H;
  laid.forEach(({ row, lanes: rowLanes, invalid }, i) => {
    const rowH = heights[i]!;
    body.push(svg('rect', { x: 0, y, width, height: rowH, class: i % 2 ? 'row odd' : 'row' }));
    body.push(svg('text', { x: 8, y: y + rowH / 2 + 4, class: 'place' }, row.place.length > size.chars ? `${row.place.slice(0, size.chars - 1)}…` : row.place, svg('title', null, row.kraj ? `${row.place} (${row.kraj})` : row.place)));
    for (const j of junctions(row.bars)) {
      const cls = j.kind === 'overlap' ? 'junction overlap' : 'junction gap';
      body.push(svg('rect', { x: x(j.from), y: y + 3, width: Math.max(2, x(j.to) - x(j.from)), height: rowH - 6, class: cls }, svg('title', null, j.kind === 'overlap' ? `Plány se překrývají: ${fmt(j.from)}–${fmt(j.to)}` : `Mezera mezi plány: ${fmt(j.from)}–${fmt(j.to)}`)));
    }
    rowLanes.forEach((lane, li) => {
      for (const bar of lane) {
        const by = y + ROW_PAD + li * LANE_H;
        const role = bar.role ?? bar.kind;
        const name = `${label(PERIOD_ROLE, role)} ${bar.label}: ${bar.title}`;
        body.push(
          svg(
            'a',
            { href: evidenceHref(bar.id, bar.evidence.start, bar.evidence.end), class: `bar-link`, 'aria-label': name },
            svg('rect', { x: x(bar.from), y: by, width: Math.max(3, x(bar.to) - x(bar.from)), height: LANE_H - 5, rx: 3, class: `bar tl-${role}` }),
            svg('title', null, name),
          ),
        );
      }
    });
    invalid.forEach((bar, k) => {
      const by = y + ROW_PAD + rowLanes.length * LANE_H;
      const name = `Nemožné období ${bar.label}: ${bar.title}`;
      body.push(svg('a', { href: evidenceHref(bar.id, bar.evidence.start, bar.evidence.end), 'aria-label': name }, svg('text', { x: LABEL_W + 4 + k * 110, y: by + 12, class: 'invalid' }, `⚠ ${bar.label}`), svg('title', null, name)));
    });
    y += rowH;
  });
  const chartSvg = svg('svg', { class: 'timeline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'tl-title' }, svg('title', { id: 'tl-title' }, `Časová osa období ${min}–${max}, ${rows.length} míst`), defs, axis, body);
  return h('div', { class: 'timeline-scroll', tabindex: 0, role: 'group', 'aria-label': 'Časová osa (posunutelná)' }, chartSvg);
}

function fmt(year: number): string {
  return Number.isInteger(year) ? String(year) : year.toFixed(1).replace('.', ',');
}

/** The same periods as a table, for screen readers and for copying. */
function table(rows: readonly TimelineRow[]): HTMLElement {
  return h(
    'details',
    { class: 'tl-table' },
    h('summary', null, 'Období jako tabulka'),
    h(
      'table',
      null,
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Místo'), h('th', { scope: 'col' }, 'Období'), h('th', { scope: 'col' }, 'Druh'), h('th', { scope: 'col' }, 'Dokument'), h('th', { scope: 'col' }, 'Návaznost'))),
      h(
        'tbody',
        null,
        rows.flatMap((row) => {
          const js = junctions(row.bars);
          return row.bars.map((bar, i) =>
            h(
              'tr',
              null,
              h('td', null, i === 0 ? row.place : ''),
              h('td', null, h('a', { href: evidenceHref(bar.id, bar.evidence.start, bar.evidence.end) }, bar.label), bar.invalid ? ' (nemožné)' : ''),
              h('td', null, label(PERIOD_ROLE, bar.role ?? bar.kind)),
              h('td', null, h('a', { href: `/records/${encodeURIComponent(bar.id)}` }, bar.title)),
              h('td', null, i === 0 ? js.map((j) => `${j.kind === 'gap' ? 'mezera' : 'překryv'} ${fmt(j.from)}–${fmt(j.to)}`).join('; ') : ''),
            ),
          );
        }),
      ),
    ),
  );
}
