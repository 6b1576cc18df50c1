import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { liveUpdateFormSchema } from "@/lib/live";
import { seededDatabase } from "./testing/seeded-database";

// "Laporan langsung" on a real database seeded as a fresh install is, on SQLite and (project
// `postgres`) on PostgreSQL: the demo report, starting and ending, and the updates' writes.
const m = seededDatabase("live", async () => ({
  mutations: await import("./mutations/live"),
  queries: await import("./queries/live"),
  library: await import("./queries/media-library"),
}));

const at = (iso: string) => new Date(iso);
const input = (isi: string, poin = "", foto = "") => liveUpdateFormSchema.parse({ pembaruan: isi, "poin-penting": poin, "foto-pembaruan": foto });

async function publishedStory(offset: number) {
  const { articles } = m.tables;
  const [row] = await m
    .db()
    .select({ id: articles.id, publicId: articles.publicId, slug: articles.slug, version: articles.version, liveStartedAt: articles.liveStartedAt })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(1)
    .offset(offset);
  return row;
}

async function editorId() {
  const { staff } = m.tables;
  const [row] = await m.db().select({ id: staff.id }).from(staff).where(eq(staff.role, "editor")).limit(1);
  return row.id;
}

describe("the demo live report", () => {
  it("is running, with at least 8 updates, one pinned, and a few key events", async () => {
    const { articles } = m.tables;
    const [story] = await m.db().select({ id: articles.id, publicId: articles.publicId }).from(articles).where(eq(articles.slug, "ribuan-pelari-ramaikan-maraton-kota-semarang-rute-lewati-kota-lama"));
    const report = await m.queries.getLiveReport(story.id);
    expect(report?.endedAt).toBeNull();
    expect(report!.updates.length).toBeGreaterThanOrEqual(8);
    expect(report!.updates.filter((u) => u.pinned)).toHaveLength(1);
    expect(report!.updates.filter((u) => u.keyTitle).length).toBeGreaterThanOrEqual(3);
    expect(report!.updates.map((u) => u.id)).toEqual([...report!.updates.map((u) => u.id)].sort((a, b) => b - a));
    expect(report!.updates.every((u) => u.author && u.body.startsWith("<p>"))).toBe(true);
    const since = await m.queries.getLiveUpdatesSince({ publicId: story.publicId, sinceId: report!.updates[2].id });
    expect(since?.updates.map((u) => u.id)).toEqual(report!.updates.slice(0, 2).map((u) => u.id));
  });
});

describe("a live report's life", () => {
  it("starts, takes updates, pins one at a time, edits, deletes, and ends; the story's version never moves", async () => {
    const story = await publishedStory(3);
    expect(story.liveStartedAt).toBeNull();
    const actorId = await editorId();

    expect(await m.mutations.addLiveUpdate({ articleId: story.id, input: input("Terlalu dini."), actorId })).toEqual({ ok: false, reason: "not-live" });
    const started = await m.mutations.startLiveReport({ articleId: story.id, now: at("2030-05-01T01:00:00Z") });
    expect(started).toMatchObject({ ok: true, change: { publicId: story.publicId, before: { public: true }, after: { public: true } } });
    expect(await m.mutations.startLiveReport({ articleId: story.id })).toEqual({ ok: false, reason: "already-live" });

    const ids: number[] = [];
    for (const [i, text] of ["Satu.", "Dua.", "Tiga."].entries()) {
      const r = await m.mutations.addLiveUpdate({ articleId: story.id, input: input(text, i === 1 ? "Poin dua" : ""), actorId, now: at(`2030-05-01T0${i + 2}:00:00Z`) });
      expect(r).toMatchObject({ ok: true, change: { articleId: story.id, publicId: story.publicId, slug: story.slug, public: true } });
      if (r.ok) ids.push(r.change.updateId);
    }
    // A photo id that is not in the library is refused.
    expect(await m.mutations.addLiveUpdate({ articleId: story.id, input: input("Foto.", "", "999999"), actorId })).toEqual({ ok: false, reason: "photo-missing" });
    // The body is sanitized on the way in, whatever the caller built.
    const dirty = await m.mutations.addLiveUpdate({ articleId: story.id, input: { html: '<p onclick="x()">Bersih<script>alert(1)</script></p>', photoId: null, keyTitle: "" }, actorId });
    expect(dirty.ok).toBe(true);

    expect(await m.mutations.pinLiveUpdate({ updateId: ids[0], pinned: true })).toMatchObject({ ok: true });
    expect(await m.mutations.pinLiveUpdate({ updateId: ids[2], pinned: true })).toMatchObject({ ok: true });
    let report = await m.queries.getLiveReport(story.id);
    expect(report!.updates.filter((u) => u.pinned).map((u) => u.id)).toEqual([ids[2]]);
    expect(report!.updates[0].body).toBe("<p>Bersih</p>");
    expect(report!.updates.find((u) => u.id === ids[1])).toMatchObject({ keyTitle: "Poin dua", body: "<p>Dua.</p>", author: expect.any(String) });

    expect(await m.mutations.editLiveUpdate({ updateId: ids[1], input: input("Dua, diperbaiki.", ""), now: at("2030-05-01T05:00:00Z") })).toMatchObject({ ok: true });
    expect(await m.mutations.pinLiveUpdate({ updateId: ids[2], pinned: false })).toMatchObject({ ok: true });
    expect(await m.mutations.deleteLiveUpdate({ updateId: ids[0] })).toMatchObject({ ok: true });
    expect(await m.mutations.deleteLiveUpdate({ updateId: ids[0] })).toEqual({ ok: false, reason: "update-missing" });
    report = await m.queries.getLiveReport(story.id);
    expect(report!.updates.map((u) => u.id)).not.toContain(ids[0]);
    expect(report!.updates.some((u) => u.pinned)).toBe(false);
    expect(report!.updates.find((u) => u.id === ids[1])).toMatchObject({
      keyTitle: "",
      body: "<p>Dua, diperbaiki.</p>",
      createdAt: at("2030-05-01T03:00:00Z"),
      updatedAt: at("2030-05-01T05:00:00Z"),
    });

    expect(await m.mutations.endLiveReport({ articleId: story.id, now: at("2030-05-01T09:00:00Z") })).toMatchObject({ ok: true });
    expect(await m.mutations.endLiveReport({ articleId: story.id })).toEqual({ ok: false, reason: "ended" });
    expect(await m.mutations.addLiveUpdate({ articleId: story.id, input: input("Terlambat."), actorId })).toEqual({ ok: false, reason: "ended" });
    report = await m.queries.getLiveReport(story.id);
    expect(report).toMatchObject({ startedAt: at("2030-05-01T01:00:00Z"), endedAt: at("2030-05-01T09:00:00Z") });
    const polled = await m.queries.getLiveUpdatesSince({ publicId: story.publicId, sinceId: 0 });
    expect(polled).toMatchObject({ slug: story.slug, ended: true });

    // Started again, the report resumes with its first start.
    await m.mutations.startLiveReport({ articleId: story.id, now: at("2030-05-02T01:00:00Z") });
    expect(await m.queries.getLiveReport(story.id)).toMatchObject({ startedAt: at("2030-05-01T01:00:00Z"), endedAt: null });

    expect((await publishedStory(3)).version).toBe(story.version);
  });

  it("counts an update's photo as the story's in the library while the update stands", async () => {
    const story = await publishedStory(6);
    const actorId = await editorId();
    // Another story's main photo, which this story does not use.
    const { articles } = m.tables;
    const [other] = await m.db().select({ photoId: articles.photoId }).from(articles).where(eq(articles.id, (await publishedStory(7)).id));
    const photoId = other.photoId!;
    await m.mutations.startLiveReport({ articleId: story.id });
    const usesIt = async () => (await m.library.getPhotoForEdit(photoId))!.stories.some((s) => s.id === story.id);
    expect(await usesIt()).toBe(false);
    const posted = await m.mutations.addLiveUpdate({ articleId: story.id, input: input("Dengan foto.", "", String(photoId)), actorId });
    expect(await usesIt()).toBe(true);
    const updateId = posted.ok ? posted.change.updateId : 0;
    await m.mutations.editLiveUpdate({ updateId, input: input("Tanpa foto kini.") });
    expect(await usesIt()).toBe(false);
    await m.mutations.editLiveUpdate({ updateId, input: input("Foto kembali.", "", String(photoId)) });
    expect(await usesIt()).toBe(true);
    await m.mutations.deleteLiveUpdate({ updateId });
    expect(await usesIt()).toBe(false);
  });

  it("never had a report: no live data, and the poll answers nothing", async () => {
    const story = await publishedStory(5);
    expect(await m.queries.getLiveReport(story.id)).toBeNull();
    expect(await m.queries.getLiveUpdatesSince({ publicId: story.publicId, sinceId: 0 })).toBeNull();
    expect(await m.queries.getLiveFeedStory(story.publicId)).toBeNull();
    expect(await m.mutations.endLiveReport({ articleId: story.id })).toEqual({ ok: false, reason: "not-live" });
    expect(await m.mutations.startLiveReport({ articleId: 99_999_999 })).toEqual({ ok: false, reason: "missing" });
  });
});
