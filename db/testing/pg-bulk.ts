import { sql } from "drizzle-orm";
import type { Engine } from "../engine/types";
import { sqlRows, sqlWrite } from "./sql-rows";

/**
 * Adds about `stories` published stories to a seeded PostgreSQL database in SQL (generate_series),
 * for the 100,000-story plan test and `npm run bench:queries -- --engine postgres`: each published
 * seed story copied, every copy a minute older than the one before, with its tags; ids
 * 1000 + copy * 100 + the seed's id. The body is the lead, to keep the load short. Views: every
 * story's publishing hour, and a week of hourly views for one story in fifty. Then ANALYZE.
 * Resolves to how many stories it added.
 */
export async function addPostgresStories(engine: Engine, stories: number): Promise<number> {
  if (engine.kind !== "postgres") throw new Error("addPostgresStories menulis ke PostgreSQL.");
  const [{ n }] = await sqlRows<{ n: string }>(engine, sql`SELECT count(*) AS n FROM articles WHERE status = 'published'`);
  const published = Number(n);
  const copies = Math.ceil(stories / published);
  const newId = sql.raw("1000 + (g - 1) * 100");
  await sqlWrite(engine, sql`INSERT INTO articles (id, public_id, slug, title, lead, dateline, body, body_text, kanal_id, reporter_id, editor_id, photo_id, status, published_at, updated_at, created_at)
    SELECT ${newId} + a.id, 'b' || lpad(to_hex((g - 1) * 100 + a.id), 7, '0'), a.slug || '-' || g, a.title, a.lead, a.dateline, '', a.lead,
      a.kanal_id, a.reporter_id, a.editor_id, a.photo_id, 'published', t.at, t.at, t.at
    FROM articles a CROSS JOIN generate_series(1, ${copies}) g
    CROSS JOIN LATERAL (SELECT now() - interval '1 hour' - ((g - 1) * ${published} + a.id) * interval '1 minute' AS at) t
    WHERE a.status = 'published' AND a.id < 100`);
  await sqlWrite(engine, sql`INSERT INTO article_tags (article_id, tag_id, position)
    SELECT ${newId} + x.article_id, x.tag_id, x.position FROM article_tags x JOIN articles a ON a.id = x.article_id AND a.status = 'published' AND a.id < 100
    CROSS JOIN generate_series(1, ${copies}) g`);
  await sqlWrite(engine, sql`INSERT INTO article_views (article_id, bucket_start, views)
    SELECT id, (floor(extract(epoch FROM published_at) / 3600) * 3600000)::bigint, 5 FROM articles WHERE id >= 1000
    UNION ALL
    SELECT a.id, (floor(extract(epoch FROM now()) / 3600) * 3600000 - h * 3600000)::bigint, 3
      FROM articles a CROSS JOIN generate_series(1, 168) h WHERE a.id >= 1000 AND a.id % 50 = 0
    ON CONFLICT DO NOTHING`);
  await sqlWrite(engine, sql`SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))`);
  await sqlWrite(engine, sql`ANALYZE`);
  return copies * published;
}
