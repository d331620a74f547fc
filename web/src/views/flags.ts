import type { FlagRow, FlagsResponse } from '../../../schema/http.js';
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { RULE, SEVERITY, label, plural } from '../labels.js';
import type { Router, View } from '../main.js';
import { evidenceHref, href } from '../state.js';

/** Every inconsistency the checks found, each with a link to its evidence in the document. */
export function flagsView(router: Router): View {
  let body: HTMLElement;
  let controls: HTMLElement;
  let inflight: AbortController | undefined;

  async function load(url: URL): Promise<void> {
    const params = new URLSearchParams();
    const rule = url.searchParams.get('rule') ?? '';
    const severity = url.searchParams.get('severity') ?? '';
    if (rule) params.set('rule', rule);
    if (severity) params.set('severity', severity);
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    let r: FlagsResponse;
    try {
      r = await api.flags(params, controller.signal);
    } catch (err) {
      if (controller.signal.aborted) return;
      replace(body, h('p', { class: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err)));
      return;
    }
    if (controller.signal.aborted) return;
    renderControls(r, rule, severity);
    const docs = new Set(r.flags.map((f) => f.id)).size;
    router.announce(`${plural(r.total, 'nesrovnalost', 'nesrovnalosti', 'nesrovnalostí')}`);
    replace(
      body,
      h('p', { class: 'status', role: 'status' }, r.total ? `${plural(r.total, 'nesrovnalost', 'nesrovnalosti', 'nesrovnalostí')} v ${plural(docs, 'dokumentu', 'dokumentech', 'dokumentech')}` : 'Žádné nesrovnalosti.'),
      r.flags.length ? h('ol', { class: 'flag-list' }, r.flags.map(renderFlag)) : null,
    );
  }

  function renderControls(r: FlagsResponse, rule: string, severity: string): void {
    const go = () => {
      const p = new URLSearchParams();
      if (ruleSelect.value) p.set('rule', ruleSelect.value);
      if (sevSelect.value) p.set('severity', sevSelect.value);
      router.navigate(href('/flags', p), { focus: false });
    };
    const ruleSelect = h(
      'select',
      { id: 'flag-rule', on: { change: go } },
      h('option', { value: '' }, 'všechna pravidla'),
      Object.entries(r.rules)
        .sort()
        .map(([id, n]) => h('option', { value: id, selected: id === rule }, `${label(RULE, id)} (${n})`)),
    );
    const sevSelect = h(
      'select',
      { id: 'flag-severity', on: { change: go } },
      h('option', { value: '' }, 'všechny'),
      ['error', 'warning', 'info'].map((s) => h('option', { value: s, selected: s === severity }, `${label(SEVERITY, s)} (${r.severities[s] ?? 0})`)),
    );
    replace(controls, h('label', { for: 'flag-rule' }, 'Pravidlo '), ruleSelect, ' ', h('label', { for: 'flag-severity' }, 'Závažnost '), sevSelect);
  }

  function renderFlag(f: FlagRow): HTMLElement {
    return h(
      'li',
      { class: `flag sev-${f.severity}` },
      h('p', { class: 'flag-head' }, h('span', { class: `badge sev-${f.severity}` }, label(SEVERITY, f.severity)), ' ', h('strong', null, label(RULE, f.rule)), ' ', h('code', null, f.rule)),
      h('p', { class: 'message' }, f.message),
      f.actual !== undefined || f.expected !== undefined
        ? h('p', { class: 'numbers' }, f.actual !== undefined ? `uvedeno: ${f.actual}` : null, f.actual !== undefined && f.expected !== undefined ? ' · ' : null, f.expected !== undefined ? `očekáváno: ${f.expected}` : null)
        : null,
      h('p', { class: 'doc' }, 'Dokument: ', h('a', { href: `/records/${encodeURIComponent(f.id)}` }, f.title || f.path), h('span', { class: 'path' }, ` ${f.path}`)),
      f.evidence.length
        ? h(
            'ul',
            { class: 'evidence' },
            f.evidence.map((ev) => h('li', null, h('q', null, ev.text), ' ', h('a', { href: evidenceHref(f.id, ev.start, ev.end), class: 'to-text' }, 'ukázat v textu'))),
          )
        : null,
    );
  }

  return {
    name: 'flags',
    async mount(main, url) {
      document.title = 'Nesrovnalosti – Spisovna';
      controls = h('div', { class: 'flag-controls' });
      body = h('div', { class: 'flags-body' });
      replace(
        main,
        h(
          'div',
          { class: 'flags-view' },
          h('h1', null, 'Nesrovnalosti v dokumentech'),
          h('p', { class: 'lead' }, 'Údaje, které si v dokumentu odporují: součty, podíly, období, dny v týdnu, počty a data. U každé je odkaz na místo v textu.'),
          controls,
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
