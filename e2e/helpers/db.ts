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

/** Visible articles, newest first, as readers may see them right now. */
export function visibleArticles(where = "1 = 1", ...params: unknown[]): ArticleRow[] {
  return readDb<ArticleRow>(
    `SELECT a.public_id, a.slug, a.title, a.dateline, a.published_at FROM articles a
      WHERE a.status IN ('published','scheduled') AND a.published_at <= ? AND (${where})
      ORDER BY a.published_at DESC, a.id DESC`,
    Date.now(),
    ...params,
  );
}

/** The draft and the future scheduled story of the seed: what no list may ever show. */
export function hiddenArticles(): ArticleRow[] {
  return [articleWithStatus("draft"), articleWithStatus("scheduled")];
}

/**
 * Writes to the test server's database, for states no page can make: a session whose time has
 * run out, a deactivated account that still holds one. Only the security spec uses it.
 */
export function writeDb(sql: string, ...params: unknown[]): void {
  const db = new Database(`${E2E_DATA_DIR}/warta.db`, { fileMustExist: true, timeout: 5000 });
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}
