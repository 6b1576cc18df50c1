import { sql } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { validateAdForm } from "@/lib/ad-form";
import { listTree } from "@/lib/testing/files";
import { goodJpeg } from "@/lib/testing/uploads/hostile-files";
import { seededDatabase } from "./testing/seeded-database";
import { num } from "./testing/sql-rows";
import { localMediaStore } from "@/lib/media/local";

// Issue #17, defect 2: a save that does not go through must leave nothing in MEDIA_DIR and no
// media row, whether it is refused before the photo is written, refused after (someone saved in
// between), or fails with an error. Real sharp, a real database (both engines), the functions the actions call.
const m = seededDatabase("refused-saves", async () => ({
  images: await import("@/lib/images"),
  articles: await import("./mutations/articles"),
  adDesk: await import("./mutations/ad-desk"),
  inputs: await import("./testing/article-input"),
}));

const mediaDir = () => process.env.MEDIA_DIR!;
/** MEDIA_DIR's files and the media table: what a refused save must leave exactly as it was. */
const snapshot = async () => ({ files: listTree(mediaDir()), rows: num((await m.one<{ n: unknown }>(sql`SELECT count(*) AS n FROM media`)).n) });

async function upload() {
  const checked = await m.images.processUpload(await goodJpeg());
  if (!checked.ok) throw new Error(checked.message);
  return { media: localMediaStore(mediaDir()), image: checked.image };
}

/** The database's own message of a save that threw (drizzle wraps PostgreSQL's in `cause`), or null. */
const failure = (save: Promise<unknown>) =>
  save.then(
    () => null,
    (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
  );
const publishedStories = () => m.rows<{ id: number; slug: string }>(sql`SELECT id, slug FROM articles WHERE status = 'published' ORDER BY id LIMIT 2`);
let editor = 0;
const editorId = () => editor;
beforeAll(async () => {
  editor = (await m.one<{ id: number }>(sql`SELECT id FROM staff WHERE role = 'editor' ORDER BY id LIMIT 1`)).id;
});

describe("saveArticleWithPhoto leaves no files behind when the save does not go through", () => {
  it("a slug clash", async () => {
    const [story, other] = await publishedStories();
    const input = await m.inputs.formInputFor(story.id, { slug: other.slug, alt_foto: "Foto baru" });
    const before = await snapshot();
    const result = await m.articles.saveArticleWithPhoto({ id: story.id, input, actorId: editorId(), upload: await upload() });
    expect(result).toMatchObject({ ok: false, reason: "slug" });
    expect(await snapshot()).toEqual(before);
  });

  it("a stale version", async () => {
    const [story] = await publishedStories();
    const input = await m.inputs.formInputFor(story.id, { alt_foto: "Foto baru" });
    input.version! -= 1;
    const before = await snapshot();
    const result = await m.articles.saveArticleWithPhoto({ id: story.id, input, actorId: editorId(), upload: await upload() });
    expect(result).toMatchObject({ ok: false, reason: "conflict" });
    expect(await snapshot()).toEqual(before);
  });

  it("another editor saving while the photo is being written", async () => {
    const [story] = await publishedStories();
    const input = await m.inputs.formInputFor(story.id, { alt_foto: "Foto baru" });
    const photo = await upload();
    const before = await snapshot();
    // Runs up to its first await, then the other editor's save goes in while the photo is written.
    const pending = m.articles.saveArticleWithPhoto({ id: story.id, input, actorId: editorId(), upload: photo });
    expect(await m.articles.saveArticle({ id: story.id, input: { ...input }, actorId: editorId(), photo: null })).toMatchObject({ ok: true });
    expect(await pending).toMatchObject({ ok: false, reason: "conflict" });
    expect(await snapshot()).toEqual(before);
  });

  it("an error inside the save", async () => {
    const [story] = await publishedStories();
    // A kanal that does not exist fails the foreign key inside the transaction.
    const input = { ...(await m.inputs.formInputFor(story.id, { alt_foto: "Foto baru" })), kanalId: 999_999 };
    const before = await snapshot();
    await expect(failure(m.articles.saveArticleWithPhoto({ id: story.id, input, actorId: editorId(), upload: await upload() }))).resolves.toMatch(/foreign key/i);
    expect(await snapshot()).toEqual(before);
  });

  it("while a save that goes through keeps its photo's files and row", async () => {
    const [story] = await publishedStories();
    const input = await m.inputs.formInputFor(story.id, { alt_foto: "Foto baru" });
    const before = await snapshot();
    const result = await m.articles.saveArticleWithPhoto({ id: story.id, input, actorId: editorId(), upload: await upload() });
    expect(result).toMatchObject({ ok: true });
    const { path, original } = await m.one<{ path: string; original: string }>(
      sql`SELECT m.path, m.original_path AS original FROM articles a JOIN media m ON m.id = a.photo_id WHERE a.id = ${story.id}`,
    );
    // The full size, its variant, and the metadata-stripped original kept for re-cropping.
    expect(await snapshot()).toEqual({ files: [...before.files, path, path.replace(/\.webp$/, "-640.webp"), original].sort(), rows: before.rows + 1 });
  });
});

describe("saveAdWithPictures leaves no files behind when the save does not go through", () => {
  const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#b91c1c" } }).png().toBuffer();
  const adInput = (kanal = "") => {
    const r = validateAdForm(
      {
        nama: "Promo Kopi Nusantara", slot: "leaderboard", jenis: "image", url_tujuan: "https://kopi.example/promo", teks_alt: "Diskon kopi",
        html: "", mulai: "2026-03-01T00:00", selesai: "2026-03-31T23:59", bobot: "1", kanal, dijeda: "",
      },
      { hasImage: true },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.input;
  };
  const pictures = async () => ({ picture: await png(728, 90), phonePicture: await png(320, 100) });
  const newCreative = async () => {
    const saved = await m.adDesk.saveAdWithPictures({ media: localMediaStore(mediaDir()), id: null, input: adInput(), ...(await pictures()), dropMobileImage: false });
    if (!saved.ok) throw new Error(`Iklan tidak tersimpan: ${saved.reason}`);
    return saved.id;
  };

  it("a creative deleted before the save", async () => {
    const id = await newCreative();
    await m.adDesk.deleteAdCreative(id);
    const before = await snapshot();
    expect(await m.adDesk.saveAdWithPictures({ media: localMediaStore(mediaDir()), id, input: adInput(), ...(await pictures()), dropMobileImage: false })).toEqual({ ok: false, reason: "missing" });
    expect(await snapshot()).toEqual(before);
  });

  it("a creative deleted while its pictures are being written", async () => {
    const id = await newCreative();
    const files = await pictures();
    const before = await snapshot();
    const pending = m.adDesk.saveAdWithPictures({ media: localMediaStore(mediaDir()), id, input: adInput(), ...files, dropMobileImage: false });
    await m.adDesk.deleteAdCreative(id);
    expect(await pending).toEqual({ ok: false, reason: "missing" });
    expect(await snapshot()).toEqual(before);
  });

  it("an error inside the save", async () => {
    const before = await snapshot();
    const save = m.adDesk.saveAdWithPictures({ media: localMediaStore(mediaDir()), id: null, input: adInput("999999"), ...(await pictures()), dropMobileImage: false });
    await expect(failure(save)).resolves.toMatch(/foreign key/i);
    expect(await snapshot()).toEqual(before);
  });

  it("while a save that goes through keeps both pictures and their rows", async () => {
    const before = await snapshot();
    const id = await newCreative();
    const row = await m.one<{ image: string; phone: string }>(
      sql`SELECT d.path AS image, p.path AS phone FROM ad_creatives c JOIN media d ON d.id = c.image_id JOIN media p ON p.id = c.mobile_image_id WHERE c.id = ${id}`,
    );
    expect(await snapshot()).toEqual({ files: [...before.files, row.image, row.phone].sort(), rows: before.rows + 2 });
  });
});
