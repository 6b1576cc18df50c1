import type { RedisLink } from "./client.mjs";

/**
 * A counter every instance reads, for clearing an in-process memo on all of them (the Terpopuler memo):
 * `bump` on the instance that changed something, `changed` before each use of the memo elsewhere. One
 * GET per use, answered from Redis's memory.
 *
 * The bump goes out at once on the one connection, before the revalidations the same save sends at the
 * end of its action, so an instance that renders a page because of those revalidations already reads the
 * new generation. Redis down: `changed` says no (the memo's own age limit, 30 s at most, still applies)
 * and a bump is lost, which a memo that old can bear.
 */
export class SharedGeneration {
  private seen: string | null = null;

  constructor(
    private readonly link: RedisLink,
    private readonly key: string,
  ) {}

  /** Whether another instance (or this one) bumped the counter since the last call. */
  async changed(): Promise<boolean> {
    let current: string | null;
    try {
      current = (await this.link.client.get(this.key)) ?? "0";
    } catch {
      return false;
    }
    const changed = this.seen !== null && current !== this.seen;
    this.seen = current;
    return changed;
  }

  /**
   * Sends the INCR at once; the promise settles when Redis has it (never rejects). A save need not wait:
   * its revalidations follow on the same connection, after the bump. Another connection reading right
   * away may not see it yet, which is what a caller awaits the promise for.
   */
  bump(): Promise<void> {
    return this.link.client.incr(this.key).then(
      () => undefined,
      () => undefined,
    );
  }
}
