/** A failure as counted: its time here, or whatever a shared counter needs to take it back. */
export type FailureMark = number | string;

/** The answer of tryFailure: turned away for this long, or counted (`mark` takes it back). */
export type FailureTry = { locked: true; retryAfterMs: number } | { locked: false; mark: FailureMark };

/**
 * What LoginGuard counts failures with: this file's in-memory limiter on one server, or one shared by
 * every instance (server/shared-login.ts). tryFailure checks and counts in one step, so that guesses
 * arriving together cannot all pass the check before any of them is counted.
 */
export type FailureCounter = {
  tryFailure(key: string): FailureTry | Promise<FailureTry>;
  forget(key: string, mark: FailureMark): void | Promise<void>;
  reset(key: string): void | Promise<void>;
};

/**
 * Counts failures per key in a sliding window, in memory. Login checks it before the
 * (deliberately slow) password hash runs, so a brute-force attempt is turned away cheaply
 * and never competes with readers for the CPU.
 */
export class FailureLimiter implements FailureCounter {
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

  /** Counts a failure now; returns its time, for forget(). */
  recordFailure(key: string): number {
    const list = this.recent(key);
    const at = this.now();
    list.push(at);
    this.failures.set(key, list);
    // Bound memory under a flood of distinct keys: forget the oldest entries.
    if (this.failures.size > 50_000) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    return at;
  }

  /** Counts a failure unless the key is already at its limit. */
  tryFailure(key: string): FailureTry {
    const retryAfterMs = this.retryAfterMs(key);
    return retryAfterMs > 0 ? { locked: true, retryAfterMs } : { locked: false, mark: this.recordFailure(key) };
  }

  /** Takes back one failure counted at `at` (an attempt counted before its outcome was known). */
  forget(key: string, at: FailureMark): void {
    const list = this.failures.get(key);
    if (typeof at !== "number") return;
    const i = list?.indexOf(at) ?? -1;
    if (i < 0) return;
    list!.splice(i, 1);
    if (list!.length === 0) this.failures.delete(key);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
