import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emptyLayout, type FrontLayout } from "@/lib/front-page";
import { seededDatabase } from "./testing/seeded-database";

// Atur Beranda on both engines: versions, restore, and the home page's read of the picks, with
// expiry and unpublished stories decided at read time.
const m = seededDatabase("front-page", async () => ({
  queries: await import("./queries/front-page"),
  mutations: await import("./mutations/front-page"),
  revisions: await import("./mutations/article-revisions"),
}));

const HOUR = 3600_000;

async function publishedStories(n: number) {
  const { articles } = m.tables;
  return await m
    .db()
    .select({ id: articles.id, publicId: articles.publicId, title: articles.title })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(n);
}

async function anyStaffId(): Promise<number> {
  const [row] = await m.db().select({ id: m.tables.staff.id }).from(m.tables.staff).limit(1);
  return row.id;
}

describe("front page", () => {
  it("without a saved version leads with the newest stories", async () => {
    const newest = await publishedStories(5);
    const page = await m.queries.getFrontPage({ latestCount: 8 });
    expect(page.headline?.article.id).toBe(newest[0].id);
    expect(page.sorotan.map((p) => p.article.id)).toEqual(newest.slice(1, 5).map((s) => s.id));
    expect(page.pilihan).toEqual([]);
    expect(page.rest).toHaveLength(8);
  });

  it("saves versions, shows the picks, drops expired and unpublished ones at read time, and restores", async () => {
    const stories = await publishedStories(12);
    const old = stories[10];
    const other = stories[11];
    const actorId = await anyStaffId();
    const now = new Date();
    const layout: FrontLayout = {
      ...emptyLayout(),
      headline: [{ articleId: old.id, expiresAt: now.getTime() + HOUR }],
      pilihan: [{ articleId: other.id, expiresAt: null }, null, null, null, null, null],
    };
    const first = await m.mutations.saveFrontPage({ layout, actorId, now });
    expect(first.changed).toBe(true);
    expect(first.before).toEqual(emptyLayout());
    // The same layout again is no new version.
    const again = await m.mutations.saveFrontPage({ layout, actorId, now });
    expect(again).toMatchObject({ versionId: first.versionId, changed: false });

    const page = await m.queries.getFrontPage({ latestCount: 8, now });
    expect(page.headline).toMatchObject({ article: { id: old.id, title: old.title }, pick: { articleId: old.id } });
    expect(page.sorotan[0].article.id).toBe(stories[0].id);
    expect(page.pilihan.map((p) => p.article.id)).toEqual([other.id]);
    expect(page.rest).toHaveLength(8);

    // After the expiry the newest story leads again; nothing was written for that.
    const later = await m.queries.getFrontPage({ latestCount: 8, now: new Date(now.getTime() + 2 * HOUR) });
    expect(later.headline).toMatchObject({ article: { id: stories[0].id }, pick: null });

    // Unpublished: out of Pilihan Redaksi at once.
    await m.revisions.setArticleStatus({ id: other.id, status: "draft", actorId, now });
    expect((await m.queries.getFrontPage({ latestCount: 8, now })).pilihan).toEqual([]);

    // A second version, then the first restored as a third.
    const second = await m.mutations.saveFrontPage({ layout: emptyLayout(), actorId, now });
    expect(second).toMatchObject({ changed: true, before: layout, after: emptyLayout() });
    const restored = await m.mutations.restoreFrontPageVersion({ versionId: first.versionId, actorId, now });
    expect(restored).toMatchObject({ changed: true, after: layout });
    expect(restored!.versionId).toBeGreaterThan(second.versionId);
    expect((await m.queries.getCurrentFrontLayout()).layout).toEqual(layout);
    const versions = await m.queries.getFrontPageVersions(10);
    expect(versions.map((v) => v.id)).toEqual([restored!.versionId, second.versionId, first.versionId]);
    expect(versions[0].savedBy).toBeTruthy();
    expect(versions[0].savedAt.getTime()).toBe(now.getTime());
    expect(await m.mutations.restoreFrontPageVersion({ versionId: 999_999, actorId, now })).toBeNull();
  });

  it("finds visible stories by title words and checks typed ids, any status", async () => {
    const [story] = await publishedStories(1);
    const word = story.title.split(" ").find((w) => w.length > 4)!;
    const hits = await m.queries.searchFrontStories(word.toUpperCase(), { limit: 8 });
    expect(hits.map((h) => h.publicId)).toContain(story.publicId);
    const { articles } = m.tables;
    const [draft] = await m.db().select({ publicId: articles.publicId, title: articles.title }).from(articles).where(eq(articles.status, "draft")).limit(1);
    expect((await m.queries.searchFrontStories(draft.title, { limit: 8 })).map((h) => h.publicId)).not.toContain(draft.publicId);
    const refs = await m.queries.getStoryRefs({ publicIds: [story.publicId, draft.publicId, "zzzzzzzz"] });
    expect(refs.map((r) => r.publicId).sort()).toEqual([story.publicId, draft.publicId].sort());
    expect(refs.find((r) => r.publicId === draft.publicId)?.status).toBe("draft");
  });
});
