import { describe, expect, it } from "vitest";
import { articlePath, kanalPath, mediaUrl, mediaVariantPath, safeMediaPath, tagPath } from "./urls";

describe("urls", () => {
  it("builds reader paths", () => {
    expect(articlePath({ publicId: "k3v9q2mz", slug: "banjir-surut" })).toBe("/berita/k3v9q2mz/banjir-surut");
    expect(kanalPath("dunia-islam")).toBe("/kanal/dunia-islam");
    expect(tagPath("haji")).toBe("/tag/haji");
    expect(mediaUrl("seed/a b.webp")).toBe("/media/seed/a%20b.webp");
  });

  it("names variants by width", () => {
    expect(mediaVariantPath("seed/k3v9q2mz.webp", 640)).toBe("seed/k3v9q2mz-640.webp");
    expect(mediaVariantPath("noext", 640)).toBe("noext-640");
  });

  it("refuses paths that leave the media folder", () => {
    expect(safeMediaPath(["seed", "a.webp"])).toBe("seed/a.webp");
    for (const bad of [[".."], ["seed", "..", "x"], ["..%2f"], [".hidden"], ["a..b"], []]) {
      expect(safeMediaPath(bad), bad.join("/")).toBeNull();
    }
  });
});
