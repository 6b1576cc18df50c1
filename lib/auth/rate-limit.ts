/**
 * Counts failures per key in a sliding window, in memory. Login checks it before the
 * (deliberately slow) password hash runs, so a brute-force attempt is turned away cheaply
 * and never competes with readers for the CPU.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfterMs(key: string): number {
    const list = this.recent(key);
    if (list.length < this.maxFailures) return 0;
    return list[list.length - this.maxFailures] + this.windowMs - this.now();
  }

  recordFailure(key: string): void {
    const list = this.recent(key);
    list.push(this.now());
    this.failures.set(key, list);
    // Bound memory under a flood of distinct keys: forget the oldest entries.
    if (this.failures.size > 50_000) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
