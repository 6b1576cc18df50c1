import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { goodJpeg } from "@/lib/testing/uploads/hostile-files";
import { seededDatabase } from "./testing/seeded-database";
import { localMediaStore } from "@/lib/media/local";

// Issue #17, defect 3: every revision records its photo, so restoring one brings that photo back,
// with the caption, credit and alt text it had then. Real sharp, a real database (both engines), and
// restoreRevision, which the Pulihkan button's action calls.
const m = seededDatabase("restore-revision", async () => ({
  images: await import("@/lib/images"),
  articles: await import("./mutations/articles"),
  revisions: await import("./mutations/article-revisions"),
  inputs: await import("./testing/article-input"),
}));

let editor = 0;
const editorId = () => editor;
beforeAll(async () => {
  editor = (await m.one<{ id: number }>(sql`SELECT id FROM staff WHERE role = 'editor' ORDER BY id LIMIT 1`)).id;
});
const photoOf = (articleId: number) =>
  m.one<{ id: number | null; caption: string | null; credit: string | null; alt: string | null }>(
    sql`SELECT m.id, m.caption, m.credit, m.alt FROM articles a LEFT JOIN media m ON m.id = a.photo_id WHERE a.id = ${articleId}`,
  );
const revisionId = async (articleId: number, version: number) =>
  (await m.one<{ id: number }>(sql`SELECT id FROM article_revisions WHERE article_id = ${articleId} AND version = ${version}`)).id;
const storyWithPhoto = async (offset: number) =>
  (await m.one<{ id: number }>(sql`SELECT id FROM articles WHERE status = 'published' AND photo_id IS NOT NULL ORDER BY id LIMIT 1 OFFSET ${offset}`)).id;

async function save(articleId: number, changes: Record<string, string>, withNewPhoto = false) {
  const input = await m.inputs.formInputFor(articleId, changes);
  const checked = withNewPhoto ? await m.images.processUpload(await goodJpeg()) : null;
  if (checked && !checked.ok) throw new Error(checked.message);
  const upload = checked ? { media: localMediaStore(process.env.MEDIA_DIR!), image: checked.image } : null;
  const result = await m.articles.saveArticleWithPhoto({ id: articleId, input, actorId: editorId(), upload });
  if (!result.ok) throw new Error(result.reason);
  return result.version;
}

async function restore(articleId: number, version: number) {
  const restored = await m.revisions.restoreRevision({ revisionId: await revisionId(articleId, version), actorId: editorId() });
  expect(restored?.result).toMatchObject({ ok: true });
}

describe("restoreRevision", () => {
  it("brings back the revision's photo with the caption, credit and alt text it recorded", async () => {
    const story = await storyWithPhoto(0);
    const first = await photoOf(story);
    const old = { keterangan_foto: "Warga mengungsi ke masjid.", kredit_foto: "Antara/Rina", alt_foto: "Warga di serambi masjid" };
    const kept = await save(story, old);
    await save(story, { keterangan_foto: "Foto baru dari lokasi.", kredit_foto: "Warta/Dodi", alt_foto: "Jalan tergenang" }, true);
    expect((await photoOf(story)).id).not.toBe(first.id);

    await restore(story, kept);
    expect(await photoOf(story)).toEqual({ id: first.id, caption: old.keterangan_foto, credit: old.kredit_foto, alt: old.alt_foto });
  });

  it("takes the photo's own caption for a revision saved before captions were recorded", async () => {
    const story = await storyWithPhoto(1);
    const first = await photoOf(story);
    // Version 1 is the seed's, written the way revisions were before they recorded captions.
    const { data } = await m.one<{ data: string }>(sql`SELECT data FROM article_revisions WHERE article_id = ${story} AND version = 1`);
    const { photoCaption, photoCredit, photoAlt, ...older } = JSON.parse(data);
    expect([photoCaption, photoCredit, photoAlt]).not.toEqual([undefined, undefined, undefined]);
    await m.write(sql`UPDATE article_revisions SET data = ${JSON.stringify(older)} WHERE article_id = ${story} AND version = 1`);
    await save(story, { alt_foto: "Foto pengganti" }, true);

    await restore(story, 1);
    expect(await photoOf(story)).toEqual(first);
  });

  it("takes the photo away again when the revision had none", async () => {
    const story = await storyWithPhoto(2);
    await m.write(sql`UPDATE articles SET photo_id = NULL WHERE id = ${story}`);
    const bare = await save(story, { keterangan_foto: "", kredit_foto: "", alt_foto: "" });
    await save(story, { alt_foto: "Foto pertama" }, true);
    expect((await photoOf(story)).id).not.toBeNull();

    await restore(story, bare);
    expect((await photoOf(story)).id).toBeNull();
  });
});
