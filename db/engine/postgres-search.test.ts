import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { HIGHLIGHT_CLOSE as C, HIGHLIGHT_OPEN as O, splitHighlights } from "@/lib/highlight";
import { searchTerms } from "@/lib/search-query";
import type { Engine } from "./types";
import type { PostgresEngine } from "./postgres";
import { loadEngine } from "../testing/engine-modules";
import { describePg, pgTestDatabase } from "../testing/pg-database";
import { localMediaStore } from "@/lib/media/local";

const NOW = new Date("2026-11-28T05:00:00Z");
const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), "warta-pg-search-"));
const database = pgTestDatabase("search");
let sqlite: Engine;
let postgres: PostgresEngine;
let pgModules: { schema: typeof import("../schema.pg"); search: typeof import("./postgres-search") };
let seedTitles: string[];

const search = (q: string, opts: { limit?: number; offset?: number } = {}) =>
  postgres.search.search({ terms: searchTerms(q), limit: opts.limit ?? 10, offset: opts.offset ?? 0, now: NOW });
const searchPostgres: (typeof import("./postgres-search"))["searchPostgres"] = (...args) => pgModules.search.searchPostgres(...args);

let serial = 0;
async function addStory(s: { title: string; lead?: string; bodyText?: string; daysAgo?: number; status?: "draft" | "scheduled" | "published" }) {
  serial++;
  const { articles } = pgModules.schema;
  const [row] = await postgres.pg
    .insert(articles)
    .values({
      publicId: `uji${serial}`,
      slug: `uji-${serial}`,
      title: s.title,
      lead: s.lead ?? "",
      bodyText: s.bodyText ?? "",
      body: `<p>${s.bodyText ?? ""}</p>`,
      kanalId: 1,
      status: s.status ?? "published",
      publishedAt: new Date(NOW.getTime() - (s.daysAgo ?? 1) * DAY),
    })
    .returning({ id: articles.id });
  return row.id;
}

describePg("search on PostgreSQL", () => {
  beforeAll(async () => {
    // The same demo newsroom, seeded through the shared async layer into each engine.
    const seeded = await loadEngine({ DATABASE_URL: undefined, DATABASE_PATH: join(dir, "warta.db") }, () => import("../seed"));
    sqlite = seeded.engine;
    await seeded.seedDatabase({ now: NOW, media: localMediaStore(join(dir, "media")) }, sqlite);
    seedTitles = seeded.seedArticles.map((a) => a.title);
    const pgSide = await loadEngine({ DATABASE_URL: database.url }, async () => ({
      seed: await import("../seed"),
      schema: await import("../schema.pg"),
      search: await import("./postgres-search"),
    }));
    postgres = pgSide.engine as PostgresEngine;
    pgModules = pgSide;
    await pgSide.seed.seedDatabase({ now: NOW, media: localMediaStore(join(dir, "media-pg")) }, postgres);
  }, 180_000);
  afterAll(async () => {
    await sqlite?.close();
    await postgres?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds exactly the stories SQLite finds, for every headline word, its first letters and word pairs", async () => {
    const words = [...new Set(seedTitles.flatMap((t) => searchTerms(t)))];
    const queries = [...words, ...words.filter((w) => w.length > 4).map((w) => w.slice(0, 4)), ...seedTitles.map((t) => searchTerms(t).slice(0, 2).join(" "))];
    const differing: string[] = [];
    let overlap = 0;
    let ranked = 0;
    for (const q of queries) {
      const [pg, lite] = [await search(q, { limit: 3 }), await sqlite.search.search({ terms: searchTerms(q), limit: 3, offset: 0, now: NOW })];
      if (pg.total !== lite.total) differing.push(`${q}: PostgreSQL ${pg.total}, SQLite ${lite.total}`);
      if (lite.total < 2) continue;
      ranked++;
      overlap += lite.hits.filter((h) => pg.hits.some((p) => p.id === h.id)).length / lite.hits.length;
    }
    expect(differing).toEqual([]);
    expect(queries.length).toBeGreaterThan(300);
    // bm25 and ts_rank weigh words differently (bm25 knows how rare a word is), so the order
    // may differ, but the best three should mostly be the same stories (0.85 when written).
    expect(overlap / ranked).toBeGreaterThan(0.75);
  }, 60_000);

  it("ranks a match in the headline above the lead above the body", async () => {
    const body = await addStory({ title: "Catatan pekan ini", bodyText: "Soal zebrakuda dibahas panjang." });
    const lead = await addStory({ title: "Catatan pekan lalu", lead: "Soal zebrakuda dibahas singkat." });
    const title = await addStory({ title: "Zebrakuda jadi bahasan" });
    expect((await search("zebrakuda")).hits.map((h) => h.id)).toEqual([title, lead, body]);
  });

  it("puts the newer of two equal stories first, without letting recency beat a much better match", async () => {
    const older = await addStory({ title: "Ikanpari terlihat di teluk", daysAgo: 10 });
    const newer = await addStory({ title: "Ikanpari terlihat di teluk", daysAgo: 1 });
    const fresh = await addStory({ title: "Kabar pesisir", bodyText: "Nelayan juga menyebut ikanpari.", daysAgo: 0.5 });
    expect((await search("ikanpari")).hits.map((h) => h.id)).toEqual([newer, older, fresh]);
  });

  it("matches words as prefixes while they are typed, and single letters exactly", async () => {
    const { hits } = await search("terinteg");
    expect(hits.map((h) => h.title)).toEqual([expect.stringContaining("Terintegrasi")]);
    expect(hits[0].titleMarked).toContain(`${O}Terintegrasi${C}`);
    const letter = await addStory({ title: "Vitamin x dan y" });
    const longer = await addStory({ title: "Xilofonika baru" });
    const ids = (await search("x", { limit: 100 })).hits.map((h) => h.id);
    expect(ids).toContain(letter);
    expect(ids).not.toContain(longer);
  });

  it("finds words with and without diacritics, and marks the word as written", async () => {
    const accented = await addStory({ title: "Kafé Ñoño dibuka", lead: "Kafé itu ramai." });
    const plain = await addStory({ title: "Kafe tenda di alun-alun", daysAgo: 3 });
    const found = await search("kafe");
    expect(found.hits.map((h) => h.id)).toEqual([accented, plain]);
    expect(found.hits[0].titleMarked).toBe(`${O}Kafé${C} Ñoño dibuka`);
    expect((await search("KAFÉ")).hits.map((h) => h.id)).toEqual([accented, plain]);
    expect((await search("nono")).hits.map((h) => h.id)).toEqual([accented]);
    expect((await search("alun")).hits.map((h) => h.id)).toEqual([plain]);
  });

  it("gives a marked passage of the text, plain text only, with … where it is cut", async () => {
    const { hits } = await search("komuter");
    const hit = hits.find((h) => h.title.includes("Terintegrasi"))!;
    const parts = splitHighlights(hit.snippetMarked);
    expect(parts.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toContain("komuter");
    expect(hit.snippetMarked).not.toMatch(/[<>]/);
    expect(hit.snippetMarked.endsWith("…")).toBe(true);
    expect(splitHighlights(hit.titleMarked).map((p) => p.text).join("")).toBe(hit.title);
    const short = await addStory({ title: "Lumbalumba", lead: "Lumbalumba singgah." });
    const whole = (await search("lumbalumba")).hits.find((h) => h.id === short)!;
    expect(whole.snippetMarked).toBe(`${O}Lumbalumba${C} singgah`);
  });

  it("finds no draft and no story whose time has not come", async () => {
    await addStory({ title: "Rahasiadapur draf", status: "draft" });
    await addStory({ title: "Rahasiadapur terjadwal", status: "scheduled", daysAgo: -1 });
    const due = await addStory({ title: "Rahasiadapur tayang", status: "scheduled", daysAgo: 0.1 });
    expect((await search("rahasiadapur")).hits.map((h) => h.id)).toEqual([due]);
  });

  it("pages through the results and knows the total", async () => {
    const all = await search("jakarta", { limit: 100 });
    const second = await search("jakarta", { limit: 3, offset: 3 });
    expect(second.total).toBe(all.total);
    expect(second.hits.map((h) => h.id)).toEqual(all.hits.slice(3, 6).map((h) => h.id));
    expect(await search("jakarta", { offset: all.total })).toEqual({ total: all.total, hits: [], totalIsLowerBound: false });
    expect(await search("")).toEqual({ total: 0, hits: [] });
  });

  it("ranks only the newest matches of a common word, and counts them up to a limit", async () => {
    const old = await addStory({ title: "Kuncikap di judul lama", daysAgo: 30 });
    const newer = await Promise.all([1, 2, 3].map((d) => addStory({ title: `Kabar ${d}`, bodyText: "Ada kuncikap di isi.", daysAgo: d })));
    const everything = await search("kuncikap");
    expect(everything.hits[0].id).toBe(old);
    expect(everything).toMatchObject({ total: 4, totalIsLowerBound: false });
    const capped = await searchPostgres(postgres.db, { terms: ["kuncikap"], limit: 10, offset: 0, now: NOW }, { rankCandidates: 3, countLimit: 2 });
    expect(capped).toMatchObject({ total: 2, totalIsLowerBound: true });
    expect(capped.hits.map((h) => h.id)).toEqual(newer.slice(0, 2));
  });

  it("never fails, whatever a reader types or a caller passes as words", async () => {
    const syntax = fc.constantFrom("AND", "OR", "NOT", "NEAR(", '"', "*", ":*", "'", "\\", "&", "|", "!", "<->", "(", ")", "A:", "^", "-", "é", "🙂");
    const typed = fc.array(fc.oneof(fc.string({ unit: "grapheme" }), syntax, fc.string()), { maxLength: 8 }).map((parts) => parts.join(" "));
    await fc.assert(
      fc.asyncProperty(typed, async (input) => {
        const result = await search(input, { limit: 3 });
        expect(result.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
    const raw = fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), syntax), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(raw, async (terms) => {
        // Words the caller did not clean (searchTerms strips NUL-free syntax; NUL cannot reach PostgreSQL text).
        const clean = terms.map((t) => t.replace(/\0/g, ""));
        await searchPostgres(postgres.db, { terms: clean, limit: 3, offset: 0, now: NOW });
      }),
      { numRuns: 300 },
    );
    await searchPostgres(postgres.db, { terms: ["a".repeat(5000), "b"], limit: 3, offset: 0, now: NOW });
  }, 120_000);
});
