/**
 * Remembers computed values for at most `maxAgeMs`, keyed by string. A value is reused
 * only while `0 <= now - computedAt < maxAgeMs`, so a clock that moves backwards (or a
 * caller asking about another moment) recomputes instead of serving the wrong time.
 * A `maxAgeMs` of 0 computes every time.
 */
export class TtlMemo<V> {
  private readonly entries = new Map<string, { value: V; computedAt: number }>();

  constructor(private readonly maxAgeMs: number) {}

  get(key: string, now: Date, compute: (now: Date) => V): { value: V; computedAt: Date } {
    const hit = this.entries.get(key);
    const age = hit ? now.getTime() - hit.computedAt : -1;
    if (hit && age >= 0 && age < this.maxAgeMs) return { value: hit.value, computedAt: new Date(hit.computedAt) };
    const value = compute(now);
    if (this.maxAgeMs > 0) this.entries.set(key, { value, computedAt: now.getTime() });
    return { value, computedAt: now };
  }

  /** Forgets one key, e.g. a value that turned out to be a failure. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
