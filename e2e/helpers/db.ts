import Database from "better-sqlite3";
import { E2E_DATA_DIR } from "../../playwright.config";

/** Read-only access to the database the test server seeded, to find ids the pages never link. */
export function readDb<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(`${E2E_DATA_DIR}/warta.db`, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export type ArticleRow = { public_id: string; slug: string; title: string; dateline: string; published_at: number | null };

export function articleWithStatus(status: "draft" | "scheduled" | "published"): ArticleRow {
  const [row] = readDb<ArticleRow>(
    "SELECT public_id, slug, title, dateline, published_at FROM articles WHERE status = ? ORDER BY id LIMIT 1",
    status,
  );
  if (!row) throw new Error(`seed has no ${status} article`);
  return row;
}

/** The tag with the most visible articles: the one that certainly spans several pages. */
export function biggestTag(): { slug: string; name: string; n: number } {
  const [row] = readDb<{ slug: string; name: string; n: number }>(
    `SELECT t.slug, t.name, count(*) AS n FROM tags t
       JOIN article_tags at ON at.tag_id = t.id
       JOIN articles a ON a.id = at.article_id
      WHERE a.status IN ('published','scheduled') AND a.published_at <= ?
      GROUP BY t.id ORDER BY n DESC LIMIT 1`,
    Date.now(),
  );
  return row;
}
