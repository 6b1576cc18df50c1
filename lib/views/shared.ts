import { wibDay } from "./visitor";

/**
 * Counting shared by every instance (with REDIS_URL; server/shared-counts.ts keeps it in Redis). Each
 * method rejects when the store cannot be reached, and the recorders then count in this instance's
 * memory instead, as on a single server: a reader's beacon never fails because of it.
 */
export type SharedCounts = {
  /** The salts every instance recognises a visitor by at `now`: today's, and yesterday's within `overlapMs` of midnight. */
  saltsAt(now: Date, overlapMs: number): Promise<string[]>;
  /**
   * Adds 1 to `field` of the tally `name` when none of `seenKeys` was seen within `windowMs`, and remembers
   * `seenKeys[0]` for that long; resolves to false for a repeat. Once it resolves, the count is kept.
   */
  countOnce(name: string, field: string, seenKeys: string[], windowMs: number): Promise<boolean>;
  /** Adds 1 to each of `fields` of the tally `name`. */
  add(name: string, fields: string[]): Promise<void>;
  /**
   * Moves what the tally holds into the database, when no other instance is doing it: `write` gets the
   * counts by field and rejects to have them kept. Resolves to how many counts went out.
   */
  drain(name: string, write: (counts: Map<string, number>) => Promise<void>): Promise<number>;
};

/**
 * The WIB days whose salts count at `now`: today, and yesterday while `now` is within `overlapMs` of midnight.
 * @example saltDays(new Date("2026-11-27T17:10:00Z"), 30 * 60_000) // ["2026-11-28", "2026-11-27"]
 */
export function saltDays(now: Date, overlapMs: number): string[] {
  const today = wibDay(now);
  const before = wibDay(new Date(now.getTime() - overlapMs));
  return before === today ? [today] : [today, before];
}
