/**
 * Progress on stderr: on a terminal a bar redrawn at most ten times a second, with files done, the rate
 * (files and MB a second) and the time left; otherwise a line per 10 %; nothing when quiet.
 */
export class Progress {
  private done = 0;
  private bytes = 0;
  private lastDecile = 0;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly quiet = false,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** One file done, of `bytes` bytes. */
  tick(bytes = 0): void {
    this.done++;
    this.bytes += bytes;
    if (this.quiet || this.total === 0) return;
    const line = this.line();
    if (this.stream.isTTY) {
      const t = this.now();
      if (t - this.lastDraw < 100 && this.done < this.total) return;
      this.lastDraw = t;
      this.stream.write(`\r${line}\x1b[K`);
      if (this.done === this.total) this.stream.write('\n');
    } else {
      const decile = Math.floor((this.done / this.total) * 10);
      if (decile > this.lastDecile) {
        this.lastDecile = decile;
        this.stream.write(`spisovna: ${line}\n`);
      }
    }
  }

  /** `[#####.....] 120/300 files (40 %) · 35.2 files/s · 4.1 MB/s · 5 s left` */
  line(): string {
    const elapsed = Math.max(1e-3, (this.now() - this.started) / 1000);
    const rate = this.done / elapsed;
    const left = rate > 0 ? (this.total - this.done) / rate : 0;
    const width = 24;
    const filled = Math.min(width, Math.round((this.done / this.total) * width));
    const pct = Math.floor((this.done / this.total) * 100);
    const bar = this.stream.isTTY ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
    return `${bar}${this.done}/${this.total} files (${pct} %) · ${rate.toFixed(1)} files/s · ${(this.bytes / 1e6 / elapsed).toFixed(1)} MB/s · ${formatDuration(left)} left`;
  }
}

export function formatDuration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
