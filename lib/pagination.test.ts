import { describe, expect, it } from "vitest";
import { isPageOutOfRange, pageHref, paginate, parsePageParam } from "./pagination";

describe("parsePageParam", () => {
  it("defaults to the first page", () => {
    expect(parsePageParam(undefined)).toBe(1);
  });
  it("accepts positive integers", () => {
    expect(parsePageParam("1")).toBe(1);
    expect(parsePageParam("42")).toBe(42);
  });
  it("rejects everything else", () => {
    for (const bad of ["0", "-1", "1.5", "abc", "", "01", "1e3", "9999999"]) {
      expect(parsePageParam(bad), bad).toBeNull();
    }
    expect(parsePageParam(["1", "2"])).toBeNull();
  });
});

describe("paginate", () => {
  it("computes offsets and neighbours", () => {
    expect(paginate({ page: 2, pageSize: 10, totalItems: 25 })).toEqual({
      page: 2, pageSize: 10, totalItems: 25, totalPages: 3, offset: 10, hasPrev: true, hasNext: true,
    });
  });
  it("has no next on the last page", () => {
    const info = paginate({ page: 3, pageSize: 10, totalItems: 30 });
    expect(info.hasNext).toBe(false);
    expect(info.totalPages).toBe(3);
  });
  it("keeps one page for an empty list", () => {
    const info = paginate({ page: 1, pageSize: 10, totalItems: 0 });
    expect(info.totalPages).toBe(1);
    expect(isPageOutOfRange(info)).toBe(false);
  });
  it("flags pages past the end", () => {
    expect(isPageOutOfRange(paginate({ page: 4, pageSize: 10, totalItems: 30 }))).toBe(true);
  });
});

describe("pageHref", () => {
  it("keeps page 1 canonical", () => {
    expect(pageHref("/tag/haji", 1)).toBe("/tag/haji");
    expect(pageHref("/tag/haji", 3)).toBe("/tag/haji?halaman=3");
    expect(pageHref("/admin?status=draft", 2)).toBe("/admin?status=draft&halaman=2");
  });
  it("keeps an existing query", () => {
    expect(pageHref("/cari?q=banjir", 1)).toBe("/cari?q=banjir");
    expect(pageHref("/cari?q=banjir", 2)).toBe("/cari?q=banjir&halaman=2");
  });
});
