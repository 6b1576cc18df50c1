import { existsSync } from "node:fs";
import { join } from "node:path";
import { count, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { goodJpeg } from "@/lib/testing/uploads/hostile-files";
import { localMediaStore } from "@/lib/media/local";
import { seededDatabase } from "./testing/seeded-database";

// The photo library (issue 16) on a real database seeded as a fresh install is, on SQLite and
// (project `postgres`) PostgreSQL: uses written by the article save, the start-up backfill, search,
// edits and the refusal to delete a photo in use.
const m = seededDatabase("photo-library", async () => ({
  images: await import("@/lib/images"),
  articles: await import("./mutations/articles"),
  photos: await import("./mutations/photos"),
  uses: await import("./mutations/photo-uses"),
  // lib/urls (which body-photos imports) reads the config: it must come after the environment.
  bodyPhotos: await import("@/lib/body-photos"),
  library: await import("./queries/media-library"),
  // Loaded once the environment is set: it reaches the engine, which reads DATABASE_PATH on import.
  input: await import("./testing/article-input"),
}));

const store = () => localMediaStore(process.env.MEDIA_DIR!);

async function staffOf(role: "editor" | "reporter") {
  const { staff } = m.tables;
  const [row] = await m.db().select({ id: staff.id, name: staff.name }).from(staff).where(eq(staff.role, role)).orderBy(staff.id).limit(1);
  return row;
}

async function usesOf(articleId: number) {
  const { articlePhotoUses } = m.tables;
  const rows = await m.db().select().from(articlePhotoUses).where(eq(articlePhotoUses.articleId, articleId));
  return rows.map((r) => `${r.part}:${r.mediaId}`).sort();
}

async function upload(uploaderId: number | null = null, now = new Date("2030-03-04T05:00:00Z")) {
  const checked = await m.images.processUpload(await goodJpeg());
  if (!checked.ok) throw new Error(checked.message);
  return m.photos.storeUploadedPhoto(store(), checked.image, now, uploaderId);
}

/**
 * A real save of the edit form's values with some changed. `body`, when given, is stored as the
 * sanitizer would leave a body with library figures (lib/sanitize.ts keeps only the figure's id).
 */
async function save(articleId: number, changes: Record<string, string>, photoId?: number, body?: string) {
  const editor = await staffOf("editor");
  const input = await m.input.formInputFor(articleId, changes);
  if (body !== undefined) input.body = body;
  const r = await m.articles.saveArticle({ id: articleId, input, actorId: editor.id, photo: null, ...(photoId ? { photoId } : {}) });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

async function aStory() {
  const { articles } = m.tables;
  const [row] = await m.db().select({ id: articles.id, photoId: articles.photoId }).from(articles).where(eq(articles.status, "published")).orderBy(desc(articles.id)).limit(1);
  return row;
}

describe("uses", () => {
  it("are backfilled at start from the seed: each story's main photo and body photos, and live updates' photos", async () => {
    const { articles, articlePhotoUses, liveUpdates } = m.tables;
    const stories = await m.db().select({ photoId: articles.photoId, body: articles.body }).from(articles);
    const updates = await m.db().select({ body: liveUpdates.body }).from(liveUpdates);
    const expected =
      stories.reduce((n, s) => n + m.uses.storyPhotoIds(s.photoId, s.body).length, 0) + updates.reduce((n, u) => n + m.bodyPhotos.photoIdsIn(u.body).length, 0);
    const [uses] = await m.db().select({ n: count() }).from(articlePhotoUses);
    expect(uses.n).toBe(expected);
    expect(uses.n).toBeGreaterThan(40);
    // Already filled: a second start scans nothing.
    expect(await m.uses.backfillPhotoUses()).toBe(0);
  });

  it("are written by the article save from the main photo and the body's figures, and follow each change", async () => {
    const story = await aStory();
    const [a, b] = [await upload(), await upload()];
    const body = `<p>Satu dua tiga.</p><figure data-photo="${a.id}"></figure><div data-gallery=""><figure data-photo="${b.id}"></figure><figure data-photo="${a.id}"><figcaption>Lain</figcaption></figure></div>`;
    await save(story.id, { alt_foto: "Foto" }, undefined, body);
    expect(await usesOf(story.id)).toEqual([`story:${story.photoId}`, `story:${a.id}`, `story:${b.id}`].sort());
    await save(story.id, { isi: "<p>Tanpa foto di badan berita, hanya paragraf biasa.</p>", alt_foto: "Foto" });
    expect(await usesOf(story.id)).toEqual([`story:${story.photoId}`]);
  });

  it("of another part (a live update) stay when the story is saved, and a missing id is left out", async () => {
    const story = await aStory();
    const p = await upload();
    await m.engine.transaction((tx) => m.uses.recordPhotoUses(tx, story.id, [p.id, 999_999], "update:7"));
    await save(story.id, { isi: "<p>Paragraf baru yang cukup panjang untuk disimpan.</p>", alt_foto: "Foto" });
    expect(await usesOf(story.id)).toEqual([`story:${story.photoId}`, `update:7:${p.id}`].sort());
    await m.engine.transaction((tx) => m.uses.recordPhotoUses(tx, story.id, [], "update:7"));
    expect(await usesOf(story.id)).toEqual([`story:${story.photoId}`]);
  });
});

describe("deletePhoto", () => {
  it("refuses a photo in use, naming how many stories use it, and keeps row and files", async () => {
    const story = await aStory();
    const p = await upload();
    const { articles } = m.tables;
    const [other] = await m.db().select({ id: articles.id }).from(articles).where(eq(articles.status, "draft")).limit(1);
    await save(story.id, { alt_foto: "Foto" }, undefined, `<p>Berita dengan foto di tengah paragraf.</p><figure data-photo="${p.id}"></figure>`);
    await save(other.id, { alt_foto: "Foto" }, p.id);
    expect(await m.photos.deletePhoto(store(), p.id)).toEqual({ ok: false, reason: "used", stories: 2 });
    expect(existsSync(join(process.env.MEDIA_DIR!, p.path))).toBe(true);
  });

  it("removes an unused photo's row and every file: the full size, the variant and the kept original", async () => {
    const p = await upload();
    const { media } = m.tables;
    const [row] = await m.db().select({ originalPath: media.originalPath }).from(media).where(eq(media.id, p.id));
    expect(row.originalPath).toMatch(/^originals\/2030\/03\/[A-Za-z0-9_-]{12}\.jpg$/);
    const files = [p.path, p.path.replace(/\.webp$/, "-640.webp"), row.originalPath!].map((f) => join(process.env.MEDIA_DIR!, f));
    for (const f of files) expect(existsSync(f), f).toBe(true);
    expect(await m.photos.deletePhoto(store(), p.id)).toEqual({ ok: true });
    for (const f of files) expect(existsSync(f), f).toBe(false);
    expect(await m.db().select().from(media).where(eq(media.id, p.id))).toEqual([]);
    expect(await m.photos.deletePhoto(store(), p.id)).toEqual({ ok: false, reason: "missing" });
  });
});

describe("the library list", () => {
  it("lists newest first and finds a photo by caption, credit or uploader name, in any case", async () => {
    const reporter = await staffOf("reporter");
    const p = await upload(reporter.id, new Date("2031-01-01T00:00:00Z"));
    await m.photos.updatePhoto(p.id, { caption: "Perahu nelayan di Muara Angke", credit: "Warta/Dewi Lestari", alt: "Perahu", focusX: 30, focusY: 70 });
    const [first] = await m.library.getLibraryPhotos({}, { limit: 1, offset: 0 });
    expect(first).toMatchObject({ id: p.id, uploaderName: reporter.name, focusX: 30, focusY: 70, uses: 0 });
    for (const q of ["muara ANGKE", "dewi lestari", reporter.name.toUpperCase()]) {
      const found = await m.library.getLibraryPhotos({ q }, { limit: 50, offset: 0 });
      expect(found.map((r) => r.id), q).toContain(p.id);
      expect(await m.library.countLibraryPhotos({ q })).toBe(found.length);
    }
    expect(await m.library.getLibraryPhotos({ q: "100%_tidak_ada" }, { limit: 5, offset: 0 })).toEqual([]);
  });

  it("filters by upload time: from inclusive, to exclusive", async () => {
    const p = await upload(null, new Date("2032-05-05T10:00:00Z"));
    const ids = async (from: string, to: string) => (await m.library.getLibraryPhotos({ from: new Date(from), to: new Date(to) }, { limit: 50, offset: 0 })).map((r) => r.id);
    expect(await ids("2032-05-05T10:00:00Z", "2032-05-05T10:00:01Z")).toEqual([p.id]);
    expect(await ids("2032-05-05T10:00:01Z", "2032-06-01T00:00:00Z")).toEqual([]);
    expect(await ids("2032-05-01T00:00:00Z", "2032-05-05T10:00:00Z")).toEqual([]);
  });

  it("shows a photo's stories and returns them as the changes an edit drops from the cache", async () => {
    const story = await aStory();
    const detail = await m.library.getPhotoForEdit(story.photoId!);
    expect(detail?.stories.map((s) => s.id)).toContain(story.id);
    const changes = await m.photos.updatePhoto(story.photoId!, { caption: "Keterangan baru", credit: "Warta", alt: "Alt baru", focusX: 10, focusY: 20 });
    expect(changes?.map((c) => c.publicId)).toEqual(detail?.stories.map((s) => s.publicId));
    expect(await m.photos.updatePhoto(999_999, { caption: "", credit: "", alt: "", focusX: 50, focusY: 50 })).toBeNull();
  });
});
