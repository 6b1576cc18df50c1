import { describe, expect, it } from "vitest";
import { ARTICLE_FORM_FIELDS } from "./article-form";
import { autosaveDiffers, autosaveHasText, autosaveSlot, parseAutosaveValues } from "./autosave-values";

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

