import type { Rule } from '../index.js';
import { MAX_YEAR, MIN_YEAR } from '../constants.js';
import { allPeriods, showPeriod, yearOf } from '../periods.js';
import { makeFlag } from '../util.js';

/**
 * period-order: a period whose end precedes its start ("2019 – 2016"), or that names a year no plan can have
 * ("2014 – 1017", a typo for 2017).
 */
const ID = 'period-order';

export const periodOrder: Rule = {
  id: ID,
  severity: 'error',
  description: 'a period whose end precedes its start, or an impossible year',
  check({ doc, fields }) {
    return allPeriods(doc, fields.periods).flatMap(({ from, to, evidence }) => {
      const shown = showPeriod(from, to);
      const bad = [from, to].filter((p) => yearOf(p) < MIN_YEAR || yearOf(p) > MAX_YEAR);
      if (bad.length) {
        return [makeFlag({
          rule: ID,
          severity: periodOrder.severity,
          message: `období ${shown}: rok ${bad.map(yearOf).join(' a ')} není možný (rok má být mezi ${MIN_YEAR} a ${MAX_YEAR})`,
          evidence: [evidence],
          actual: `${from} – ${to}`,
        })];
      }
      if (to.slice(0, from.length) < from.slice(0, to.length)) {
        return [makeFlag({
          rule: ID,
          severity: periodOrder.severity,
          message: `období ${shown} končí dřív, než začíná`,
          evidence: [evidence],
          actual: `${from} – ${to}`,
        })];
      }
      return [];
    });
  },
};
