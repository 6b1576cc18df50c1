import { describe, expect, it } from "vitest";
import { adSlots } from "@/lib/domain";
import { AD_SLOT_LABELS, adState, formatCount, formatCtr, statsByDay, statsWindowStart } from "./ad-desk";

const now = new Date("2026-03-10T05:00:00Z"); // 12:00 WIB
const at = (iso: string) => new Date(iso);

describe("adState", () => {
  const running = { startsAt: at("2026-03-01T00:00:00Z"), endsAt: at("2026-04-01T00:00:00Z"), paused: false };

  it("is Aktif between start and end", () => {
    expect(adState(running, now)).toBe("aktif");
  });

  it("is Dijadwalkan before the start and Berakhir from the end on", () => {
    expect(adState({ ...running, startsAt: at("2026-03-10T05:00:01Z") }, now)).toBe("dijadwalkan");
    expect(adState({ ...running, startsAt: now }, now)).toBe("aktif");
    expect(adState({ ...running, endsAt: now }, now)).toBe("berakhir");
  });

  it("is Dijeda when paused, unless the campaign is over anyway", () => {
    expect(adState({ ...running, paused: true }, now)).toBe("dijeda");
    expect(adState({ ...running, startsAt: at("2026-05-01T00:00:00Z"), endsAt: at("2026-06-01T00:00:00Z"), paused: true }, now)).toBe("dijeda");
    expect(adState({ ...running, endsAt: at("2026-03-09T00:00:00Z"), paused: true }, now)).toBe("berakhir");
  });
});

describe("formatCtr", () => {
  it("uses two decimals and a comma", () => {
    expect(formatCtr(2000, 37)).toBe("1,85%");
    expect(formatCtr(3, 1)).toBe("33,33%");
    expect(formatCtr(10, 0)).toBe("0,00%");
  });

  it("shows a dash when nothing was seen, instead of dividing by zero", () => {
    expect(formatCtr(0, 0)).toBe("—");
    expect(formatCtr(0, 4)).toBe("—");
  });
});

describe("formatCount", () => {
  it("groups thousands with dots", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1.000");
    expect(formatCount(1234567)).toBe("1.234.567");
  });
});

describe("AD_SLOT_LABELS", () => {
  it("names every slot", () => {
    expect(Object.keys(AD_SLOT_LABELS)).toEqual([...adSlots]);
  });
});

describe("statsByDay", () => {
  it("lists the last days in WIB, newest first, with zeros for quiet days", () => {
    const late = new Date("2026-03-01T18:30:00Z"); // 01:30 WIB on 2 March
    const rows = statsByDay(
      [
        { day: "2026-03-02", impressions: 120, clicks: 3 },
        { day: "2026-02-28", impressions: 40, clicks: 0 },
        { day: "2026-01-01", impressions: 9, clicks: 9 },
      ],
      late,
      4,
    );
    expect(rows).toEqual([
      { day: "2026-03-02", impressions: 120, clicks: 3 },
      { day: "2026-03-01", impressions: 0, clicks: 0 },
      { day: "2026-02-28", impressions: 40, clicks: 0 },
      { day: "2026-02-27", impressions: 0, clicks: 0 },
    ]);
  });

  it("starts its window days-1 before today", () => {
    expect(statsWindowStart(now, 30)).toBe("2026-02-09");
    expect(statsWindowStart(now, 1)).toBe("2026-03-10");
  });
});
