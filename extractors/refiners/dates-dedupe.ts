import type { DateItem } from '../../schema/index.js';
import type { Refiner } from '../types.js';

/** One item per date and role; of overlapping findings of the same date the first stays. */
export const datesDedupe: Refiner = {
  id: 'dates-dedupe',
  refine(fields) {
    const seen = new Set<string>();
    const dates: DateItem[] = [];
    for (const d of fields.dates) {
      const key = `${d.date}|${d.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      dates.push(d);
    }
    return { ...fields, dates };
  },
};
