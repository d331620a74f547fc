import type { Flag } from '../../schema/index.js';
import type { Rule } from '../index.js';
import { WEEKDAY_CS, WEEKDAY_CS_ACC, WEEKDAY_ID } from '../constants.js';
import { anchoredYear, czechDate, isoOf, isRealDay, parseIsoDay, weekdayBeside, weekdayOf, writtenDates, yearlessDates, type Ymd } from '../dates.js';
import { makeFlag, overlaps } from '../util.js';

const ID = 'weekday-mismatch';

/**
 * weekday-mismatch: a named weekday that does not fall on its date ("v pondělí 14. 6. 2018", a Thursday).
 * Dates with a written year are read from the text. A date written without one ("v úterý 21. září" in an article
 * published 26. 9. 2022) takes the year the document's own full dates settle (anchoredYear: one within three
 * months), and the message says the year was inferred. It is read from the text too, so it does not depend on
 * the date extractor keeping it. A year the extractor inferred that no date of the document settles counts only
 * when the weekday fits neither the year before nor the year after, since otherwise the inference is the likelier
 * mistake. Weekdays are computed on UTC dates.
 */
export const weekdayMismatch: Rule = {
  id: ID,
  severity: 'warning',
  description: 'a named weekday that does not match its date',
  check({ doc, fields }) {
    const flags: Flag[] = [];
    const seen: Array<{ start: number; end: number }> = [];
    const report = (d: Ymd, named: number, date: { start: number; end: number }, word: { start: number; end: number }, inferred?: string) => {
      const actual = weekdayOf(d);
      if (actual === named) return;
      const dateText = doc.text.slice(date.start, date.end);
      const why = inferred === undefined ? '' : `; rok ${d.year} odvozen${inferred ? ` z data ${inferred} v dokumentu` : ''}`;
      flags.push(makeFlag({
        rule: ID,
        severity: weekdayMismatch.severity,
        message: `${dateText} (${isoOf(d)}${why}) připadá na ${WEEKDAY_CS_ACC[actual]}, ne na ${WEEKDAY_CS_ACC[named]}`,
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
      const extracted = parseIsoDay(item.date);
      if (!extracted || !isRealDay(extracted) || item.inferred?.includes('month')) continue;
      const beside = weekdayBeside(doc.text, item.evidence.start, item.evidence.end);
      const named = item.weekday ? WEEKDAY_ID.indexOf(item.weekday) : beside?.weekday;
      if (named === undefined) continue;
      let d = extracted;
      let inferred: string | undefined;
      if (item.inferred?.includes('year')) {
        const anchored = anchoredYear(doc.text, d.day, d.month);
        if (anchored) {
          d = { ...d, year: anchored.year };
          inferred = czechDate(anchored.anchor);
        } else {
          // an inferred year no date of the document settles is trusted only when no neighbouring year fits the
          // weekday either: a weekday that fits the year before or after says the inference went wrong
          if ([d.year - 1, d.year + 1].some((year) => isRealDay({ ...d, year }) && weekdayOf({ ...d, year }) === named)) continue;
          inferred = '';
        }
      }
      seen.push(item.evidence);
      report(d, named, item.evidence, beside ?? item.evidence, inferred);
    }
    // dates written without a year that the extractor did not read, with the year the document's dates settle
    for (const dm of yearlessDates(doc.text)) {
      if (seen.some((s) => overlaps(s, dm))) continue;
      const w = weekdayBeside(doc.text, dm.start, dm.end);
      if (!w) continue;
      const anchored = anchoredYear(doc.text, dm.day, dm.month);
      if (!anchored) continue;
      seen.push(dm);
      report({ year: anchored.year, month: dm.month, day: dm.day }, w.weekday, dm, w, czechDate(anchored.anchor));
    }
    return flags.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
  },
};
