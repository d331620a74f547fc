/** Progress on stderr: a bar on a terminal, a line per 10 % otherwise, nothing when quiet. */
export class Progress {
  private done = 0;
  private lastDecile = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly quiet = false,
  ) {}

  tick(): void {
    this.done++;
    if (this.quiet || this.total === 0) return;
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : 0;
    if (this.stream.isTTY) {
      const width = 30;
      const filled = Math.round((this.done / this.total) * width);
      this.stream.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} files · ${rate.toFixed(1)}/s · ${Math.ceil(left)} s left `,
      );
      if (this.done === this.total) this.stream.write('\n');
    } else {
      const decile = Math.floor((this.done / this.total) * 10);
      if (decile > this.lastDecile) {
        this.lastDecile = decile;
        this.stream.write(`spisovna: ${this.done}/${this.total} files (${decile * 10} %), ${rate.toFixed(1)} files/s\n`);
      }
    }
  }
}
