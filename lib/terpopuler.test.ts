import { describe, expect, it } from "vitest";
import { terpopulerKey, terpopulerSize, terpopulerWindows } from "./terpopuler";

describe("terpopulerWindows", () => {
  it("covers the current hour and the 23 (or 167) before it", () => {
    const w = terpopulerWindows(new Date("2026-11-28T10:30:00Z"));
    expect(new Date(w.daySince).toISOString()).toBe("2026-11-27T11:00:00.000Z");
    expect(new Date(w.weekSince).toISOString()).toBe("2026-11-21T11:00:00.000Z");
  });
});

describe("terpopulerSize", () => {
  it("keeps the list between 1 and 10", () => {
    expect(terpopulerSize(5)).toBe(5);
    expect(terpopulerSize(25)).toBe(10);
    expect(terpopulerSize(0)).toBe(1);
    expect(terpopulerSize(Number.NaN)).toBe(1);
  });
});

describe("terpopulerKey", () => {
  it("ignores the order of kanal ids and tells the whole site apart", () => {
    expect(terpopulerKey(5, [3, 1])).toBe(terpopulerKey(5, [1, 3]));
    expect(terpopulerKey(5)).not.toBe(terpopulerKey(5, []));
    expect(terpopulerKey(5)).not.toBe(terpopulerKey(10));
  });
});
