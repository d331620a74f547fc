/**
 * Where a run spends its time, stage by stage, when SPISOVNA_TIMING is set: each worker adds up the
 * milliseconds of its stages (read, normalise, extract, checks, validate) and sends them with each
 * result; ingest prints the totals. Off, it costs one check per stage.
 */
const ON = Boolean(process.env.SPISOVNA_TIMING);
let totals: Record<string, number> = {};

export function timed<T>(stage: string, fn: () => T): T {
  if (!ON) return fn();
  const t = performance.now();
  try {
    return fn();
  } finally {
    totals[stage] = (totals[stage] ?? 0) + performance.now() - t;
  }
}

export async function timedAsync<T>(stage: string, fn: () => Promise<T>): Promise<T> {
  if (!ON) return fn();
  const t = performance.now();
  try {
    return await fn();
  } finally {
    totals[stage] = (totals[stage] ?? 0) + performance.now() - t;
  }
}

/** The stage times since the last call, or undefined when timing is off. */
export function takeStageTimes(): Record<string, number> | undefined {
  if (!ON) return undefined;
  const t = totals;
  totals = {};
  return t;
}

export function addStageTimes(into: Record<string, number>, times: Record<string, number> | undefined): void {
  if (times) for (const [k, v] of Object.entries(times)) into[k] = (into[k] ?? 0) + v;
}
