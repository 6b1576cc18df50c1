import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mediaContentType, mediaFileSize, readMediaFile, removeMediaFiles } from "./media-files";

const dir = mkdtempSync(join(tmpdir(), "warta-media-"));
mkdirSync(join(dir, "seed"));
writeFileSync(join(dir, "seed", "a.webp"), Buffer.alloc(1234, 1));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("media files", () => {
  it("knows the types it serves", () => {
    expect(mediaContentType("seed/a.webp")).toBe("image/webp");
    expect(mediaContentType("x.JPG")).toBe("image/jpeg");
    expect(mediaContentType("x.svg")).toBeNull();
  });

  it("measures and reads stored files, and answers null for missing ones", async () => {
    expect(await mediaFileSize("seed/a.webp", dir)).toBe(1234);
    expect((await readMediaFile("seed/a.webp", dir))?.length).toBe(1234);
    expect(await mediaFileSize("seed/nope.webp", dir)).toBeNull();
    expect(await readMediaFile("seed/nope.webp", dir)).toBeNull();
  });

  it("removes the files it is given, and takes a missing one in its stride", async () => {
    writeFileSync(join(dir, "seed", "b.webp"), "b");
    await removeMediaFiles(["seed/b.webp", "seed/nope.webp"], dir);
    expect(existsSync(join(dir, "seed", "b.webp"))).toBe(false);
    expect(existsSync(join(dir, "seed", "a.webp"))).toBe(true);
  });
});
