import { desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { num } from "./testing/sql-rows";
import { seededDatabase } from "./testing/seeded-database";

// Issue #17, defect 5: publishing and the version check need only a story's latest revision, so
// they must fetch one row, however long its history, not every revision with its full JSON.
// Counted on the real driver's statements (m.watch), on both engines.
const m = seededDatabase("latest-revision", async () => ({
  articles: await import("./mutations/articles"),
  revisions: await import("./mutations/article-revisions"),
  inputs: await import("./testing/article-input"),
}));

const HISTORY = 40;

/** The rows every SELECT on article_revisions hands back to JavaScript while `run` runs. */
async function rowsFetchedBy(run: () => Promise<unknown>): Promise<number> {
  let fetched = 0;
  const stop = m.watch((text, rows) => {
    if (/^\s*select\b[\s\S]*\barticle_revisions\b/i.test(text)) fetched += rows;
  });
  try {
    await run();
  } finally {
    stop();
  }
  return fetched;
}

const editorId = async () => (await m.one<{ id: number }>(sql`SELECT id FROM staff WHERE role = 'editor' ORDER BY id LIMIT 1`)).id;
async function latest() {
  const r = m.tables.articleRevisions;
  const [row] = await m.db().select({ data: r.data, savedAt: r.savedAt }).from(r).where(eq(r.articleId, story)).orderBy(desc(r.version)).limit(1);
  return row;
}
let story = 0;

beforeAll(async () => {
  story = (await m.one<{ id: number }>(sql`SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 1`)).id;
  // A story with a long history: every save and status change adds a revision.
  for (let i = 0; i < HISTORY; i++) {
    const status = i % 2 ? "published" : "draft";
    expect(await m.revisions.setArticleStatus({ id: story, status, actorId: await editorId() })).not.toBeNull();
  }
  expect(num((await m.one<{ n: unknown }>(sql`SELECT count(*) AS n FROM article_revisions WHERE article_id = ${story}`)).n)).toBeGreaterThan(HISTORY);
});

describe("the latest revision", () => {
  it("is the only one a status change reads, and its data carries on", async () => {
    const before = await latest();
    const actorId = await editorId();
    expect(await rowsFetchedBy(() => m.revisions.setArticleStatus({ id: story, status: "published", actorId }))).toBe(1);
    const after = await latest();
    expect(JSON.parse(after.data)).toEqual({ ...JSON.parse(before.data), status: "published", publishedAt: expect.any(Number) });
  });

  it("is the only one the version check reads to name who saved last", async () => {
    const input = await m.inputs.formInputFor(story);
    input.version! -= 1;
    const actorId = await editorId();
    let result: Awaited<ReturnType<typeof m.articles.saveArticle>> | undefined;
    expect(await rowsFetchedBy(async () => (result = await m.articles.saveArticle({ id: story, input, actorId, photo: null })))).toBe(1);
    expect(result).toMatchObject({ ok: false, reason: "conflict", savedBy: expect.any(String), savedAt: (await latest()).savedAt });
  });
});
