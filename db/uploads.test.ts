import { resolve } from "node:path";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { goodJpeg, HOSTILE_FILES } from "@/lib/testing/uploads/hostile-files";
import { seededDatabase } from "./testing/seeded-database";
import { listTree } from "@/lib/testing/files";
import { localMediaStore } from "@/lib/media/local";

// Issue #8: hostile uploads, with real sharp, through the helpers both admin forms use: the photo
// check (processUpload, then storePhoto) and the ad picture store (writeAdImage checks, then writes).
const m = seededDatabase("uploads", async () => ({
  images: await import("@/lib/images"),
  articles: await import("./mutations/articles"),
  ads: await import("./mutations/ads"),
}));

const mediaDir = () => process.env.MEDIA_DIR!;
const mediaRows = async () => (await m.db().select({ n: count() }).from(m.tables.media))[0].n;


describe("hostile uploads", () => {
  it.each(HOSTILE_FILES)("$label: refused with its message, and nothing is written", async (file) => {
    const bytes = await file.bytes();
    const files = listTree(mediaDir());
    const rows = await mediaRows();
    expect(await m.images.processUpload(bytes)).toEqual({ ok: false, message: file.message });
    expect(await m.images.processAdImage(bytes, { width: 300, height: 250 })).toEqual({ ok: false, message: file.message });
    expect(await m.ads.writeAdImage({ media: localMediaStore(mediaDir()), slot: "sidebar", data: bytes })).toEqual({
      ok: false,
      message: file.message,
    });
    expect(listTree(mediaDir())).toEqual(files);
    expect(await mediaRows()).toBe(rows);
  });

  it("stores a photo under a name it makes itself, inside MEDIA_DIR: a client's name such as ../../evil.jpg never reaches the disk", async () => {
    // storePhoto takes no name at all; the form's file name is never read (saveArticleAction).
    const before = new Set(listTree(mediaDir()));
    const checked = await m.images.processUpload(await goodJpeg());
    if (!checked.ok) throw new Error(checked.message);
    const stored = await m.articles.storePhoto(localMediaStore(mediaDir()), checked.image, new Date("2026-11-28T03:00:00Z"));
    const added = listTree(mediaDir()).filter((f) => !before.has(f));
    expect(stored.path).toMatch(/^uploads\/2026\/11\/[A-Za-z0-9_-]{12}\.webp$/);
    // The full size, its variant, and the metadata-stripped original kept for re-cropping.
    expect(added.sort()).toEqual([stored.path, stored.path.replace(/\.webp$/, "-640.webp"), stored.originalPath].sort());
    expect(stored.originalPath).toBe(stored.path.replace(/^uploads\/(.*)\.webp$/, "originals/$1.jpg"));
    for (const f of added) expect(resolve(mediaDir(), f).startsWith(resolve(mediaDir()) + "/")).toBe(true);
  });
});
