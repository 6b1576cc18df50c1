import { describe, expect, it } from "vitest";
import { hourBucket, ViewTally } from "./tally";

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
