import { describe, expect, it } from "vitest";
import { safeTargetUrl } from "./target-url";

describe("safeTargetUrl", () => {
  it("keeps absolute http and https addresses", () => {
    expect(safeTargetUrl("https://toko.example/promo?utm_source=warta")).toBe("https://toko.example/promo?utm_source=warta");
    expect(safeTargetUrl(" http://pasar.example ")).toBe("http://pasar.example/");
  });

  it("refuses every other scheme, relative paths and credentials", () => {
    for (const bad of ["javascript:alert(1)", "data:text/html,hi", "//evil.example", "/berita", "ftp://x.example", "", "https://user:pw@x.example/"]) {
      expect(safeTargetUrl(bad), bad).toBeNull();
    }
  });
});
