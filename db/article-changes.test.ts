import { type SQL, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { readerInvalidation } from "@/lib/article-change";
import { seededDatabase } from "./testing/seeded-database";

// Issue #17, defect 4: a write reports what changed for readers, and the actions drop reader pages
// only from that (invalidateReaderPages in app/(admin)/admin/_actions/articles.ts calls
// revalidateArticle exactly when readerInvalidation is not null). Real mutations on a seeded database (both engines).
const m = seededDatabase("article-changes", async () => ({
  articles: await import("./mutations/articles"),
  revisions: await import("./mutations/article-revisions"),
  inputs: await import("./testing/article-input"),
}));

const staffId = async (role: string) => (await m.one<{ id: number }>(sql`SELECT id FROM staff WHERE role = ${role} ORDER BY id LIMIT 1`)).id;
const storyWhere = (where: SQL, offset = 0) =>
  m.one<{ id: number; kanalSlug: string; parentSlug: string | null }>(
    sql`SELECT a.id, k.slug AS "kanalSlug", p.slug AS "parentSlug" FROM articles a JOIN kanal k ON k.id = a.kanal_id LEFT JOIN kanal p ON p.id = k.parent_id
      WHERE ${where} ORDER BY a.id LIMIT 1 OFFSET ${offset}`,
  );
/** The kanal pages a story is listed on: its own and its parent's. */
const kanalPages = (s: { kanalSlug: string; parentSlug: string | null }) => [s.kanalSlug, ...(s.parentSlug ? [s.parentSlug] : [])];

/** A fresh draft, filed the way the form files one; it reports a change like any save. */
async function newDraft(slug: string) {
  const input = await m.inputs.formInputFor((await storyWhere(sql`status = 'published'`)).id, { slug, status: "draft", waktu_terbit: "", version: "" });
  const created = await m.articles.saveArticle({ id: null, input, actorId: await staffId("reporter"), photo: null });
  if (!created.ok) throw new Error(created.reason);
  return created;
}

async function save(id: number, changes: Record<string, string> = {}) {
  const result = await m.articles.saveArticle({ id, input: await m.inputs.formInputFor(id, changes), actorId: await staffId("editor"), photo: null });
  if (!result.ok) throw new Error(result.reason);
  return result.change;
}

describe("reader pages after a write", () => {
  it("are left alone by a draft save and by a reporter's Ajukan ke redaktur", async () => {
    const draft = await newDraft("draf-untuk-redaktur");
    expect(readerInvalidation(await save(draft.id, { judul: "Judul draf yang diperbaiki" }))).toBeNull();
    const submitted = await m.revisions.setArticleStatus({ id: draft.id, status: "review", actorId: await staffId("reporter") });
    expect(submitted?.before?.public).toBe(false);
    expect(readerInvalidation(submitted!)).toBeNull();
  });

  it("are left alone by a new draft and by a story scheduled for later", async () => {
    expect(readerInvalidation((await newDraft("draf-baru-sama-sekali")).change)).toBeNull();
    const later = await storyWhere(sql`status = 'scheduled' AND published_at > ${sql.param(new Date(), m.tables.articles.publishedAt)}`);
    expect(readerInvalidation(await save(later.id, { ringkasan: "Ringkasan yang diperbarui redaktur." }))).toBeNull();
  });

  it("are dropped for a published story's save, with its kanal and tags", async () => {
    const story = await storyWhere(sql`status = 'published'`);
    const drop = readerInvalidation(await save(story.id, { tag: "Banjir, Rob" }));
    expect(drop).toMatchObject({ kanalSlugs: kanalPages(story), leftEverywhere: false });
    expect(drop?.tagSlugs).toEqual(expect.arrayContaining(["banjir", "rob"]));
  });

  it("are dropped everywhere when a story is unpublished or deleted, and once for a draft published", async () => {
    const story = await storyWhere(sql`status = 'published'`, 1);
    expect(readerInvalidation((await m.revisions.setArticleStatus({ id: story.id, status: "draft", actorId: await staffId("editor") }))!)).toMatchObject({
      leftEverywhere: true,
    });
    expect(readerInvalidation((await m.revisions.setArticleStatus({ id: story.id, status: "published", actorId: await staffId("editor") }))!)).toMatchObject({
      kanalSlugs: kanalPages(story),
      leftEverywhere: false,
    });
    expect(readerInvalidation((await m.articles.deleteArticle(story.id))!)).toMatchObject({ leftEverywhere: true });
    expect(readerInvalidation((await m.articles.deleteArticle((await newDraft("draf-yang-dihapus")).id))!)).toBeNull();
  });
});
