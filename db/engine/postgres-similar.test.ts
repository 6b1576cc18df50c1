import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RelatedCandidate, scoreRelated } from "@/lib/related";
import { loadEngine } from "../testing/engine-modules";
import { describePg, pgTestDatabase } from "../testing/pg-database";
import type { PostgresEngine } from "./postgres";
import type { Engine } from "./types";
import { localMediaStore } from "@/lib/media/local";

const NOW = new Date("2026-11-28T05:00:00Z");
const dir = mkdtempSync(join(tmpdir(), "warta-pg-similar-"));
const database = pgTestDatabase("similar");
let sqlite: Engine;
let postgres: PostgresEngine;
let similarPostgres: (typeof import("./postgres-search"))["similarPostgres"];
type Story = { id: number; title: string; lead: string; publishedAt: Date | null };
let stories: Story[];

const request = (s: Story, limit: number) => ({ text: `${s.title} ${s.lead}`, excludeId: s.id, limit, now: NOW });
const similar = (s: Story, limit = 40) => postgres.search.similar(request(s, limit));
/** What SQLite's engine answers for the same story. */
const sqliteSimilar = (s: Story, limit = 40) => sqlite.search.similar(request(s, limit));

/** The three stories Baca Juga would pick on wording and freshness alone. */
function picks(text: Map<number, number>): number[] {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const candidates: RelatedCandidate[] = [...text].map(([id, bm25]) => ({
    id,
    sharedTags: 0,
    sameKanal: false,
    bm25,
    publishedAt: byId.get(id)?.publishedAt ?? new Date(0),
  }));
  return scoreRelated(candidates, NOW)
    .slice(0, 3)
    .map((c) => c.id);
}

describePg("Baca Juga's wording signal on PostgreSQL", () => {
  beforeAll(async () => {
    const lite = await loadEngine({ DATABASE_URL: undefined, DATABASE_PATH: join(dir, "warta.db") }, async () => ({
      seed: await import("../seed"),
      shared: await import("../queries/shared"),
      tables: await import("../tables"),
    }));
    sqlite = lite.engine;
    await lite.seed.seedDatabase({ now: NOW, media: localMediaStore(join(dir, "media")) }, sqlite);
    const { articles } = lite.tables;
    stories = await sqlite.db
      .select({ id: articles.id, title: articles.title, lead: articles.lead, publishedAt: articles.publishedAt })
      .from(articles)
      .where(and(lite.shared.isVisibleAt(NOW), eq(articles.status, "published")));
    const pgSide = await loadEngine({ DATABASE_URL: database.url }, async () => ({
      seed: await import("../seed"),
      search: await import("./postgres-search"),
    }));
    postgres = pgSide.engine as PostgresEngine;
    similarPostgres = pgSide.search.similarPostgres;
    await pgSide.seed.seedDatabase({ now: NOW, media: localMediaStore(join(dir, "media-pg")) }, postgres);
  }, 180_000);
  afterAll(async () => {
    await sqlite?.close();
    await postgres?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("proposes only other visible stories, closest first, with bm25's sign (smaller is closer)", async () => {
    const visible = new Set(stories.map((s) => s.id));
    for (const story of stories) {
      const found = await similar(story);
      expect(found.has(story.id)).toBe(false);
      for (const id of found.keys()) expect(visible.has(id)).toBe(true);
      const values = [...found.values()];
      expect(values.every((v) => v < 0)).toBe(true);
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }
  });

  it("weighs the headline over the lead and ignores the body", async () => {
    const [kanal] = await postgres.pg.execute<{ id: number }>(sql`SELECT id FROM kanal ORDER BY id LIMIT 1`).then((r) => r.rows);
    const add = async (slug: string, title: string, lead: string, bodyText: string) => {
      const { rows } = await postgres.pg.execute<{ id: number }>(sql`
        INSERT INTO articles (public_id, slug, title, lead, body_text, kanal_id, status, published_at)
        VALUES (${slug}, ${slug}, ${title}, ${lead}, ${bodyText}, ${kanal.id}, 'published', ${new Date(NOW.getTime() - 3_600_000).toISOString()})
        RETURNING id`);
      return rows[0].id;
    };
    const inTitle = await add("mirip-judul", "Zarkonia Velumbra terlihat", "", "");
    const inLead = await add("mirip-ringkasan", "Langit malam", "Zarkonia Velumbra terlihat", "");
    const inBody = await add("mirip-isi", "Catatan malam", "", "Zarkonia Velumbra terlihat jelas");
    const found = await similarPostgres(postgres.db, { text: "Zarkonia Velumbra", excludeId: 0, limit: 10, now: NOW });
    expect([...found.keys()]).toEqual([inTitle, inLead]);
    expect(found.has(inBody)).toBe(false);
  });

  it("mostly picks what SQLite picks for every seeded story", async () => {
    let same = 0;
    let total = 0;
    for (const story of stories) {
      const pg = picks(await similar(story));
      const lite = picks(await sqliteSimilar(story));
      total += lite.length;
      same += lite.filter((id) => pg.includes(id)).length;
    }
    // ts_rank has no notion of how rare a word is, bm25 does: the wording signal agrees on most
    // picks, not all (106 of 132 when written; tags and kanal then add to both alike).
    console.log(`[pg] Baca Juga (wording + freshness): ${same} of ${total} picks as on SQLite`);
    expect(same / total).toBeGreaterThan(0.65);
  });

  it("answers nothing for text without words, and never fails on any text", async () => {
    expect(await similarPostgres(postgres.db, { text: "yang di -- !!", excludeId: 0, limit: 5, now: NOW })).toEqual(new Map());
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 200 }), async (text) => {
        await similarPostgres(postgres.db, { text, excludeId: 0, limit: 5, now: NOW });
      }),
      { numRuns: 200 },
    );
  });
});
