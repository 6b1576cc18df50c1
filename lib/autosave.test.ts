import { describe, expect, it } from "vitest";
import { AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_QUIET_MS, autosaveDelay, autosaveRetryDelay, autosaveStatusText } from "./autosave";

describe("autosaveDelay", () => {
  it("is null with nothing waiting", () => {
    expect(autosaveDelay({ firstEditAt: null, lastEditAt: null, now: 5 })).toBeNull();
  });
  it("waits the quiet time after the last edit", () => {
    expect(autosaveDelay({ firstEditAt: 1_000, lastEditAt: 2_000, now: 2_000 })).toBe(AUTOSAVE_QUIET_MS);
  });
  it("does not wait past the cap during steady typing", () => {
    expect(autosaveDelay({ firstEditAt: 0, lastEditAt: AUTOSAVE_MAX_WAIT_MS - 500, now: AUTOSAVE_MAX_WAIT_MS - 500 })).toBe(500);
    expect(autosaveDelay({ firstEditAt: 0, lastEditAt: 40_000, now: 40_000 })).toBe(0);
  });
});

describe("autosaveRetryDelay", () => {
  it("doubles from 5 s up to a minute", () => {
    expect([1, 2, 3, 4, 5, 9].map(autosaveRetryDelay)).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000]);
  });
});

describe("autosaveStatusText", () => {
  it("names the WIB time of the last autosave, or the failure", () => {
    expect(autosaveStatusText({ kind: "saved", at: new Date("2026-12-06T03:42:00Z") })).toBe("Tersimpan otomatis 10:42 WIB");
    expect(autosaveStatusText({ kind: "failed" })).toBe("Gagal menyimpan otomatis — akan dicoba lagi");
    expect(autosaveStatusText({ kind: "idle" })).toBe("");
  });
});
