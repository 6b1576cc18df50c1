import { describe, expect, it } from "vitest";
import { DedupeWindow } from "./dedupe";

const MIN = 60_000;
const T0 = Date.parse("2026-11-28T01:00:00Z");

describe("DedupeWindow", () => {
  it("admits a key once per window", () => {
    const seen = new DedupeWindow(30 * MIN, 100);
    expect(seen.admit(["a"], T0)).toBe(true);
    expect(seen.admit(["a"], T0 + 1)).toBe(false);
    expect(seen.admit(["a"], T0 + 30 * MIN - 1)).toBe(false);
    expect(seen.admit(["b"], T0 + 1)).toBe(true);
  });

  it("admits the key again once its 30 minutes are over, counted from the first view", () => {
    const seen = new DedupeWindow(30 * MIN, 100);
    seen.admit(["a"], T0);
    seen.admit(["a"], T0 + 20 * MIN);
    expect(seen.admit(["a"], T0 + 30 * MIN)).toBe(true);
    expect(seen.admit(["a"], T0 + 45 * MIN)).toBe(false);
  });

  it("recognises a visitor under any of its keys but remembers only the first", () => {
    const seen = new DedupeWindow(30 * MIN, 100);
    seen.admit(["kemarin"], T0);
    expect(seen.admit(["hari-ini", "kemarin"], T0 + MIN)).toBe(false);
    expect(seen.admit(["hari-ini"], T0 + MIN)).toBe(true);
    expect(seen.size).toBe(2);
  });

  it("forgets expired entries, so memory follows the traffic of one window", () => {
    const seen = new DedupeWindow(30 * MIN, 10_000);
    for (let i = 0; i < 1000; i++) seen.admit([`v${i}`], T0 + i);
    expect(seen.size).toBe(1000);
    seen.admit(["later"], T0 + 31 * MIN);
    expect(seen.size).toBe(1);
  });

  it("never holds more than its bound, dropping the oldest first", () => {
    const seen = new DedupeWindow(30 * MIN, 3);
    for (const k of ["a", "b", "c", "d"]) seen.admit([k], T0);
    expect(seen.size).toBe(3);
    expect(seen.admit(["d"], T0 + 1)).toBe(false);
    expect(seen.admit(["a"], T0 + 1)).toBe(true);
  });
});
