import type { Flag } from '../../schema/index.js';
import type { Rule } from '../index.js';
import { WEEKDAY_CS, WEEKDAY_CS_ACC, WEEKDAY_ID } from '../constants.js';
import { isRealDay, parseIsoDay, weekdayBeside, weekdayOf, writtenDates, type Ymd } from '../dates.js';
import { makeFlag, overlaps } from '../util.js';

const ID = 'weekday-mismatch';

/**
 * weekday-mismatch: a named weekday that does not fall on its date ("v pondělí 14. 6. 2018", a Thursday).
 * Only dates whose year is written: a weekday that disagrees with a year we inferred says more about the
 * inference than about the document. Weekdays are computed on UTC dates.
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
        message: `${dateText} připadá na ${WEEKDAY_CS_ACC[actual]}, ne na ${WEEKDAY_CS_ACC[named]}`,
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
    // dates the extractor read with a weekday, in forms the text scan does not know
    for (const item of fields.dates) {
      if (!item.weekday || item.invalid || item.inferred?.includes('year')) continue;
      if (seen.some((s) => overlaps(s, item.evidence))) continue;
      const d = parseIsoDay(item.date);
      if (!d || !isRealDay(d)) continue;
      const named = WEEKDAY_ID.indexOf(item.weekday);
      const word = weekdayBeside(doc.text, item.evidence.start, item.evidence.end) ?? item.evidence;
      report(d, named, item.evidence, word);
    }
    return flags.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
  },
};
