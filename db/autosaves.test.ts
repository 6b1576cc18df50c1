import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { goodJpeg } from "@/lib/testing/uploads/hostile-files";
import { localMediaStore } from "@/lib/media/local";
import { listTree } from "@/lib/testing/files";
import { seededDatabase } from "./testing/seeded-database";

// Issue 15, "No lost edits": one rolling autosave per editor per story, beside the story (never in
// it), and photos uploaded ahead of the form's save. Engine-neutral: runs on SQLite and PostgreSQL.
const m = seededDatabase("autosaves", async () => ({
  autosaves: await import("./mutations/article-autosaves"),
  queries: await import("./queries/autosaves"),
  admin: await import("./queries/admin"),
  photos: await import("./mutations/photos"),
  photoQueries: await import("./queries/photos"),
  images: await import("@/lib/images"),
  articles: await import("./mutations/articles"),
  inputs: await import("./testing/article-input"),
}));

async function staffIds(): Promise<number[]> {
  const rows = await m.db().select({ id: m.tables.staff.id }).from(m.tables.staff).orderBy(m.tables.staff.id).limit(2);
  return rows.map((r) => r.id);
}
async function aStory() {
  const [row] = await m
    .db()
    .select({ id: m.tables.articles.id, version: m.tables.articles.version, title: m.tables.articles.title })
    .from(m.tables.articles)
    .where(eq(m.tables.articles.status, "published"))
    .orderBy(m.tables.articles.id)
    .limit(1);
  return row;
}
const rows = async (articleId: number) =>
  (await m.db().select({ n: count() }).from(m.tables.articleAutosaves).where(eq(m.tables.articleAutosaves.articleId, articleId)))[0].n;
const revisions = async (articleId: number) =>
  (await m.db().select({ n: count() }).from(m.tables.articleRevisions).where(eq(m.tables.articleRevisions.articleId, articleId)))[0].n;

describe("autosaves", () => {
  it("keep one rolling copy per editor per story, and leave the story, its version and its revisions alone", async () => {
    const [a, b] = await staffIds();
    const story = await aStory();
    const revisionsBefore = await revisions(story.id);
    for (let i = 1; i <= 5; i++) {
      await m.autosaves.putAutosave({ staffId: a, articleId: story.id, baseVersion: story.version, values: { judul: `Ketikan ${i}` }, now: new Date(Date.UTC(2026, 11, 6, 3, i)) });
    }
    await m.autosaves.putAutosave({ staffId: b, articleId: story.id, baseVersion: story.version, values: { judul: "Ketikan B" } });
    expect(await rows(story.id)).toBe(2);
    const mine = await m.queries.getAutosave(a, story.id);
    expect(mine?.values.judul).toBe("Ketikan 5");
    expect(mine?.baseVersion).toBe(story.version);
    expect(mine?.savedAt.toISOString()).toBe("2026-12-06T03:05:00.000Z");
    expect((await m.queries.getAutosave(b, story.id))?.values.judul).toBe("Ketikan B");

    const after = await aStory();
    expect(after).toEqual(story);
    expect(await revisions(story.id)).toBe(revisionsBefore);
  });

  it("keep the unsaved new story apart from saved ones, and are dropped one editor at a time", async () => {
    const [a, b] = await staffIds();
    const story = await aStory();
    await m.autosaves.putAutosave({ staffId: a, articleId: null, baseVersion: null, values: { judul: "Berita baru A" } });
    await m.autosaves.putAutosave({ staffId: a, articleId: null, baseVersion: null, values: { judul: "Berita baru A, lanjut" } });
    const fresh = await m.queries.getAutosave(a, null);
    expect([fresh?.values.judul, fresh?.baseVersion]).toEqual(["Berita baru A, lanjut", null]);

    await m.autosaves.discardAutosave(a, story.id);
    expect(await m.queries.getAutosave(a, story.id)).toBeNull();
    expect(await m.queries.getAutosave(b, story.id)).not.toBeNull();
    expect((await m.queries.getAutosave(a, null))?.values.judul).toBe("Berita baru A, lanjut");
    await m.autosaves.discardAutosave(a, null);
    expect(await m.queries.getAutosave(a, null)).toBeNull();
  });

  it("go with their story when it is deleted", async () => {
    const [a] = await staffIds();
    const input = await m.inputs.formInputFor((await aStory()).id, { judul: "Berita yang akan dihapus", slug: "berita-yang-akan-dihapus", version: "" });
    const saved = await m.articles.saveArticle({ id: null, input, actorId: a, photo: null });
    if (!saved.ok) throw new Error(saved.reason);
    await m.autosaves.putAutosave({ staffId: a, articleId: saved.id, baseVersion: 1, values: { judul: "x" } });
    await m.articles.deleteArticle(saved.id);
    const left = await m.db().select().from(m.tables.articleAutosaves).where(and(eq(m.tables.articleAutosaves.staffId, a), eq(m.tables.articleAutosaves.slot, String(saved.id))));
    expect(left).toEqual([]);
  });
});

describe("photos uploaded ahead of the save", () => {
  it("are stored with a media row the form's save then names, caption and alt text included", async () => {
    const [a] = await staffIds();
    const checked = await m.images.processUpload(await goodJpeg());
    if (!checked.ok) throw new Error(checked.message);
    const files = listTree(process.env.MEDIA_DIR!);
    const photo = await m.photos.storeUploadedPhoto(localMediaStore(process.env.MEDIA_DIR!), checked.image);
    expect(listTree(process.env.MEDIA_DIR!).length).toBe(files.length + 3);
    expect(await m.photoQueries.getPhoto(photo.id)).toMatchObject({ id: photo.id, path: photo.path });

    const story = await aStory();
    const input = await m.inputs.formInputFor(story.id, { alt_foto: "Banjir di Kampung Melayu", keterangan_foto: "Warga mengungsi." });
    const saved = await m.articles.saveArticle({ id: story.id, input, actorId: a, photo: null, photoId: photo.id });
    expect(saved.ok).toBe(true);
    const edited = await m.admin.getArticleForEdit(story.id);
    expect(edited?.photo).toMatchObject({ path: photo.path, alt: "Banjir di Kampung Melayu", caption: "Warga mengungsi." });
  });

  it("an unknown id is no photo", async () => {
    expect(await m.photoQueries.getPhoto(987_654)).toBeNull();
  });
});
