import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("turns a headline into a readable slug", () => {
    expect(slugify('Harga Cabai Naik 20%, Pedagang: "Pasokan Seret"')).toBe("harga-cabai-naik-20-pedagang-pasokan-seret");
  });

  it("strips diacritics and apostrophes", () => {
    expect(slugify("Kafé Jum'at di Bogor")).toBe("kafe-jumat-di-bogor");
  });

  it("spells out the ampersand", () => {
    expect(slugify("Haji & Umrah")).toBe("haji-dan-umrah");
  });

  it("cuts at a word boundary", () => {
    const slug = slugify("satu dua tiga empat lima enam", 15);
    expect(slug).toBe("satu-dua-tiga");
  });

  it("keeps something of a single long word", () => {
    expect(slugify("a".repeat(100), 10)).toBe("aaaaaaaaaa");
  });

  it("returns an empty string when nothing is left", () => {
    expect(slugify("!!! ???")).toBe("");
  });
});
