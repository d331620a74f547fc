/**
 * Admits files into flight: always the first `free` of them, more only while their bytes stay within
 * `budget` (the rest wait for one to leave). A large file waits until the window is empty enough.
 */
export class ByteWindow {
  private active = 0;
  private held = 0;
  private readonly waiting: Array<{ bytes: number; go: () => void }> = [];

  constructor(private readonly free: number, private readonly budget: number) {}

  enter(bytes: number): Promise<void> {
    if (this.admits(bytes)) {
      this.take(bytes);
      return Promise.resolve();
    }
    return new Promise((go) => this.waiting.push({ bytes, go }));
  }

  leave(bytes: number): void {
    this.active--;
    this.held -= bytes;
    while (this.waiting.length && this.admits(this.waiting[0].bytes)) {
      const next = this.waiting.shift()!;
      this.take(next.bytes);
      next.go();
    }
  }

  private admits(bytes: number): boolean {
    return this.active < this.free || this.held + bytes <= this.budget;
  }

  private take(bytes: number): void {
    this.active++;
    this.held += bytes;
  }
}
