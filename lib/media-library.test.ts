import { describe, expect, it } from "vitest";
import { libraryQueryString, parseLibraryQuery } from "./media-library";

describe("parseLibraryQuery", () => {
  it("reads an empty form as page 1 without filters", () => {
    expect(parseLibraryQuery({})).toEqual({ ok: true, form: { q: "", dari: "", sampai: "" }, page: 1, filters: {} });
  });

  it("turns WIB days into instants: from 00:00 WIB of dari, up to 24:00 WIB of sampai", () => {
    const r = parseLibraryQuery({ q: "  Banjir Kanal ", dari: "2026-12-01", sampai: "2026-12-01", halaman: "2" });
    expect(r).toEqual({
      ok: true,
      form: { q: "Banjir Kanal", dari: "2026-12-01", sampai: "2026-12-01" },
      page: 2,
      filters: { q: "Banjir Kanal", from: new Date("2026-11-30T17:00:00Z"), to: new Date("2026-12-01T17:00:00Z") },
    });
  });

  it("refuses a date that is not a real day, beside its field, keeping what was typed", () => {
    const r = parseLibraryQuery({ q: "x", dari: "2026-02-30", sampai: "kemarin" });
    expect(r).toEqual({
      ok: false,
      form: { q: "x", dari: "2026-02-30", sampai: "kemarin" },
      errors: { dari: "Tanggal tidak valid; tulis seperti 2026-12-31.", sampai: "Tanggal tidak valid; tulis seperti 2026-12-31." },
    });
  });

  it("refuses an end before the start, and a page that is not a number", () => {
    const r = parseLibraryQuery({ dari: "2026-12-02", sampai: "2026-12-01", halaman: "0" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual({ sampai: "Tanggal akhir tidak boleh sebelum tanggal awal.", halaman: "Halaman tidak valid." });
  });

  it("takes the first of repeated params and cuts a very long search", () => {
    const r = parseLibraryQuery({ q: ["a".repeat(150), "b"] });
    expect(r.ok && r.form.q).toBe("a".repeat(100));
  });
});

describe("libraryQueryString", () => {
  it("leaves out empty fields and page 1", () => {
    expect(libraryQueryString({ q: "", dari: "", sampai: "" })).toBe("");
    expect(libraryQueryString({ q: "hujan deras", dari: "2026-12-01", sampai: "" }, 3)).toBe("?q=hujan+deras&dari=2026-12-01&halaman=3");
  });
});
