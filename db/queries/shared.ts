import { and, lte, sql, type SQL } from "drizzle-orm";
import { articles, kanal, media } from "../tables";

/**
 * The one definition of "a reader may see this": published, or scheduled with its time
 * come. Scheduled stories therefore appear on time without a job flipping their status.
 */
export function isVisibleAt(now: Date): SQL {
  // The statuses are literals, not parameters, so that SQLite can prove the partial indexes
  // `... WHERE status IN ('published', 'scheduled')` (db/schema.ts) apply: each is one range in
  // published_at order, which a LIMIT stops early, instead of two status ranges merged by a sort.
  return and(sql`${articles.status} IN ('published', 'scheduled')`, lte(articles.publishedAt, now))!;
}

/** Columns every article list needs; the query joins kanal (inner) and media (left). */
export const cardColumns = {
  id: articles.id,
  publicId: articles.publicId,
  slug: articles.slug,
  title: articles.title,
  lead: articles.lead,
  publishedAt: articles.publishedAt,
  kanal: { slug: kanal.slug, name: kanal.name },
  photo: { path: media.path, width: media.width, height: media.height, alt: media.alt, focusX: media.focusX, focusY: media.focusY },
};

export type ArticleCardRow = {
  id: number;
  publicId: string;
  slug: string;
  title: string;
  lead: string;
  publishedAt: Date | null;
  kanal: { slug: string; name: string };
  photo: { path: string; width: number; height: number; alt: string; focusX: number; focusY: number } | null;
};

/** An article as lists show it. Only visible articles become cards, so the date is always set. */
export type ArticleCard = Omit<ArticleCardRow, "publishedAt"> & { publishedAt: Date };

export function toCard(row: ArticleCardRow): ArticleCard {
  return { ...row, publishedAt: row.publishedAt ?? new Date(0) };
}
