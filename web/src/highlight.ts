/** A stretch of the text to mark: what it is and where the evidence says it stands. */
export interface Span {
  start: number;
  end: number;
  /** field name (dates, money, flags, …) or "target" for the range in the address */
  type: string;
  /** what the reader sees on hover and in the side list: "datum: 17. 10. 2017 (jednání)" */
  label: string;
  /** the field item it comes from, to link the list and the text */
  key: string;
}

/** A piece of text between two boundaries, with every span that covers it. */
export interface Segment {
  start: number;
  end: number;
  spans: Span[];
}

/**
 * Cuts the text at every span boundary, so that overlapping and nested spans become a flat run of segments,
 * each knowing all spans that cover it. Spans outside the text are clipped; empty ones are dropped.
 */
export function segment(length: number, spans: readonly Span[]): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let open: Span[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    open = open.filter((s) => s.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      if (byStart[next]!.end > start) open.push(byStart[next]!);
      next++;
    }
    segments.push({ start, end, spans: [...open] });
  }
  return segments;
}

/** Which colour wins where spans overlap: a flag first, then the address's target, then by field. */
export const PRIORITY = ['target', 'flags', 'money', 'percentages', 'dates', 'periods', 'people', 'goals', 'identifiers', 'contacts', 'places', 'organisations', 'serviceTypes', 'targetGroups'];

export function primary(spans: readonly Span[]): Span | undefined {
  let best: Span | undefined;
  let rank = Infinity;
  for (const s of spans) {
    const r = PRIORITY.indexOf(s.type);
    const rr = r < 0 ? PRIORITY.length : r;
    if (rr < rank) {
      rank = rr;
      best = s;
    }
  }
  return best;
}
