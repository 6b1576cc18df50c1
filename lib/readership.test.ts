import { describe, expect, it } from "vitest";
import { bucketWibDay, dailySeries, formatViews, horizontalBars, parseAdminSort, statistikWindow, verticalColumns } from "./readership";

describe("parseAdminSort", () => {
  it("takes the four orders and falls back to the default for anything else", () => {
    expect(["diubah", "24jam", "7hari", "total"].map(parseAdminSort)).toEqual(["diubah", "24jam", "7hari", "total"]);
    expect(parseAdminSort(undefined)).toBe("diubah");
    expect(parseAdminSort("views; DROP")).toBe("diubah");
  });
});

describe("statistikWindow", () => {
  it("covers 30 WIB days ending today, from 00:00 WIB of the first to the end of the current hour", () => {
    // 04:30 UTC on 6 December is 11:30 WIB the same day.
    const w = statistikWindow(new Date("2026-12-06T04:30:00Z"));
    expect(w.days).toHaveLength(30);
    expect(w.days[0]).toBe("2026-11-07");
    expect(w.days.at(-1)).toBe("2026-12-06");
    expect(new Date(w.since).toISOString()).toBe("2026-11-06T17:00:00.000Z");
    expect(new Date(w.until).toISOString()).toBe("2026-12-06T05:00:00.000Z");
  });

  it("already counts the new WIB day at 17:00 UTC", () => {
    expect(statistikWindow(new Date("2026-12-05T17:10:00Z"), 1).days).toEqual(["2026-12-06"]);
    expect(statistikWindow(new Date("2026-12-05T16:59:00Z"), 1).days).toEqual(["2026-12-05"]);
  });
});

describe("dailySeries", () => {
  it("adds hourly buckets into their WIB day and zero-fills the rest", () => {
    const days = ["2026-12-05", "2026-12-06"];
    const hourly = [
      { bucketStart: Date.parse("2026-12-05T16:00:00Z"), views: 2 }, // 23:00 WIB on the 5th
      { bucketStart: Date.parse("2026-12-05T17:00:00Z"), views: 5 }, // 00:00 WIB on the 6th
      { bucketStart: Date.parse("2026-12-06T03:00:00Z"), views: 1 },
      { bucketStart: Date.parse("2026-11-01T03:00:00Z"), views: 99 }, // outside the window
    ];
    expect(dailySeries(days, hourly)).toEqual([
      { day: "2026-12-05", views: 2 },
      { day: "2026-12-06", views: 6 },
    ]);
    expect(bucketWibDay(Date.parse("2026-12-05T16:00:00Z"))).toBe("2026-12-05");
  });
});

describe("chart geometry", () => {
  it("scales bars to the largest value and draws nothing for zeros", () => {
    const bars = horizontalBars(
      [
        { label: "A", value: 8 },
        { label: "B", value: 2 },
        { label: "C", value: 0 },
      ],
      { barWidth: 200, rowHeight: 20, gap: 5, x: 10 },
    );
    expect(bars.map((b) => [b.x, b.y, b.width])).toEqual([
      [10, 0, 200],
      [10, 25, 50],
      [10, 50, 0],
    ]);
    expect(horizontalBars([{ label: "A", value: 0 }], { barWidth: 200, rowHeight: 20, gap: 5 })[0].width).toBe(0);
  });

  it("lays columns side by side, bottoms aligned", () => {
    expect(verticalColumns([0, 4, 2], { width: 30, height: 40 })).toEqual([
      { x: 0, width: 10, y: 40, height: 0 },
      { x: 10, width: 10, y: 0, height: 40 },
      { x: 20, width: 10, y: 20, height: 20 },
    ]);
    expect(verticalColumns([], { width: 30, height: 40 })).toEqual([]);
  });

  it("formats counts the Indonesian way", () => {
    expect(formatViews(1234567)).toBe("1.234.567");
    expect(formatViews(0)).toBe("0");
  });
});
