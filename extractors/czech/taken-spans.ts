/**
 * Parts of a text that a finding already took, as a mask over its characters: checking and taking a span
 * costs its length, so that a long document with thousands of findings stays linear.
 */
export class TakenSpans {
  private readonly mask: Uint8Array;

  constructor(length: number) {
    this.mask = new Uint8Array(length + 1);
  }

  /** whether no character of [start, end) is taken */
  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.mask[i]) return false;
    return true;
  }

  take(start: number, end: number): void {
    this.mask.fill(1, start, end);
  }
}
