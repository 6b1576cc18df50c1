import { describe, expect, it } from "vitest";
import { AdTally } from "./tally";

describe("AdTally", () => {
  it("adds impressions and clicks per creative and WIB day", () => {
    const tally = new AdTally();
    // 16:59 UTC is 23:59 WIB on the 28th; 17:00 UTC is already the 29th in Jakarta.
    tally.add(1, Date.parse("2026-11-28T16:59:00Z"), { impressions: 1 });
    tally.add(1, Date.parse("2026-11-28T10:00:00Z"), { impressions: 2, clicks: 1 });
    tally.add(1, Date.parse("2026-11-28T17:00:00Z"), { clicks: 1 });
    tally.add(2, Date.parse("2026-11-28T10:00:00Z"), { impressions: 1 });
    expect(tally.pending).toBe(6);
    expect(tally.take()).toEqual([
      { creativeId: 1, day: "2026-11-28", impressions: 3, clicks: 1 },
      { creativeId: 1, day: "2026-11-29", impressions: 0, clicks: 1 },
      { creativeId: 2, day: "2026-11-28", impressions: 1, clicks: 0 },
    ]);
    expect(tally.pending).toBe(0);
  });

  it("takes rows back after a failed write", () => {
    const tally = new AdTally();
    tally.add(1, Date.parse("2026-11-28T10:00:00Z"), { impressions: 1 });
    const rows = tally.take();
    tally.add(1, Date.parse("2026-11-28T11:00:00Z"), { impressions: 1 });
    tally.restore(rows);
    expect(tally.take()).toEqual([{ creativeId: 1, day: "2026-11-28", impressions: 2, clicks: 0 }]);
  });
});
