import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seededDatabase } from "../testing/seeded-database";

// The SQLite engine's transactions on a real file: atomic across awaits, one at a time,
// invisible to readers until committed. Several "requests" are several promises in flight.
const m = seededDatabase("engine", async () => ({
  articles: await import("../mutations/articles"),
  admin: await import("../queries/admin"),
  form: await import("@/lib/article-form"),
  tables: await import("../tables"),
}));

const tick = () => new Promise((r) => setTimeout(r, 2));

function formInput(title: string, version: number | null, tags: string) {
  const kanal = m.sqlite().prepare("SELECT id FROM kanal ORDER BY id LIMIT 1").get() as { id: number };
  return m.form.articleFormSchema.parse({
    judul: title, slug: "berita-rebutan", kanal: String(kanal.id), tag: tags, ringkasan: "Ringkasan.", dateline: "JAKARTA",
    isi: `<p>${title}</p>`, reporter: "", redaktur: "", keterangan_foto: "", kredit_foto: "", alt_foto: "", terkait: "",
    status: "draft", waktu_terbit: "", version: version === null ? "" : String(version),
  });
}

describe("SqliteEngine.transaction", () => {
  it("lets exactly one of several concurrent saves of the same version win, and readers never see half a save", async () => {
    const actor = (m.sqlite().prepare("SELECT id FROM staff ORDER BY id LIMIT 1").get() as { id: number }).id;
    const created = await m.articles.saveArticle({ id: null, input: formInput("Versi awal", null, "satu"), actorId: actor, photo: null });
    if (!created.ok) throw new Error(created.reason);
    const { articles, articleRevisions, articleTags } = m.tables;
    const db = m.engine.getDb();

    // A reader polls while the saves run: at every moment the row's version must have its
    // revision and its three tags (each save writes three; the first had one).
    // Everything runs in one burst of promises, so the saves' statements and the reader's
    // interleave at every await, as concurrent requests do.
    let saving = true;
    let polls = 0;
    const seen: string[] = [];
    const reader = (async () => {
      // Bounded, so that a broken engine fails the test instead of spinning forever.
      while (saving && polls < 10_000) {
        const [row] = await db.select({ version: articles.version, title: articles.title }).from(articles).where(eq(articles.id, created.id));
        const [revs] = await db.select({ n: count() }).from(articleRevisions).where(eq(articleRevisions.articleId, created.id));
        const [tagged] = await db.select({ n: count() }).from(articleTags).where(eq(articleTags.articleId, created.id));
        // Three reads are three moments; a commit may land between them, never inside one save.
        if (row.version > 1 && tagged.n !== 3) seen.push(`v${row.version} with ${tagged.n} tags`);
        if (revs.n < row.version) seen.push(`v${row.version} before its revision`);
        polls++;
      }
    })();

    const saves = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        m.articles.saveArticle({ id: created.id, input: formInput(`Suntingan ${i}`, 1, "dua, tiga, empat"), actorId: actor, photo: null }),
      ),
    );
    saving = false;
    await reader;
    expect(saves.filter((s) => s.status === "rejected")).toEqual([]);
    const results = saves.map((s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof m.articles.saveArticle>>>).value);

    expect(results.filter((s) => s.ok)).toHaveLength(1);
    expect(results.filter((s) => !s.ok).map((s) => !s.ok && s.reason)).toEqual(Array(5).fill("conflict"));
    expect(seen).toEqual([]);
    expect(polls).toBeGreaterThan(1);
    const revisions = await m.admin.getRevisions(created.id);
    expect(revisions.map((r) => r.version).sort()).toEqual([1, 2]);
    const winner = results.find((s) => s.ok)!;
    expect((await m.admin.getArticleForEdit(created.id))?.version).toBe(winner.ok && winner.version);
  });

  it("leaves nothing behind when the work throws after awaiting, and holds other writers and readers off meanwhile", async () => {
    const { tags } = m.tables;
    const engine = m.engine.getEngine();
    const slugs = ["sementara-satu", "sementara-dua"];
    let midway!: () => void;
    const reachedMidway = new Promise<void>((r) => (midway = r));
    const order: string[] = [];
    const failing = engine.transaction(async (tx) => {
      await tx.insert(tags).values({ slug: slugs[0], name: "Sementara satu" });
      midway();
      await tick();
      await tx.insert(tags).values({ slug: slugs[1], name: "Sementara dua" });
      await tick();
      order.push("first ends");
      throw new Error("gagal di tengah");
    });
    await reachedMidway;
    // Mid-transaction: a reader sees nothing of it, and another writer waits for it to end.
    expect(await engine.db.select().from(tags).where(eq(tags.slug, slugs[0]))).toEqual([]);
    const waiting = engine.transaction(async (tx) => {
      order.push("second writer");
      return tx.select().from(tags).where(eq(tags.slug, slugs[1]));
    });
    await expect(failing).rejects.toThrow("gagal di tengah");
    expect(await waiting).toEqual([]);
    expect(order).toEqual(["first ends", "second writer"]);
    for (const slug of slugs) expect(await engine.db.select().from(tags).where(eq(tags.slug, slug))).toEqual([]);
  });

  it("refuses a nested transaction instead of waiting for itself forever", async () => {
    const engine = m.engine.getEngine();
    await expect(engine.transaction(() => engine.transaction(async () => 1))).rejects.toThrow(/bersarang/);
    // The lock was released: the next transaction runs.
    await expect(engine.transaction(async () => 2)).resolves.toBe(2);
  });

  it("keeps the read connection from writing, so no write can slip past the lock", async () => {
    const { tags } = m.tables;
    await expect(m.engine.getDb().insert(tags).values({ slug: "liar", name: "Liar" })).rejects.toThrow(/readonly|query_only|attempt to write/i);
  });
});

describe("why the engine does not use drizzle's transaction on better-sqlite3", () => {
  it("cannot await: better-sqlite3 refuses a callback that returns a promise (drizzle-orm issues #1472, #2275)", () => {
    const sqlite = new Database(":memory:");
    try {
      const db = drizzle(sqlite);
      expect(() => db.transaction(async () => undefined)).toThrow(/cannot return a promise/);
    } finally {
      sqlite.close();
    }
  });
});
