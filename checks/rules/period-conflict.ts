import type { Flag } from '../../schema/index.js';
import type { Rule } from '../index.js';
import { allPeriods, periodsConflict, plausiblePeriod, showPeriod, type PeriodSpan } from '../periods.js';
import { sameSubject, subjectBefore, type Subject } from '../subject.js';
import { makeFlag } from '../util.js';

const ID = 'period-conflict';

interface Mention {
  span: PeriodSpan;
  subject: Subject;
}

/**
 * period-conflict: the same plan or project named with two different periods in one document (title
 * "… 2016–2019", body "… 2016–2020"). The name is read from the words right before each period; two names are
 * the same plan when sameSubject says so (so "5. Komunitní plán péče města …" and "Komunitní plán péče SO ORP …"
 * stay two plans). Periods that merely follow one another (2014–2017, then 2017–2021) are successive plans, not a
 * conflict: two periods conflict when they share a start or an end, or overlap by more than a boundary year.
 * Periods with an impossible year or in the wrong order are left to period-order.
 */
export const periodConflict: Rule = {
  id: ID,
  severity: 'warning',
  description: 'the same plan or project given two different periods in one document',
  check({ doc, fields }) {
    const mentions: Mention[] = [];
    for (const span of allPeriods(doc, fields.periods)) {
      if (!plausiblePeriod(span)) continue;
      const subject = subjectBefore(doc.text, span.evidence.start);
      if (subject) mentions.push({ span, subject });
    }
    // a bare "plán na období 2016–2020" ("Komunitní plán je zpracován na období …") is the plan of the document
    // when the document names only one plan of that head that has the bare mention's words too
    const named = mentions.filter((m) => m.subject.words.size > 1);
    for (const m of mentions) {
      if (m.subject.words.size > 1) continue;
      const same = named.filter((n) => n.subject.head === m.subject.head && [...m.subject.words].every((w) => n.subject.words.has(w)));
      if (same.length && same.every((n) => sameSubject(n.subject, same[0].subject))) m.subject = { ...same[0].subject, start: m.subject.start, text: m.subject.text };
    }
    // the same name with the same period, however often repeated, is one node; pairs of nodes are compared
    const nodes = new Map<string, Mention[]>();
    for (const m of mentions) {
      const key = `${m.span.from}/${m.span.to}/${m.subject.head}/${m.subject.ordinal ?? ''}/${[...m.subject.words].sort().join(' ')}`;
      const node = nodes.get(key);
      if (node) node.push(m);
      else nodes.set(key, [m]);
    }
    const list = [...nodes.values()];
    const parent = list.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
    const inConflict = new Set<number>();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i][0];
        const b = list[j][0];
        if (!periodsConflict(a.span, b.span) || !sameSubject(a.subject, b.subject)) continue;
        parent[root(j)] = root(i);
        inConflict.add(i).add(j);
      }
    }
    const components = new Map<number, Mention[]>();
    for (const i of [...inConflict].sort((x, y) => x - y)) {
      const r = root(i);
      const group = components.get(r);
      if (group) group.push(...list[i]);
      else components.set(r, [...list[i]]);
    }
    const flags: Flag[] = [];
    for (const group of components.values()) {
      // each distinct period once, at its first mention
      const distinct = new Map<string, Mention>();
      for (const m of [...group].sort((x, y) => x.span.evidence.start - y.span.evidence.start)) {
        const key = `${m.span.from}/${m.span.to}`;
        if (!distinct.has(key)) distinct.set(key, m);
      }
      const firsts = [...distinct.values()];
      const name = firsts[0].subject.text;
      flags.push(makeFlag({
        rule: ID,
        severity: periodConflict.severity,
        message: `„${name}“ má v dokumentu různá období: ${firsts.map((m) => m.span.evidence.text).join(' × ')}`,
        evidence: firsts.map((m) => m.span.evidence),
        expected: showPeriod(firsts[0].span.from, firsts[0].span.to),
        actual: firsts.slice(1).map((m) => showPeriod(m.span.from, m.span.to)).join(', '),
      }));
    }
    return flags;
  },
};
