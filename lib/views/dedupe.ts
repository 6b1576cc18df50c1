/**
 * Remembers which keys were seen in the last `windowMs`, in bounded memory. Every entry
 * lives exactly `windowMs`, so the Map's insertion order is also expiry order: expired
 * entries are always at the front and pruning never scans the whole map. When more than
 * `maxEntries` are live the oldest are dropped early; such a visitor may count again
 * before the window ends, which is the price of never running out of memory.
 */
export class DedupeWindow {
  private readonly expiries = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly maxEntries: number,
  ) {}

  /**
   * True (and remembers `keys[0]`) when none of `keys` was seen within the window;
   * false for a repeat. Several keys let a visitor be recognised under yesterday's salt.
   */
  admit(keys: string[], now: number): boolean {
    this.prune(now);
    if (keys.some((k) => this.expiries.has(k))) return false;
    this.expiries.set(keys[0], now + this.windowMs);
    while (this.expiries.size > this.maxEntries) this.expiries.delete(this.expiries.keys().next().value!);
    return true;
  }

  get size(): number {
    return this.expiries.size;
  }

  private prune(now: number): void {
    for (const [key, expiry] of this.expiries) {
      if (expiry > now) break;
      this.expiries.delete(key);
    }
  }
}
