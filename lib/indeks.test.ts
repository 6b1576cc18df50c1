import { describe, expect, it } from "vitest";
import { parseIndeksDate } from "./indeks";

// 23:30 on 9 February in Jakarta, still the 9th in UTC only until 17:00.
const now = new Date("2026-02-09T16:30:00Z");

describe("parseIndeksDate", () => {
  it("defaults to today in WIB", () => {
    expect(parseIndeksDate(undefined, now)?.key).toBe("2026-02-09");
    expect(parseIndeksDate(undefined, new Date("2026-02-09T17:00:00Z"))?.key).toBe("2026-02-10");
  });

  it("accepts past days and today", () => {
    expect(parseIndeksDate("2026-02-09", now)?.start).toEqual(new Date("2026-02-08T17:00:00Z"));
    expect(parseIndeksDate("1995-01-01", now)).not.toBeNull();
  });

  it("rejects malformed, impossible, too early and future dates", () => {
    for (const bad of ["2026-02-10", "2026-02-30", "kemarin", "", "1994-12-31", "2026-2-1"]) {
      expect(parseIndeksDate(bad, now), bad).toBeNull();
    }
    expect(parseIndeksDate(["2026-02-01", "2026-02-02"], now)).toBeNull();
  });
});
