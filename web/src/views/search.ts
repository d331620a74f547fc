import type { SearchHit, SearchResponse } from '../../../schema/http.js';
import { api, exportHref } from '../api.js';
import { h, replace, type Child } from '../dom.js';
import { KIND, label, plural } from '../labels.js';
import type { Router, View } from '../main.js';
import { PAGE_SIZE, filtersFrom, href, pageFrom, toParams, type Filters } from '../state.js';

const DEBOUNCE_MS = 250;

export function searchView(router: Router): View {
  let input: HTMLInputElement;
  let facets: HTMLElement;
  let results: HTMLElement;
  let status: HTMLElement;
  let downloads: HTMLElement;
  let timer: number | undefined;
  let inflight: AbortController | undefined;
  let filters: Filters = {};
  let page = 1;

  async function load(url: URL): Promise<void> {
    filters = filtersFrom(url.search);
    page = pageFrom(url.search);
    if (document.activeElement !== input) input.value = filters.q ?? '';
    router.lastSearch = url.pathname + url.search;
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    results.setAttribute('aria-busy', 'true');
    let response: SearchResponse;
    try {
      response = await api.search(toParams(filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), controller.signal);
    } catch (err) {
      if (controller.signal.aborted) return;
      results.removeAttribute('aria-busy');
      const message = err instanceof Error ? err.message : String(err);
      replace(status, 'Hledání se nepovedlo: ', message);
      replace(results, h('p', { class: 'error', role: 'alert' }, message));
      return;
    }
    if (controller.signal.aborted) return;
    results.removeAttribute('aria-busy');
    document.title = filters.q ? `${filters.q} – hledání – Spisovna` : 'Hledání – Spisovna';
    const count = response.total === 0 ? 'Nic nenalezeno' : `Nalezeno: ${plural(response.total, 'dokument', 'dokumenty', 'dokumentů')}`;
    replace(status, count);
    const hadFocus = document.activeElement;
    renderFacets(response);
    renderResults(response);
    // a facet or page link that was clicked is gone now: keyboard users go on from the results heading
    if (hadFocus && hadFocus !== document.body && !hadFocus.isConnected) focusResults();
    replace(
      downloads,
      'Stáhnout výsledky: ',
      h('a', { href: exportHref(toParams(filters), 'csv'), download: 'spisovna-vysledky.csv' }, 'CSV'),
      ' · ',
      h('a', { href: exportHref(toParams(filters), 'json'), download: 'spisovna-vysledky.json' }, 'JSON'),
      ' · ',
      h('a', { href: href('/timeline', toParams(filters)) }, 'Časová osa výsledků'),
    );
  }

  /** an address with one filter changed (and the page reset) */
  function with_(change: Filters): string {
    const next: Filters = { ...filters, ...change };
    for (const key of Object.keys(change) as (keyof Filters)[]) if (change[key] === undefined) delete next[key];
    return href('/', toParams(next));
  }

  function facetLink(text: string, count: number | undefined, to: string, current = false): HTMLElement {
    return h(
      'li',
      null,
      h('a', { href: to, 'aria-current': current ? 'true' : undefined, class: current ? 'facet current' : 'facet' }, h('span', { class: 'facet-name' }, text), count !== undefined ? h('span', { class: 'count', 'aria-label': `${count} dokumentů` }, String(count)) : null),
    );
  }

  function sorted(counts: Record<string, number>): [string, number][] {
    return Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'cs'));
  }

  function renderFacets(r: SearchResponse): void {
    const active: Child[] = [];
    const remove = (what: string, value: string, change: Filters) =>
      h('li', null, h('a', { href: with_(change), class: 'chip', 'aria-label': `Zrušit filtr ${what}: ${value}` }, `${what}: ${value}`, h('span', { 'aria-hidden': 'true' }, ' ×')));
    if (filters.place) active.push(remove('místo', filters.place, { place: undefined }));
    if (filters.kind) active.push(remove('druh', label(KIND, filters.kind), { kind: undefined }));
    if (filters.from) active.push(remove('od roku', filters.from, { from: undefined }));
    if (filters.to) active.push(remove('do roku', filters.to, { to: undefined }));

    // place: kraj → ORP → obec
    const place = r.place;
    const crumbs: Child[] = [h('a', { href: with_({ place: undefined }) }, 'Celá ČR')];
    if (place?.kraj && place.level !== 'kraj') crumbs.push(' › ', h('a', { href: with_({ place: place.kraj }) }, place.kraj));
    if (place?.orp && place.level === 'obec') crumbs.push(' › ', h('a', { href: with_({ place: place.orp }) }, `ORP ${place.orp}`));
    if (filters.place) crumbs.push(' › ', h('strong', null, place?.level === 'orp' ? `ORP ${place.name}` : (place?.name ?? filters.place)));
    let placeList: [string, number][] = [];
    let placeWord = 'Kraje';
    if (!filters.place) placeList = sorted(r.facets.kraj);
    else if (place?.level === 'kraj' || place?.level === 'okres') {
      placeList = sorted(r.facets.orp);
      placeWord = 'ORP';
    } else if (place?.level === 'orp' || place?.level === 'obec') {
      placeList = sorted(r.facets.obec);
      placeWord = 'Obce';
    }

    const years = Object.entries(r.facets.year).sort((a, b) => Number(a[0]) - Number(b[0]));
    const yearForm = h(
      'form',
      { class: 'years-form', on: { submit: (e: Event) => submitYears(e) } },
      h('label', null, 'Od roku ', h('input', { type: 'number', name: 'from', inputmode: 'numeric', min: 1900, max: 2100, value: filters.from ?? '' })),
      h('label', null, 'Do roku ', h('input', { type: 'number', name: 'to', inputmode: 'numeric', min: 1900, max: 2100, value: filters.to ?? '' })),
      h('button', { type: 'submit' }, 'Použít'),
    );

    replace(
      facets,
      h('h2', { class: 'sr-only' }, 'Filtry'),
      active.length ? h('section', { class: 'facet-group' }, h('h3', null, 'Použité filtry'), h('ul', { class: 'chips' }, active)) : null,
      h(
        'section',
        { class: 'facet-group', 'aria-labelledby': 'facet-place' },
        h('h3', { id: 'facet-place' }, 'Místo'),
        h('p', { class: 'crumbs' }, crumbs),
        placeList.length
          ? h('ul', { class: 'facet-list', 'aria-label': placeWord }, placeList.map(([name, n]) => facetLink(placeWord === 'ORP' ? `ORP ${name}` : name, n, with_({ place: name }))))
          : filters.place ? null : h('p', { class: 'muted' }, 'Dokumenty zatím nemají určené místo.'),
      ),
      h(
        'section',
        { class: 'facet-group', 'aria-labelledby': 'facet-kind' },
        h('h3', { id: 'facet-kind' }, 'Druh dokumentu'),
        h('ul', { class: 'facet-list' }, sorted(r.facets.kind).map(([kind, n]) => facetLink(label(KIND, kind), n, with_({ kind: filters.kind === kind ? undefined : kind }), filters.kind === kind))),
      ),
      h(
        'section',
        { class: 'facet-group', 'aria-labelledby': 'facet-years' },
        h('h3', { id: 'facet-years' }, 'Roky'),
        yearForm,
        years.length
          ? h('ul', { class: 'facet-list years', 'aria-label': 'Roky s počtem dokumentů' }, years.map(([y, n]) => facetLink(y, n, with_({ from: y, to: y }), filters.from === y && filters.to === y)))
          : null,
      ),
    );
  }

  function submitYears(e: Event): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const from = String(data.get('from') ?? '').trim();
    const to = String(data.get('to') ?? '').trim();
    router.navigate(with_({ from: from || undefined, to: to || undefined }), { focus: false });
  }

  function renderResults(r: SearchResponse): void {
    const pages = Math.max(1, Math.ceil(r.total / PAGE_SIZE));
    const pager =
      pages > 1
        ? h(
            'nav',
            { class: 'pager', 'aria-label': 'Stránky výsledků' },
            page > 1 ? h('a', { href: href('/', toParams(filters, { page: page - 1 > 1 ? page - 1 : undefined })), rel: 'prev' }, '← Předchozí') : null,
            h('span', null, ` Strana ${page} z ${pages} `),
            page < pages ? h('a', { href: href('/', toParams(filters, { page: page + 1 })), rel: 'next' }, 'Další →') : null,
          )
        : null;
    replace(
      results,
      r.hits.length
        ? h('ol', { class: 'hits', start: (page - 1) * PAGE_SIZE + 1 }, r.hits.map((hit) => renderHit(hit)))
        : h('p', { class: 'empty' }, filters.q ? `Pro „${filters.q}“ nic nenalezeno. Zkuste jiné slovo nebo zrušte filtry.` : 'Žádné dokumenty neodpovídají filtrům.'),
      pager,
    );
  }

  function renderHit(hit: SearchHit): HTMLElement {
    const years = hit.years?.length ? (hit.years.length > 1 ? `${hit.years[0]}–${hit.years[hit.years.length - 1]}` : String(hit.years[0])) : undefined;
    const meta: Child[] = [h('span', { class: `kind kind-${hit.kind}` }, label(KIND, hit.kind))];
    if (hit.place) meta.push(' · ', hit.kraj && hit.kraj !== hit.place ? `${hit.place} (${hit.kraj})` : hit.place);
    if (years) meta.push(' · ', years);
    if (hit.flags) meta.push(' · ', h('span', { class: 'flag-count' }, plural(hit.flags, 'nesrovnalost', 'nesrovnalosti', 'nesrovnalostí')));
    return h(
      'li',
      { class: 'hit' },
      h('h3', null, h('a', { href: `/records/${encodeURIComponent(hit.id)}` }, hit.title || '(bez názvu)')),
      h('p', { class: 'meta' }, meta),
      h('p', { class: 'snippet' }, snippet(hit)),
      h('p', { class: 'path' }, hit.path),
    );
  }

  function focusResults(): void {
    const heading = document.getElementById('results-heading');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: false });
  }

  function schedule(): void {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const q = input.value;
      if ((filters.q ?? '') === q.trim()) return;
      router.navigate(with_({ q: q.trim() || undefined }), { replace: true, focus: false });
    }, DEBOUNCE_MS);
  }

  return {
    name: 'search',
    async mount(main, url) {
      input = h('input', { type: 'search', id: 'q', name: 'q', autocomplete: 'off', spellcheck: 'false', placeholder: 'např. azylový dům, pečovatelská služba, Teplice', 'aria-describedby': 'q-hint', on: { input: schedule } });
      status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'result-count' });
      facets = h('div', { class: 'facets-body' });
      // on a phone the filters fold away under the search box, so that results come first
      const media = window.matchMedia('(max-width: 900px)');
      const facetBox = h('details', { class: 'facets', open: !media.matches }, h('summary', null, 'Filtry'), facets);
      media.addEventListener('change', () => {
        if (!media.matches) facetBox.open = true;
      });
      results = h('div', { class: 'results-list' });
      downloads = h('p', { class: 'downloads' });
      const form = h(
        'form',
        {
          class: 'search-form',
          role: 'search',
          on: {
            submit: (e: Event) => {
              e.preventDefault();
              window.clearTimeout(timer);
              router.navigate(with_({ q: input.value.trim() || undefined }), { focus: false });
            },
          },
        },
        h('label', { for: 'q' }, 'Hledat v dokumentech'),
        h('div', { class: 'search-row' }, input, h('button', { type: 'submit' }, 'Hledat')),
        h('p', { id: 'q-hint', class: 'hint' }, 'Na diakritice a velikosti písmen nezáleží: „azylovy dum“ najde „azylový dům“. Výsledky se ukazují během psaní.'),
      );
      replace(
        main,
        h(
          'div',
          { class: 'search-view' },
          h('h1', null, 'Hledání v dokumentech'),
          form,
          h('div', { class: 'search-layout' }, h('aside', { class: 'facets-aside', 'aria-label': 'Filtry' }, facetBox), h('section', { class: 'results', 'aria-labelledby': 'results-heading' }, h('div', { class: 'results-head' }, h('h2', { id: 'results-heading' }, 'Výsledky'), status, downloads), results)),
        ),
      );
      input.value = filtersFrom(url.search).q ?? '';
      await load(url);
    },
    update(url) {
      void load(url);
      return true;
    },
    unmount() {
      inflight?.abort();
      window.clearTimeout(timer);
    },
  };
}

/** The snippet with its matched words in <mark>, built from text nodes only. */
export function snippet(hit: Pick<SearchHit, 'snippet' | 'highlights'>): Child[] {
  const parts: Child[] = [];
  let at = 0;
  const marks = [...(hit.highlights ?? [])].sort((a, b) => a.start - b.start);
  for (const { start, end } of marks) {
    if (start < at || end <= start || end > hit.snippet.length) continue;
    if (start > at) parts.push(hit.snippet.slice(at, start));
    parts.push(h('mark', null, hit.snippet.slice(start, end)));
    at = end;
  }
  parts.push(hit.snippet.slice(at));
  return parts;
}
