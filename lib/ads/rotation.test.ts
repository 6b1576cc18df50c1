import { describe, expect, it } from "vitest";
import { pickPerSlot, pickWeighted } from "./rotation";

const a = { id: "a", weight: 3 };
const b = { id: "b", weight: 1 };

describe("pickWeighted", () => {
  it("splits [0, 1) by weight", () => {
    expect(pickWeighted([a, b], () => 0)).toBe(a);
    expect(pickWeighted([a, b], () => 0.749)).toBe(a);
    expect(pickWeighted([a, b], () => 0.75)).toBe(b);
    expect(pickWeighted([a, b], () => 0.999999)).toBe(b);
  });

  it("never picks an item weighing nothing, and gives null for nothing to pick", () => {
    const off = { id: "off", weight: 0 };
    expect(pickWeighted([off, b], () => 0)).toBe(b);
    expect(pickWeighted([off], () => 0.5)).toBeNull();
    expect(pickWeighted([], () => 0.5)).toBeNull();
  });

  it("keeps the top of the range even when random() misbehaves", () => {
    expect(pickWeighted([a, b], () => 1)).toBe(b);
  });

  it("shows each creative about as often as its weight says", () => {
    // A fixed sequence spread evenly over [0, 1): exactly the expected shares.
    let i = 0;
    const even = () => (i++ % 1000) / 1000;
    const wins = { a: 0, b: 0 };
    for (let n = 0; n < 1000; n++) wins[pickWeighted([a, b], even)!.id as "a" | "b"]++;
    expect(wins).toEqual({ a: 750, b: 250 });
  });
});

describe("pickPerSlot", () => {
  it("fills each slot that has a creative, once", () => {
    const list = [
      { id: 1, slot: "sidebar", weight: 1 },
      { id: 2, slot: "sidebar", weight: 1 },
      { id: 3, slot: "leaderboard", weight: 2 },
    ];
    const picked = pickPerSlot(list, () => 0.6);
    expect(picked).toEqual({ sidebar: list[1], leaderboard: list[2] });
    expect(pickPerSlot([], () => 0)).toEqual({});
  });
});
