import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  formatWibDateLine,
  formatWibLongDate,
  formatWibShort,
  formatWibTime,
  parseWibDateTimeLocal,
  toWibDateTimeLocal,
  parseWibDateKey,
  shiftWibDateKey,
  toRfc822Wib,
  toWibIso,
  wibDateKey,
  wibParts,
} from "./wib";

describe("WIB formatting", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-28T01:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("formats the reference date line", () => {
    expect(formatWibDateLine(new Date("2022-02-03T06:30:00Z"))).toBe("Kamis 03 Feb 2022 13:30 WIB");
  });

  it("rolls over to the next day in Jakarta before UTC does", () => {
    // 20:15 UTC on Monday is 03:15 on Tuesday in Jakarta.
    expect(formatWibDateLine(new Date("2026-08-17T20:15:00Z"))).toBe("Selasa 18 Agu 2026 03:15 WIB");
  });

  it("uses Indonesian month and day names across the year", () => {
    expect(formatWibDateLine(new Date("2026-05-01T00:00:00Z"))).toBe("Jumat 01 Mei 2026 07:00 WIB");
    expect(formatWibDateLine(new Date("2026-10-11T00:00:00Z"))).toBe("Minggu 11 Okt 2026 07:00 WIB");
    expect(formatWibDateLine(new Date("2026-12-31T17:30:00Z"))).toBe("Jumat 01 Jan 2027 00:30 WIB");
  });

  it("ignores the host time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      expect(formatWibTime(new Date(Date.now()))).toBe("08:00 WIB");
    } finally {
      process.env.TZ = before;
    }
  });

  it("gives the short, long and ISO forms", () => {
    const d = new Date("2022-02-03T06:30:00Z");
    expect(formatWibShort(d)).toBe("03 Feb 2022, 13:30 WIB");
    expect(formatWibLongDate(d)).toBe("Kamis, 3 Februari 2022");
    expect(toWibIso(d)).toBe("2022-02-03T13:30:00+07:00");
    expect(wibParts(d)).toEqual({ year: 2022, month: 1, day: 3, weekday: 4, hour: 13, minute: 30 });
  });
});

describe("datetime-local in WIB", () => {
  it("reads a wall-clock time in Jakarta", () => {
    expect(parseWibDateTimeLocal("2022-02-03T13:30")?.toISOString()).toBe("2022-02-03T06:30:00.000Z");
    expect(parseWibDateTimeLocal("2027-01-01T03:00")?.toISOString()).toBe("2026-12-31T20:00:00.000Z");
  });
  it("takes seconds when the field sends them", () => {
    expect(parseWibDateTimeLocal("2022-02-03T13:30:45")?.toISOString()).toBe("2022-02-03T06:30:45.000Z");
    expect(parseWibDateTimeLocal("2022-02-03T13:30:60")).toBeNull();
  });
  it("refuses malformed and impossible values", () => {
    for (const bad of ["", "besok", "2022-02-31T10:00", "2022-13-01T10:00", "2022-02-03 13:30", "2022-02-03T24:00"]) {
      expect(parseWibDateTimeLocal(bad), bad).toBeNull();
    }
  });
  it("round-trips", () => {
    expect(toWibDateTimeLocal(parseWibDateTimeLocal("2026-08-17T10:05")!)).toBe("2026-08-17T10:05");
  });
});

describe("WIB days", () => {
  it("names the Jakarta calendar day of an instant", () => {
    expect(wibDateKey(new Date("2026-08-17T16:59:59Z"))).toBe("2026-08-17");
    expect(wibDateKey(new Date("2026-08-17T17:00:00Z"))).toBe("2026-08-18");
  });

  it("turns a day into the instants from 00:00 to 24:00 WIB", () => {
    expect(parseWibDateKey("2026-02-03")).toEqual({
      key: "2026-02-03",
      start: new Date("2026-02-02T17:00:00Z"),
      end: new Date("2026-02-03T17:00:00Z"),
    });
  });

  it("accepts leap days and rejects impossible or malformed dates", () => {
    expect(parseWibDateKey("2028-02-29")).not.toBeNull();
    for (const bad of ["2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-1-5", "05-01-2026", "2026-02-03x", "", "0999-01-01"]) {
      expect(parseWibDateKey(bad), bad).toBeNull();
    }
  });

  it("moves across month and year ends", () => {
    expect(shiftWibDateKey("2026-03-01", -1)).toBe("2026-02-28");
    expect(shiftWibDateKey("2026-12-31", 1)).toBe("2027-01-01");
    expect(() => shiftWibDateKey("bukan", 1)).toThrow();
  });
});

describe("toRfc822Wib", () => {
  it("writes RSS dates in English with the +0700 offset", () => {
    expect(toRfc822Wib(new Date("2022-02-03T06:30:00Z"))).toBe("Thu, 03 Feb 2022 13:30:00 +0700");
    expect(toRfc822Wib(new Date("2026-12-31T17:30:05Z"))).toBe("Fri, 01 Jan 2027 00:30:05 +0700");
  });
});
