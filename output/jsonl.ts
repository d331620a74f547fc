/** One JSON value per line, in the order given; keys keep their insertion order, so output is stable. */
export function toJsonl(items: readonly unknown[]): string {
  return items.map((item) => JSON.stringify(item)).join('\n') + (items.length ? '\n' : '');
}

export function parseJsonl<T>(text: string, parse: (value: unknown, line: number) => T): T[] {
  return text
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => parse(JSON.parse(line), n));
}
