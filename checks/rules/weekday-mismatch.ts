import type { Flag } from '../../schema/index.js';
import type { Rule } from '../index.js';
import { WEEKDAY_CS, WEEKDAY_CS_ACC, WEEKDAY_ID } from '../constants.js';
import { isoOf, isRealDay, parseIsoDay, weekdayBeside, weekdayOf, writtenDates, type Ymd } from '../dates.js';
import { makeFlag, overlaps } from '../util.js';

const ID = 'weekday-mismatch';

/**
 * weekday-mismatch: a named weekday that does not fall on its date ("v pondělí 14. 6. 2018", a Thursday).
 * Dates with a written year are read from the text; a date whose year the extractor inferred ("ve čtvrtek
 * 15. 6." in minutes of 2017) counts only when the weekday fits neither the year before nor the year after,
 * since otherwise the inference is the likelier mistake. Weekdays are computed on UTC dates.
 */
export const weekdayMismatch: Rule = {
  id: ID,
  severity: 'warning',
  description: 'a named weekday that does not match its date',
  check({ doc, fields }) {
    const flags: Flag[] = [];
    const seen: Array<{ start: number; end: number }> = [];
    const report = (d: Ymd, named: number, date: { start: number; end: number }, word: { start: number; end: number }) => {
      const actual = weekdayOf(d);
      if (actual === named) return;
      const dateText = doc.text.slice(date.start, date.end);
      flags.push(makeFlag({
        rule: ID,
        severity: weekdayMismatch.severity,
        message: `${dateText} (${isoOf(d)}) připadá na ${WEEKDAY_CS_ACC[actual]}, ne na ${WEEKDAY_CS_ACC[named]}`,
        evidence: [{ text: doc.text.slice(word.start, word.end), start: word.start, end: word.end }, { text: dateText, start: date.start, end: date.end }],
        actual: WEEKDAY_CS[named],
        expected: WEEKDAY_CS[actual],
      }));
    };
    // dates as the text writes them, with a weekday beside them
    for (const d of writtenDates(doc.text)) {
      if (!isRealDay(d)) continue;
      const w = weekdayBeside(doc.text, d.start, d.end);
      if (!w) continue;
      seen.push(d);
      report(d, w.weekday, d, w);
    }
    // dates the extractor read, in forms the text scan does not know or with a year it inferred
    for (const item of fields.dates) {
      if (item.invalid || seen.some((s) => overlaps(s, item.evidence))) continue;
      const d = parseIsoDay(item.date);
      if (!d || !isRealDay(d) || item.inferred?.includes('month')) continue;
      const beside = weekdayBeside(doc.text, item.evidence.start, item.evidence.end);
      const named = item.weekday ? WEEKDAY_ID.indexOf(item.weekday) : beside?.weekday;
      if (named === undefined) continue;
      // an inferred year is trusted only when no neighbouring year fits the weekday either: a weekday that fits
      // the year before or after says the inference went wrong, not the document
      if (item.inferred?.includes('year') && [d.year - 1, d.year + 1].some((year) => isRealDay({ ...d, year }) && weekdayOf({ ...d, year }) === named)) continue;
      seen.push(item.evidence);
      report(d, named, item.evidence, beside ?? item.evidence);
    }
    return flags.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
  },
};
