import { describe, expect, it } from "vitest";
import { flushTally, flushTallySync, hourBucket, ViewTally, type ViewRow } from "./tally";

const at = (iso: string) => Date.parse(iso);

describe("hourBucket", () => {
  it("floors to the UTC hour, which is also the WIB hour", () => {
    expect(hourBucket(at("2026-11-28T01:59:59.999Z"))).toBe(at("2026-11-28T01:00:00Z"));
    expect(hourBucket(at("2026-11-28T02:00:00Z"))).toBe(at("2026-11-28T02:00:00Z"));
  });
});

describe("ViewTally", () => {
  it("adds up views per article and hour", () => {
    const t = new ViewTally();
    t.add(1, at("2026-11-28T01:05:00Z"));
    t.add(1, at("2026-11-28T01:55:00Z"));
    t.add(2, at("2026-11-28T01:10:00Z"));
    t.add(1, at("2026-11-28T02:00:00Z"));
    expect(t.pending).toBe(4);
    expect(t.take()).toEqual([
      { articleId: 1, bucketStart: at("2026-11-28T01:00:00Z"), views: 2 },
      { articleId: 2, bucketStart: at("2026-11-28T01:00:00Z"), views: 1 },
      { articleId: 1, bucketStart: at("2026-11-28T02:00:00Z"), views: 1 },
    ]);
  });

  it("starts afresh after take, and restore merges rows back with later views", () => {
    const t = new ViewTally();
    t.add(1, at("2026-11-28T01:05:00Z"));
    const taken = t.take();
    expect(t.pending).toBe(0);
    t.add(1, at("2026-11-28T01:06:00Z"));
    t.restore(taken);
    expect(t.take()).toEqual([{ articleId: 1, bucketStart: at("2026-11-28T01:00:00Z"), views: 2 }]);
  });
});

describe("flushTally", () => {
  it("writes what the tally holds and empties it", async () => {
    const tally = new ViewTally();
    tally.add(7, Date.UTC(2026, 0, 1, 10, 5));
    const written: ViewRow[][] = [];
    expect(await flushTally(tally, async (rows) => void written.push(rows))).toHaveLength(1);
    expect(written).toHaveLength(1);
    expect(tally.pending).toBe(0);
  });

  it("puts the rows back when the write fails, so nothing counted is lost", async () => {
    const tally = new ViewTally();
    tally.add(7, Date.UTC(2026, 0, 1, 10, 5));
    tally.add(7, Date.UTC(2026, 0, 1, 10, 6));
    await expect(
      flushTally(tally, async () => {
        throw new Error("database is locked");
      }),
    ).rejects.toThrow("database is locked");
    expect(tally.take()).toEqual([{ articleId: 7, bucketStart: Date.UTC(2026, 0, 1, 10), views: 2 }]);
  });

  it("does the same synchronously for the exit hook", () => {
    const tally = new ViewTally();
    tally.add(7, Date.UTC(2026, 0, 1, 10, 5));
    expect(() =>
      flushTallySync(tally, () => {
        throw new Error("database is locked");
      }),
    ).toThrow("database is locked");
    const written: ViewRow[][] = [];
    expect(flushTallySync(tally, (rows) => void written.push(rows))).toHaveLength(1);
    expect(written).toEqual([[{ articleId: 7, bucketStart: Date.UTC(2026, 0, 1, 10), views: 1 }]]);
  });
});
