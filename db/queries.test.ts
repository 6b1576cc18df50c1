import { count, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seededDatabase, testEngine } from "./testing/seeded-database";

// Integration tests on a real database (SQLite, and PostgreSQL in the `postgres` project),
// seeded exactly as a fresh install is.
// Terpopuler, Baca Juga, Berita Lainnya and view writes are in discovery.test.ts.
const m = seededDatabase("db", async () => ({
  articles: await import("./queries/articles"),
  kanal: await import("./queries/kanal"),
  staff: await import("./queries/staff"),
  admin: await import("./queries/admin"),
}));

const sqlite = () => m.sqlite();
const articleCount = async () => (await m.db().select({ n: count() }).from(m.tables.articles))[0].n;

describe("fresh database", () => {
  it.runIf(testEngine() === "sqlite")("is in WAL mode with foreign keys and a busy timeout", () => {
    expect(sqlite().pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite().pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite().pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("holds the demo newsroom: 6+ kanal with 6+ visible stories each over the last 14 days", async () => {
    const nav = await m.kanal.getKanalNav();
    const all = nav.flatMap((k) => [k, ...k.children]);
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const k of all) {
      const detail = (await m.kanal.getKanalBySlug(k.slug))!;
      const own = await m.articles.countKanalArticles([detail.id]);
      expect(own, k.slug).toBeGreaterThanOrEqual(6);
    }
    const latest = await m.articles.getLatestArticles({ limit: 100 });
    expect(latest.length).toBeGreaterThanOrEqual(36);
    const ages = latest.map((a) => Date.now() - a.publishedAt.getTime());
    expect(Math.min(...ages)).toBeGreaterThan(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(14 * 24 * 3600 * 1000);
  });

  it("gives every story a photo, credit, reporter, editor, dateline, 2–4 tags and 3+ paragraphs", async () => {
    const latest = await m.articles.getLatestArticles({ limit: 100 });
    for (const card of latest) {
      const a = (await m.articles.getArticlePage(card.publicId))!;
      expect(a.photo?.credit, a.slug).toBeTruthy();
      expect(a.photo?.caption, a.slug).toBeTruthy();
      expect(a.reporter && a.editor && a.dateline, a.slug).toBeTruthy();
      expect(a.tags.length, a.slug).toBeGreaterThanOrEqual(2);
      expect(a.tags.length, a.slug).toBeLessThanOrEqual(4);
      expect(a.body.match(/<p>/g)?.length ?? 0, a.slug).toBeGreaterThanOrEqual(3);
    }
  });

  it("is migrated but never wiped on the next start", async () => {
    const { articles } = m.tables;
    const before = await articleCount();
    await m.engine.transaction((tx) => tx.update(articles).set({ title: "Judul diubah redaksi" }).where(eq(articles.id, 1)));
    await m.prepare.prepareDatabase();
    expect(await articleCount()).toBe(before);
    expect(await m.db().select({ title: articles.title }).from(articles).where(eq(articles.id, 1))).toEqual([{ title: "Judul diubah redaksi" }]);
  });
});

describe("reader visibility", () => {
  it("hides drafts and future scheduled stories, and shows a scheduled one once its time comes", async () => {
    const { articles } = m.tables;
    const hidden = await m
      .db()
      .select({ publicId: articles.publicId, publishedAt: articles.publishedAt })
      .from(articles)
      .where(inArray(articles.status, ["draft", "scheduled"]));
    expect(hidden.length).toBe(2);
    const visibleIds = (await m.articles.getLatestArticles({ limit: 100 })).map((a) => a.publicId);
    for (const h of hidden) {
      expect(await m.articles.getArticlePage(h.publicId)).toBeNull();
      expect(visibleIds).not.toContain(h.publicId);
    }
    const scheduled = hidden.find((h) => h.publishedAt !== null)!;
    const later = new Date(scheduled.publishedAt!.getTime() + 60_000);
    expect(await m.articles.getArticlePage(scheduled.publicId, later)).not.toBeNull();
  });
});

describe("text order", () => {
  it("is code-point order on both engines, whatever collation the PostgreSQL server sorts by", async () => {
    if (m.kind === "postgres") {
      // Most servers are created with a linguistic locale (en_US.UTF-8, ICU), which ignores case,
      // spaces and hyphens at first; the test cluster's is C.UTF-8. Give the columns ICU's root
      // collation, as such a server's default would be.
      for (const [table, column] of [["staff", "name"], ["tags", "name"]]) {
        await m.write(sql.raw(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE text COLLATE "und-x-icu"`));
      }
    }
    const names = ["budi santoso", "Budiman", "Budi Santoso", "agus", "Zainal", "Ayu", "Budi-Santoso"];
    const { staff, tags } = m.tables;
    await m.engine.transaction(async (tx) => {
      await tx.insert(staff).values(names.map((name, i) => ({ name, slug: `urut-${i}`, role: "reporter" as const })));
      await tx.insert(tags).values(names.map((name, i) => ({ name, slug: `urut-${i}` })));
    });
    const codePoint = (list: string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const listed = (await m.staff.getStaffList()).map((s) => s.name);
    expect(listed).toEqual(codePoint(listed));
    const suggested = await m.admin.getTagSuggestions();
    expect(suggested).toEqual(codePoint(suggested));
    expect(suggested.filter((n) => names.includes(n))).toEqual(["Ayu", "Budi Santoso", "Budi-Santoso", "Budiman", "Zainal", "agus", "budi santoso"]);
  });
});
