import type { DocumentRecord } from '../../../schema/record.js';
import type { Evidence } from '../../../schema/evidence.js';
import { api, ApiError } from '../api.js';
import { h, isSafeHref, replace, type Child } from '../dom.js';
import { segment, primary, type Span } from '../highlight.js';
import {
  CONTACT, DATE_ROLE, MONEY_LABEL, FIELD, FIELD_ONE, GOAL_KIND, IDENTIFIER, KIND, PERIOD_ROLE, PERSON_ROLE, PLACE_LEVEL, RULE, SEVERITY,
  czDate, label, money, plural,
} from '../labels.js';
import type { Router, View } from '../main.js';
import { parseRange } from '../state.js';

/** One line of the side list: what was extracted, and where the text says it. */
interface Item {
  field: string;
  key: string;
  text: Child[];
  /** the value as one line, for the highlight's title */
  summary: string;
  evidence: Evidence[];
}

/** Fields shown, in this order, each with a colour in app.css (.ev-<field>). */
const FIELDS = ['flags', 'money', 'percentages', 'dates', 'periods', 'people', 'goals', 'identifiers', 'contacts', 'places', 'organisations', 'serviceTypes', 'targetGroups'] as const;
/** Fields marked in the text by default; the rest are listed beside it and marked on request. */
const MARKED_BY_DEFAULT = new Set(['flags', 'money', 'percentages', 'dates', 'periods', 'people', 'goals']);

export function recordView(router: Router, id: string): View {
  let textBox: HTMLElement;
  let text = '';
  let items: Item[] = [];
  const shown = new Set<string>(MARKED_BY_DEFAULT);
  let onHash: (() => void) | undefined;

  function renderText(): void {
    const spans: Span[] = [];
    for (const item of items) {
      if (!shown.has(item.field)) continue;
      for (const ev of item.evidence) spans.push({ start: ev.start, end: ev.end, type: item.field, label: `${label(FIELD_ONE, item.field)}: ${item.summary}`, key: item.key });
    }
    const target = parseRange(location.hash);
    if (target) spans.push({ ...target, type: 'target', label: label(FIELD_ONE, 'target'), key: 'target' });
    const nodes: Child[] = [];
    for (const seg of segment(text.length, spans)) {
      const piece = text.slice(seg.start, seg.end);
      if (!seg.spans.length) {
        nodes.push(piece);
        continue;
      }
      const isTarget = seg.spans.some((s) => s.type === 'target');
      const fields = seg.spans.filter((s) => s.type !== 'target');
      const top = primary(fields);
      const classes = ['ev'];
      if (top) classes.push(`ev-${top.type}`);
      if (new Set(fields.map((s) => s.type)).size > 1) classes.push('ev-overlap');
      if (isTarget) classes.push('is-target');
      nodes.push(
        h(
          'mark',
          { class: classes.join(' '), 'data-start': seg.start, 'data-end': seg.end, 'data-fields': [...new Set(fields.map((s) => s.type))].join(' '), title: seg.spans.map((s) => s.label).join('\n') },
          piece,
        ),
      );
    }
    replace(textBox, nodes);
  }

  function showTarget(focus: boolean): void {
    renderText();
    const first = textBox.querySelector<HTMLElement>('mark.is-target');
    if (!first) return;
    first.tabIndex = -1;
    first.scrollIntoView({ block: 'center' });
    if (focus) first.focus({ preventScroll: true });
    const range = parseRange(location.hash)!;
    router.announce(`Zvýrazněno místo v textu: ${text.slice(range.start, range.end).slice(0, 120)}`);
  }

  return {
    name: 'record',
    async mount(main) {
      replace(main, h('p', { class: 'loading' }, 'Načítám dokument…'));
      let record: DocumentRecord;
      try {
        record = (await api.record(id)).record;
      } catch (err) {
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) {
          document.title = 'Dokument nenalezen – Spisovna';
          replace(main, h('h1', null, 'Dokument nenalezen'), h('p', null, err.message), h('p', null, h('a', { href: router.lastSearch }, '← Zpět na výsledky')));
          return;
        }
        throw err;
      }
      try {
        text = (await api.text(id)).text;
      } catch {
        text = '';
      }
      items = itemsOf(record);
      document.title = `${record.title || 'Dokument'} – Spisovna`;
      textBox = h('div', { class: 'doc-text', id: 'doc-text', tabindex: 0, 'aria-label': 'Text dokumentu se zvýrazněnými údaji' });

      const legend = h(
        'fieldset',
        { class: 'legend' },
        h('legend', null, 'Zvýraznit v textu'),
        FIELDS.filter((f) => items.some((i) => i.field === f)).map((field) => {
          const count = items.filter((i) => i.field === field).length;
          const box = h('input', {
            type: 'checkbox',
            checked: shown.has(field),
            on: {
              change: (e: Event) => {
                if ((e.target as HTMLInputElement).checked) shown.add(field);
                else shown.delete(field);
                renderText();
              },
            },
          });
          return h('label', { class: `legend-item ev-${field}` }, box, h('span', { class: 'swatch', 'aria-hidden': 'true' }), ` ${label(FIELD, field)} (${count})`);
        }),
      );

      const side = h(
        'aside',
        { class: 'fields', 'aria-labelledby': 'fields-heading' },
        h('h2', { id: 'fields-heading' }, 'Vytěžené údaje'),
        items.length ? null : h('p', { class: 'muted' }, 'Z dokumentu se nepodařilo vytěžit žádné údaje.'),
        FIELDS.map((field) => {
          const list = items.filter((i) => i.field === field);
          if (!list.length) return null;
          return h(
            'section',
            { class: `field field-${field}` },
            h('h3', null, `${label(FIELD, field)} `, h('span', { class: 'count' }, String(list.length))),
            h(
              'ul',
              null,
              list.map((item) =>
                h(
                  'li',
                  { class: `item ev-${field}` },
                  h('span', { class: 'swatch', 'aria-hidden': 'true' }),
                  h('span', { class: 'item-text' }, item.text),
                  item.evidence.length
                    ? h('span', { class: 'item-links' }, item.evidence.map((ev, i) => h('a', { href: `#${ev.start}-${ev.end}`, class: 'to-text', 'aria-label': `Ukázat v textu: ${ev.text}` }, item.evidence.length > 1 ? `v textu ${i + 1}` : 'v textu')))
                    : null,
                ),
              ),
            ),
          );
        }),
      );

      const t = record.territory;
      const meta: Child[] = [h('span', { class: `kind kind-${record.kind}` }, label(KIND, record.kind))];
      if (t) meta.push(' · ', `${t.name}${t.kraj && t.kraj !== t.name ? ` (${t.kraj})` : ''}`);
      meta.push(' · ', plural(record.text.words, 'slovo', 'slova', 'slov'));
      if (record.flags.length) meta.push(' · ', h('a', { href: '#flags-list', class: 'flag-count' }, plural(record.flags.length, 'nesrovnalost', 'nesrovnalosti', 'nesrovnalostí')));

      replace(
        main,
        h(
          'article',
          { class: 'record-view' },
          h('p', { class: 'back' }, h('a', { href: router.lastSearch }, '← Zpět na výsledky')),
          h('h1', null, record.title || '(bez názvu)'),
          h('p', { class: 'meta' }, meta),
          h('p', { class: 'path' }, h('span', { class: 'sr-only' }, 'Soubor: '), record.source.path, ` (${record.source.format.toUpperCase()}, id ${record.id})`),
          h(
            'div',
            { class: 'record-layout' },
            h('section', { class: 'text-panel', 'aria-labelledby': 'text-heading' }, h('h2', { id: 'text-heading' }, 'Text dokumentu'), legend, text ? textBox : h('p', { class: 'muted' }, 'Text dokumentu není k dispozici.')),
            side,
          ),
        ),
      );
      const flagsSection = side.querySelector('.field-flags');
      if (flagsSection) flagsSection.id = 'flags-list';
      if (text) {
        if (parseRange(location.hash)) showTarget(false);
        else renderText();
      }
      onHash = () => {
        if (parseRange(location.hash)) showTarget(true);
      };
      window.addEventListener('hashchange', onHash);
    },
    update(url) {
      // the same record with another evidence range
      if (parseRange(url.hash)) showTarget(true);
      return true;
    },
    unmount() {
      if (onHash) window.removeEventListener('hashchange', onHash);
    },
  };
}

function itemsOf(r: DocumentRecord): Item[] {
  const items: Item[] = [];
  const add = (field: string, i: number, text: Child[], summary: string, evidence: Evidence[]) => items.push({ field, key: `${field}-${i}`, text, summary, evidence });
  const small = (s: string | undefined) => (s ? h('span', { class: 'role' }, s) : null);

  r.flags.forEach((f, i) =>
    add(
      'flags',
      i,
      [h('span', { class: `badge sev-${f.severity}` }, label(SEVERITY, f.severity)), ' ', h('strong', null, label(RULE, f.rule)), ' ', h('code', null, f.rule), h('br'), f.message],
      `${label(RULE, f.rule)} – ${f.message}`,
      f.evidence,
    ),
  );
  r.money.forEach((m, i) => {
    const value = `${m.approximate ? 'cca ' : ''}${money(m.amount, m.currency)}${m.share !== undefined ? ` (${m.share.toLocaleString('cs-CZ')} %)` : ''}`;
    const what = m.label ? label(MONEY_LABEL, m.label) : undefined;
    add('money', i, [h('strong', null, value), ' ', small(what)], `${value}${what ? ` (${what})` : ''}`, [m.evidence]);
  });
  r.percentages.forEach((p, i) => add('percentages', i, [h('strong', null, `${p.value.toLocaleString('cs-CZ')} %`)], `${p.value} %`, [p.evidence]));
  r.dates.forEach((d, i) => {
    const extra = [d.invalid ? 'neexistující datum' : undefined, d.inferred?.length ? 'rok nebo měsíc odvozen' : undefined].filter(Boolean).join(', ');
    add('dates', i, [h('strong', null, czDate(d.date)), ' ', small(label(DATE_ROLE, d.role)), extra ? h('span', { class: 'note' }, ` (${extra})`) : null], `${czDate(d.date)} (${label(DATE_ROLE, d.role)})`, [d.evidence]);
  });
  r.periods.forEach((p, i) => {
    const value = `${czDate(p.from)} – ${czDate(p.to)}`;
    add('periods', i, [h('strong', null, value), ' ', small(label(PERIOD_ROLE, p.role)), p.subject ? h('span', { class: 'subject' }, h('br'), p.subject) : null], value, [p.evidence]);
  });
  r.people.forEach((p, i) => {
    const name = [...(p.titles ?? []), p.name].join(' ');
    add('people', i, [h('strong', null, name), ' ', small(label(PERSON_ROLE, p.role))], `${p.name} (${label(PERSON_ROLE, p.role)})`, [p.evidence]);
  });
  r.goals.forEach((g, i) => add('goals', i, [g.kind ? h('span', { class: 'role' }, label(GOAL_KIND, g.kind)) : null, g.kind ? ' ' : null, g.text], g.text.slice(0, 140), [g.evidence]));
  r.identifiers.forEach((x, i) => add('identifiers', i, [h('strong', null, x.value), ' ', small(label(IDENTIFIER, x.type))], x.value, [x.evidence]));
  r.contacts.forEach((c, i) => add('contacts', i, [contactNode(c.type, c.value), ' ', small(label(CONTACT, c.type))], c.value, [c.evidence]));
  r.places.forEach((p, i) => add('places', i, [h('strong', null, p.name), ' ', small(label(PLACE_LEVEL, p.level)), p.kraj && p.kraj !== p.name ? ` (${p.kraj})` : null], p.name, [p.evidence]));
  r.organisations.forEach((o, i) => add('organisations', i, [o.name], o.name, [o.evidence]));
  r.serviceTypes.forEach((s, i) => add('serviceTypes', i, [s.name], s.name, [s.evidence]));
  r.targetGroups.forEach((g, i) => add('targetGroups', i, [g.name], g.name, [g.evidence]));
  return items;
}

/** A web or e-mail contact becomes a link only when it is plainly http(s) or an address; never javascript: and the like. */
function contactNode(type: string, value: string): Child {
  let link: string | undefined;
  if (type === 'email' && /^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/u.test(value)) link = `mailto:${value}`;
  if (type === 'web') {
    const candidate = /^https?:\/\//iu.test(value) ? value : /^[\p{L}\p{N}.-]+\.[\p{L}]{2,}(?:[/?#]\S*)?$/u.test(value) ? `https://${value}` : undefined;
    if (candidate && isSafeHref(candidate)) link = candidate;
  }
  return link ? h('a', { href: link, rel: 'noopener noreferrer nofollow', target: '_blank' }, value) : h('strong', null, value);
}
