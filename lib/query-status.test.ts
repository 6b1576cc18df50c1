import { describe, expect, it } from "vitest";
import { queryStatus } from "./query-status";

const now = new Date("2026-11-28T05:00:00Z");
const status = (path: string, query: string) => queryStatus(path, new URLSearchParams(query), now);

describe("queryStatus", () => {
  it("answers a search without a word 400 and a search page number that is not one 404", () => {
    expect(status("/cari", "q=AND")).toBe(400);
    expect(status("/cari", "q=%22&halaman=2")).toBe(400);
    expect(status("/cari", "q=%22banjir%22&halaman=abc")).toBe(404);
    expect(status("/cari", "q=banjir&halaman=1&halaman=2")).toBe(404);
    expect(status("/cari", "q=%22banjir%22&halaman=2")).toBeUndefined();
    expect(status("/cari", "")).toBeUndefined();
  });

  it("answers an index date that cannot be shown, or a bad page number, 404", () => {
    for (const q of ["tanggal=2026-13-45", "tanggal=kemarin", "tanggal=2026-11-29", "tanggal=1990-01-01", "tanggal=a&tanggal=b", "halaman=-1", "tanggal=2026-11-27&halaman=0"]) {
      expect(status("/indeks", q), q).toBe(404);
    }
    for (const q of ["", "tanggal=2026-11-28", "tanggal=2026-02-03&halaman=3"]) expect(status("/indeks", q), q).toBeUndefined();
  });

  it("leaves every other page alone", () => {
    expect(status("/kanal/nasional", "halaman=abc")).toBeUndefined();
    expect(status("/admin", "q=AND")).toBeUndefined();
  });
});
