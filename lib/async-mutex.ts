/**
 * A first-come, first-served lock for async work in one process: `run` waits until every
 * earlier holder has finished (resolved or rejected), then runs `fn` alone. The SQLite engine
 * keeps its write connection behind one, so that a transaction can await between statements
 * without another request's statements landing inside it.
 * @example
 * const lock = new AsyncMutex();
 * await Promise.all([lock.run(a), lock.run(b)]); // b starts only after a has settled
 */
export class AsyncMutex {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const before = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    this.waiting++;
    try {
      await before;
      return await fn();
    } finally {
      this.waiting--;
      release();
    }
  }

  /** Holders running or queued, for tests and diagnostics. */
  get pending(): number {
    return this.waiting;
  }
}
