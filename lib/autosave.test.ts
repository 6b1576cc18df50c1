import { describe, expect, it } from "vitest";
import { ARTICLE_FORM_FIELDS } from "./article-form";
import {
  AUTOSAVE_MAX_WAIT_MS,
  AUTOSAVE_QUIET_MS,
  autosaveDelay,
  autosaveDiffers,
  autosaveHasText,
  autosaveRetryDelay,
  autosaveSlot,
  autosaveStatusText,
  parseAutosaveValues,
} from "./autosave";

describe("autosaveSlot", () => {
  it("keys a story by its id and the unsaved new story as baru", () => {
    expect(autosaveSlot(12)).toBe("12");
    expect(autosaveSlot(null)).toBe("baru");
  });
});

describe("parseAutosaveValues", () => {
  it("keeps the form's fields, fills the missing ones and drops the rest, version included", () => {
    const parsed = parseAutosaveValues({ judul: "Banjir", isi: "<p>Air naik</p>", version: "3", palsu: "x" });
    expect(parsed).not.toBeNull();
    expect(parsed!.judul).toBe("Banjir");
    expect(parsed!.isi).toBe("<p>Air naik</p>");
    expect(parsed!.ringkasan).toBe("");
    expect(Object.keys(parsed!).sort()).toEqual(ARTICLE_FORM_FIELDS.filter((f) => f !== "version").sort());
  });

  it("refuses anything but an object of strings", () => {
    expect(parseAutosaveValues(null)).toBeNull();
    expect(parseAutosaveValues(["judul"])).toBeNull();
    expect(parseAutosaveValues("judul")).toBeNull();
    expect(parseAutosaveValues({ judul: 5 })).toBeNull();
  });
});

describe("autosaveDiffers", () => {
  const stored = { judul: "A", isi: "<p>B</p>", version: "3" };
  it("ignores the version and missing-versus-empty", () => {
    expect(autosaveDiffers({ judul: "A", isi: "<p>B</p>", ringkasan: "" }, stored)).toBe(false);
  });
  it("sees a changed field", () => {
    expect(autosaveDiffers({ judul: "A", isi: "<p>B!</p>" }, stored)).toBe(true);
  });
});

describe("autosaveHasText", () => {
  it("is false for an untouched new-story form and an empty editor paragraph", () => {
    expect(autosaveHasText({ status: "draft", reporter: "3", kanal: "2", isi: "<p></p>" })).toBe(false);
  });
  it("is true once a word is typed", () => {
    expect(autosaveHasText({ isi: "<p>Kata</p>" })).toBe(true);
    expect(autosaveHasText({ judul: "J" })).toBe(true);
  });
});

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
