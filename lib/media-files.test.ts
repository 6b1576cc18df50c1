import { describe, expect, it } from "vitest";
import { mediaContentType } from "./media-files";

// Reading, writing and removing files: lib/media/stores.test.ts, on both stores.
describe("mediaContentType", () => {
  it("knows the types it serves", () => {
    expect(mediaContentType("seed/a.webp")).toBe("image/webp");
    expect(mediaContentType("x.JPG")).toBe("image/jpeg");
    expect(mediaContentType("x.svg")).toBeNull();
  });
});
