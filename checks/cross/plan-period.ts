import type { CrossFlag } from '../../schema/config.js';
import { allPeriods, periodsConflict, plausiblePeriod, showPeriod, type PeriodSpan } from '../periods.js';
import { sameSubject, subjectBefore, type Subject } from '../subject.js';
import { overlaps } from '../util.js';
import { components, type CrossContext, type CrossRule } from './types.js';

const ID = 'plan-period-conflict';

interface Mention {
  record: number;
  span: PeriodSpan;
  subject: Subject;
}

/**
 * plan-period-conflict: the same municipality's plan given different periods in two documents ("Komunitní plán
 * péče SO ORP Ústí nad Labem 2018–2021" here, "… 2017–2021" there). Documents must share their main territory;
 * names and periods are compared as period-conflict does within one document. A period a document already
 * contradicts itself about (period-conflict, period-order) is left to that flag.
 */
export const planPeriodConflict: CrossRule = {
  id: ID,
  severity: 'warning',
  description: "the same municipality's plan given two different periods in two documents",
  check(ctx: CrossContext) {
    const mentions: Mention[] = [];
    ctx.records.forEach((record, index) => {
      const text = ctx.texts.get(record.id);
      if (!text || !record.territory) return;
      const flagged = record.flags.filter((f) => f.rule === 'period-conflict' || f.rule === 'period-order').flatMap((f) => f.evidence);
      for (const span of allPeriods({ text }, record.periods)) {
        if (!plausiblePeriod(span) || flagged.some((e) => overlaps(e, span.evidence))) continue;
        const subject = subjectBefore(text, span.evidence.start);
        if (subject) mentions.push({ record: index, span, subject });
      }
    });
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < mentions.length; i++) {
      for (let j = i + 1; j < mentions.length; j++) {
        const a = mentions[i];
        const b = mentions[j];
        if (a.record === b.record) continue;
        if (ctx.records[a.record].territory?.name !== ctx.records[b.record].territory?.name) continue;
        if (periodsConflict(a.span, b.span) && sameSubject(a.subject, b.subject)) pairs.push([i, j]);
      }
    }
    return components(mentions.length, pairs).map((group): CrossFlag => {
      const members = group.map((i) => mentions[i]);
      const byRecord = new Map<number, Mention[]>();
      for (const m of members) byRecord.set(m.record, [...(byRecord.get(m.record) ?? []), m]);
      const periods = [...new Set(members.map((m) => showPeriod(m.span.from, m.span.to)))];
      return {
        rule: ID,
        severity: planPeriodConflict.severity,
        message: `„${members[0].subject.text}“ má v různých dokumentech různá období: ${periods.join(' × ')}`,
        documents: [...byRecord].map(([index, ms]) => ({
          id: ctx.records[index].id,
          path: ctx.records[index].source.path,
          evidence: ms.map((m) => m.span.evidence),
        })),
      };
    });
  },
};
