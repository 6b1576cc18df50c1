// `npm run bench -- --articles N`: N more published stories, made from the seed's own texts,
// with tags and view history, written in one transaction with plain SQL. The FTS triggers
// (migration 0002) index each row as it is inserted, so search stays consistent; the index is
// merged afterwards, as a start-up does (db/mutations/search-index.ts).
import Database from "better-sqlite3";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const HOUR = 3600_000;
const DAY = 24 * HOUR;

type Template = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  dateline: string;
  body: string;
  body_text: string;
  kanal_id: number;
  reporter_id: number | null;
  editor_id: number | null;
  photo_id: number | null;
};

/** A tiny deterministic generator, so that two runs build the same newsroom. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Adds `count` published stories spread over the last three years (a tenth in the last week,
 * so that Terpopuler and the front page see a busy newsroom), each with its template's tags
 * and a few hours of views. Returns the time it took in ms.
 */
export function addSyntheticArticles(dbPath: string, count: number, now = Date.now()): number {
  const started = Date.now();
  const db = new Database(dbPath);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  const rnd = random(20261128);
  const templates = db
    .prepare(
      `SELECT id, slug, title, lead, dateline, body, body_text, kanal_id, reporter_id, editor_id, photo_id
         FROM articles WHERE status = 'published' ORDER BY id`,
    )
    .all() as Template[];
  if (templates.length === 0) throw new Error("database has no published articles to copy");
  const tagsOf = db.prepare("SELECT tag_id, position FROM article_tags WHERE article_id = ?");
  const tagMap = new Map(templates.map((t) => [t.id, tagsOf.all(t.id) as { tag_id: number; position: number }[]]));
  const taken = new Set((db.prepare("SELECT public_id FROM articles").all() as { public_id: string }[]).map((r) => r.public_id));

  const insertArticle = db.prepare(
    `INSERT INTO articles (public_id, slug, title, lead, dateline, body, body_text, kanal_id, reporter_id, editor_id,
                           photo_id, status, published_at, updated_at, created_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, 1)`,
  );
  const insertTag = db.prepare("INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)");
  const insertViews = db.prepare(
    "INSERT INTO article_views (article_id, bucket_start, views) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET views = views + excluded.views",
  );

  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const t = templates[i % templates.length];
      let publicId: string;
      do {
        publicId = "";
        for (let k = 0; k < 8; k++) publicId += ALPHABET[Math.floor(rnd() * 32)];
      } while (taken.has(publicId));
      taken.add(publicId);
      // A tenth in the last week, the rest over three years; never newer than an hour ago, so
      // the seed's own newest stories stay on top of the front page.
      const age = i % 10 === 0 ? HOUR + rnd() * 7 * DAY : 7 * DAY + rnd() * 3 * 365 * DAY;
      const publishedAt = Math.floor((now - age) / 60000) * 60000;
      const n = i + 1;
      const info = insertArticle.run(
        publicId,
        `${t.slug}-${n}`,
        `${t.title} (${n})`,
        t.lead,
        t.dateline,
        t.body,
        t.body_text,
        t.kanal_id,
        t.reporter_id,
        t.editor_id,
        t.photo_id,
        publishedAt,
        publishedAt,
        publishedAt,
      );
      const id = Number(info.lastInsertRowid);
      for (const tag of tagMap.get(t.id)!) insertTag.run(id, tag.tag_id, tag.position);
      // Three hours of reading after publication (the history Terpopuler sums over).
      for (let h = 0; h < 3; h++) {
        const at = publishedAt + (h + rnd() * 48) * HOUR;
        if (at < now) insertViews.run(id, Math.floor(at / HOUR) * HOUR, 1 + Math.floor(rnd() * 200));
      }
    }
  })();
  // Many small segments slow every MATCH: merge them into one, as a start-up would over time.
  db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')");
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return Date.now() - started;
}
