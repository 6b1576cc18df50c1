import { describe, expect, it } from "vitest";
import { saltDays } from "./shared";

const HALF_HOUR = 30 * 60_000;

describe("saltDays", () => {
  it("offers yesterday's salt only in the first half hour of a WIB day", () => {
    // 00:10 WIB on 28 November.
    expect(saltDays(new Date("2026-11-27T17:10:00Z"), HALF_HOUR)).toEqual(["2026-11-28", "2026-11-27"]);
    // 00:30 WIB: the window has passed.
    expect(saltDays(new Date("2026-11-27T17:30:00Z"), HALF_HOUR)).toEqual(["2026-11-28"]);
    // 23:50 WIB: still the 27th.
    expect(saltDays(new Date("2026-11-27T16:50:00Z"), HALF_HOUR)).toEqual(["2026-11-27"]);
  });
});
