import type { Refiner } from '../types.js';

/**
 * A date that is one end of a period ("1.9.2017 – 30. 9. 2018") is no date of its own: the period holds it.
 */
export const datesInPeriods: Refiner = {
  id: 'dates-in-periods',
  refine(fields) {
    const spans = fields.periods.map((p) => [p.evidence.start, p.evidence.end] as const);
    const inside = (s: number, e: number) => spans.some(([a, b]) => s >= a && e <= b);
    return { ...fields, dates: fields.dates.filter((d) => !inside(d.evidence.start, d.evidence.end)) };
  },
};
