import { describe, expect, it } from "vitest";
import { searchCountText } from "./search-count";

describe("searchCountText", () => {
  it("gives an exact count as it is, with Indonesian thousands", () => {
    expect(searchCountText(1, false)).toBe("1 berita ditemukan");
    expect(searchCountText(1234, false)).toBe("1.234 berita ditemukan");
  });

  it("says 'lebih dari' when the count stopped at a limit", () => {
    expect(searchCountText(1000, true)).toBe("lebih dari 1.000 berita ditemukan");
  });
});
