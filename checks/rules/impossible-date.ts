import type { Rule } from '../index.js';
import { MAX_YEAR, MIN_YEAR } from '../constants.js';
import { daysInMonth, isoOf, isRealDay, parseIsoDay, writtenDates, type Ymd } from '../dates.js';
import { makeFlag, overlaps } from '../util.js';

const ID = 'impossible-date';
const MONTHS_CS = ['leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen', 'listopad', 'prosinec'];

/**
 * impossible-date: a date that does not exist ("30. 2. 2021", "32. 1. 2015", "31. června 2018") or that names
 * an impossible year. Reads the text itself, so it does not depend on the date extractor keeping such dates;
 * a date the extractor marks `invalid` is reported too.
 */
export const impossibleDate: Rule = {
  id: ID,
  severity: 'error',
  description: 'a date that does not exist ("30. 2. 2021")',
  check({ doc, fields }) {
    const flags = [];
    const places: Array<{ start: number; end: number }> = [];
    for (const d of writtenDates(doc.text)) {
      const why = whyImpossible(d);
      if (!why) continue;
      places.push(d);
      flags.push(makeFlag({
        rule: ID,
        severity: impossibleDate.severity,
        message: `datum ${doc.text.slice(d.start, d.end)} (${isoOf(d)}) neexistuje: ${why}`,
        evidence: [{ text: doc.text.slice(d.start, d.end), start: d.start, end: d.end }],
        actual: doc.text.slice(d.start, d.end),
      }));
    }
    for (const d of fields.dates) {
      if (places.some((p) => overlaps(p, d.evidence))) continue;
      const ymd = parseIsoDay(d.date);
      const why = d.invalid ? (ymd && whyImpossible(ymd)) || 'takový den v kalendáři není' : ymd && whyImpossible(ymd);
      if (!why) continue;
      places.push(d.evidence);
      flags.push(makeFlag({
        rule: ID,
        severity: impossibleDate.severity,
        message: `datum ${d.evidence.text} (${d.date}) neexistuje: ${why}`,
        evidence: [d.evidence],
        actual: d.evidence.text,
      }));
    }
    return flags.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
  },
};

function whyImpossible(d: Ymd): string | undefined {
  if (d.year < MIN_YEAR || d.year > MAX_YEAR) return `rok ${d.year} není možný`;
  if (d.month < 1 || d.month > 12) return `měsíc ${d.month} neexistuje`;
  if (isRealDay(d)) return undefined;
  return `${MONTHS_CS[d.month - 1]} ${d.year} má ${daysInMonth(d.year, d.month)} dní`;
}
