import type Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { seededDatabase } from "./testing/seeded-database";

// Issue #17, defect 5: publishing and the version check need only a story's latest revision, so
// they must fetch one row, however long its history, not every revision with its full JSON.
// Counted on the real statements: the connection's prepare is wrapped, as in query-plans.test.ts.
const m = seededDatabase("latest-revision", async () => ({
  articles: await import("./mutations/articles"),
  revisions: await import("./mutations/article-revisions"),
  inputs: await import("./testing/article-input"),
}));

const HISTORY = 40;
let counting = false;
let revisionRowsFetched = 0;

/** Counts the rows every SELECT on article_revisions hands back to JavaScript while `counting` is on. */
function countRevisionRows(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    if (!/^\s*select\b[\s\S]*\barticle_revisions\b/i.test(sql)) return stmt;
    const proxy: Database.Statement = new Proxy(stmt, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== "function") return value;
        if (prop === "all" || prop === "get") {
          return (...params: unknown[]) => {
            const out = value.apply(target, params);
            // get() hands back one row (an array of columns in raw mode), all() an array of rows.
            if (counting) revisionRowsFetched += prop === "all" ? (out as unknown[]).length : out === undefined ? 0 : 1;
            return out;
          };
        }
        if (prop === "iterate") throw new Error("iterate is not counted");
        // raw(), pluck(), expand() return the statement itself: keep returning the proxy.
        return (...args: unknown[]) => {
          const out = value.apply(target, args);
          return out === target ? proxy : out;
        };
      },
    });
    return proxy;
  }) as typeof db.prepare;
}

async function rowsFetchedBy(run: () => Promise<unknown>): Promise<number> {
  revisionRowsFetched = 0;
  counting = true;
  try {
    await run();
  } finally {
    counting = false;
  }
  return revisionRowsFetched;
}

const sqlite = () => m.sqlite();
const one = <T>(sql: string, ...params: unknown[]) => sqlite().prepare(sql).get(...params) as T;
const editorId = () => one<{ id: number }>("SELECT id FROM staff WHERE role = 'editor' ORDER BY id LIMIT 1").id;
let story = 0;

beforeAll(async () => {
  countRevisionRows(sqlite());
  story = one<{ id: number }>("SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 1").id;
  // A story with a long history: every save and status change adds a revision.
  for (let i = 0; i < HISTORY; i++) {
    const status = i % 2 ? "published" : "draft";
    expect(await m.revisions.setArticleStatus({ id: story, status, actorId: editorId() })).not.toBeNull();
  }
  expect(one<{ n: number }>("SELECT count(*) AS n FROM article_revisions WHERE article_id = ?", story).n).toBeGreaterThan(HISTORY);
});

describe("the latest revision", () => {
  it("is the only one a status change reads, and its data carries on", async () => {
    const before = one<{ data: string }>("SELECT data FROM article_revisions WHERE article_id = ? ORDER BY version DESC LIMIT 1", story);
    expect(await rowsFetchedBy(() => m.revisions.setArticleStatus({ id: story, status: "published", actorId: editorId() }))).toBe(1);
    const after = one<{ data: string; version: number }>("SELECT data, version FROM article_revisions WHERE article_id = ? ORDER BY version DESC LIMIT 1", story);
    expect(JSON.parse(after.data)).toEqual({ ...JSON.parse(before.data), status: "published", publishedAt: expect.any(Number) });
  });

  it("is the only one the version check reads to name who saved last", async () => {
    const input = await m.inputs.formInputFor(story);
    input.version! -= 1;
    let result: Awaited<ReturnType<typeof m.articles.saveArticle>> | undefined;
    expect(await rowsFetchedBy(async () => (result = await m.articles.saveArticle({ id: story, input, actorId: editorId(), photo: null })))).toBe(1);
    const last = one<{ savedAt: number }>("SELECT saved_at AS savedAt FROM article_revisions WHERE article_id = ? ORDER BY version DESC LIMIT 1", story);
    expect(result).toMatchObject({ ok: false, reason: "conflict", savedBy: expect.any(String), savedAt: new Date(last.savedAt) });
  });
});
