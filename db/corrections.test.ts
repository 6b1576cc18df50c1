import { and, desc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seededDatabase } from "./testing/seeded-database";

// Ralat, Koreksi, Klarifikasi and Hak Jawab on a real database, seeded as a fresh install is,
// on SQLite and (project `postgres`) on PostgreSQL.
const m = seededDatabase("corrections", async () => ({
  mutations: await import("./mutations/corrections"),
  revisions: await import("./mutations/article-revisions"),
  queries: await import("./queries/corrections"),
}));

async function staffId(role: "editor" | "admin") {
  const { staff } = m.tables;
  const [row] = await m.db().select({ id: staff.id }).from(staff).where(eq(staff.role, role)).orderBy(staff.id).limit(1);
  return row.id;
}

async function stories(status: "published" | "draft", n: number) {
  const { articles } = m.tables;
  return await m
    .db()
    .select({ id: articles.id, version: articles.version, publicId: articles.publicId })
    .from(articles)
    .where(eq(articles.status, status))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(n);
}

async function latestRevision(articleId: number) {
  const { articleRevisions } = m.tables;
  const [row] = await m.db().select().from(articleRevisions).where(eq(articleRevisions.articleId, articleId)).orderBy(desc(articleRevisions.version)).limit(1);
  return { ...row, data: JSON.parse(row.data) as Record<string, unknown> };
}

const at = (iso: string) => new Date(iso);

describe("addCorrection", () => {
  it("adds each kind to a published story, moves dateModified and the version, and records a revision", async () => {
    const [story] = await stories("published", 1);
    const editor = await staffId("editor");
    const kinds = ["ralat", "koreksi", "klarifikasi", "hak-jawab"] as const;
    for (const [i, kind] of kinds.entries()) {
      const now = at(`2030-01-0${i + 1}T03:00:00Z`);
      const r = await m.mutations.addCorrection({ articleId: story.id, input: { kind, note: `Catatan ${kind}.` }, actorId: editor, now });
      expect(r).toMatchObject({ ok: true, articleId: story.id, change: { publicId: story.publicId } });
      if (!r.ok) continue;
      expect(r.change.before?.public).toBe(true);
      expect(r.change.after?.public).toBe(true);
      const rev = await latestRevision(story.id);
      expect(rev).toMatchObject({ version: story.version + i + 1, savedById: editor });
      expect(rev.data.correction).toMatchObject({ action: "added", kind, note: `Catatan ${kind}.` });
      // The story's content is carried over from the revision before.
      expect(typeof rev.data.title).toBe("string");
    }
    const { articles } = m.tables;
    const [after] = await m.db().select({ updatedAt: articles.updatedAt, version: articles.version }).from(articles).where(eq(articles.id, story.id));
    expect(after).toEqual({ updatedAt: at("2030-01-04T03:00:00Z"), version: story.version + 4 });
    const notes = await m.queries.getStoryCorrections(story.id);
    expect(notes.map((n) => n.kind)).toEqual(kinds);
    expect(notes[0]).toMatchObject({ note: "Catatan ralat.", createdAt: at("2030-01-01T03:00:00Z") });
  });

  it("refuses a draft and an unknown story, writing nothing", async () => {
    const [draft] = await stories("draft", 1);
    const editor = await staffId("editor");
    const input = { kind: "ralat" as const, note: "Tidak boleh." };
    expect(await m.mutations.addCorrection({ articleId: draft.id, input, actorId: editor })).toEqual({ ok: false, reason: "not-public" });
    expect(await m.mutations.addCorrection({ articleId: 999_999, input, actorId: editor })).toEqual({ ok: false, reason: "missing" });
    expect(await m.queries.getStoryCorrections(draft.id)).toEqual([]);
    const { articles } = m.tables;
    const [row] = await m.db().select({ version: articles.version }).from(articles).where(eq(articles.id, draft.id));
    expect(row.version).toBe(draft.version);
  });
});

describe("the /koreksi list", () => {
  it("lists visible notes newest first, with their story", async () => {
    const [, a, b] = await stories("published", 3);
    const editor = await staffId("editor");
    await m.mutations.addCorrection({ articleId: a.id, input: { kind: "koreksi", note: "Lebih dulu." }, actorId: editor, now: at("2030-02-01T01:00:00Z") });
    await m.mutations.addCorrection({ articleId: b.id, input: { kind: "klarifikasi", note: "Lebih baru." }, actorId: editor, now: at("2030-02-02T01:00:00Z") });
    const list = await m.queries.getCorrectionList({ limit: 50, now: at("2030-03-01T00:00:00Z") });
    const ours = list.filter((n) => ["Lebih dulu.", "Lebih baru."].includes(n.note));
    expect(ours.map((n) => [n.note, n.article.publicId])).toEqual([
      ["Lebih baru.", b.publicId],
      ["Lebih dulu.", a.publicId],
    ]);
    // Newest first across the whole list.
    const times = list.map((n) => n.createdAt.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(await m.queries.countCorrectionList(at("2030-03-01T00:00:00Z"))).toBe(list.length);
  });
});

describe("removeCorrection", () => {
  it("hides the note from readers, keeps it with who and when for the desk, and records a revision", async () => {
    const [, , , story] = await stories("published", 4);
    const [editor, admin] = [await staffId("editor"), await staffId("admin")];
    const added = await m.mutations.addCorrection({ articleId: story.id, input: { kind: "ralat", note: "Salah tempel." }, actorId: editor, now: at("2030-04-01T01:00:00Z") });
    const [note] = await m.queries.getStoryCorrections(story.id);
    expect(added.ok).toBe(true);

    const removed = await m.mutations.removeCorrection({ correctionId: note.id, actorId: admin, now: at("2030-04-01T02:00:00Z") });
    expect(removed).toMatchObject({ ok: true, articleId: story.id });
    expect(await m.queries.getStoryCorrections(story.id)).toEqual([]);
    expect((await m.queries.getCorrectionList({ limit: 500, now: at("2030-05-01T00:00:00Z") })).map((n) => n.id)).not.toContain(note.id);
    const [desk] = await m.queries.getDeskCorrections(story.id);
    const { staff } = m.tables;
    const [adminRow] = await m.db().select({ name: staff.name }).from(staff).where(eq(staff.id, admin));
    expect(desk).toMatchObject({ id: note.id, note: "Salah tempel.", removedAt: at("2030-04-01T02:00:00Z"), removedBy: adminRow.name });
    expect((await latestRevision(story.id)).data.correction).toMatchObject({ action: "removed", id: note.id, note: "Salah tempel." });

    // Removing twice changes nothing more; an unknown note is reported as such.
    expect(await m.mutations.removeCorrection({ correctionId: note.id, actorId: admin })).toEqual({ ok: false, reason: "removed" });
    expect(await m.mutations.removeCorrection({ correctionId: 999_999, actorId: admin })).toEqual({ ok: false, reason: "missing" });
    const { articleCorrections } = m.tables;
    const rows = await m.db().select().from(articleCorrections).where(and(eq(articleCorrections.articleId, story.id), inArray(articleCorrections.id, [note.id])));
    expect(rows).toHaveLength(1);
  });

  it("does not carry a note's revision marker into the next status change", async () => {
    const [, , , , story] = await stories("published", 5);
    const editor = await staffId("editor");
    await m.mutations.addCorrection({ articleId: story.id, input: { kind: "koreksi", note: "Tanda." }, actorId: editor });
    await m.revisions.setArticleStatus({ id: story.id, status: "draft", actorId: editor });
    const rev = await latestRevision(story.id);
    expect(rev.data.status).toBe("draft");
    expect(rev.data).not.toHaveProperty("correction");
  });
});
