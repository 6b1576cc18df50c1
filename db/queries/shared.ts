import { and, lte, sql, type SQL } from "drizzle-orm";
import { isLiveNow } from "@/lib/live";
import type { ArticleKind } from "@/lib/domain";
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
  kind: articles.kind,
  kanal: { slug: kanal.slug, name: kanal.name },
  photo: { path: media.path, width: media.width, height: media.height, alt: media.alt, focusX: media.focusX, focusY: media.focusY },
  liveStartedAt: articles.liveStartedAt,
  liveEndedAt: articles.liveEndedAt,
};

export type ArticleCardRow = {
  id: number;
  publicId: string;
  slug: string;
  title: string;
  lead: string;
  publishedAt: Date | null;
  /** "foto": the card carries the FOTO mark. */
  kind: ArticleKind;
  kanal: { slug: string; name: string };
  photo: { path: string; width: number; height: number; alt: string; focusX: number; focusY: number } | null;
  /** "Laporan langsung" state: the card shows LANGSUNG while the report runs. */
  liveStartedAt?: Date | null;
  liveEndedAt?: Date | null;
};

/**
 * An article as lists show it. Only visible articles become cards, so the date is always set.
 * `live` is there only while its live report runs.
 */
export type ArticleCard = Omit<ArticleCardRow, "publishedAt" | "liveStartedAt" | "liveEndedAt"> & { publishedAt: Date; live?: true };

export function toCard({ liveStartedAt, liveEndedAt, ...row }: ArticleCardRow): ArticleCard {
  return { ...row, publishedAt: row.publishedAt ?? new Date(0), ...(isLiveNow({ liveStartedAt, liveEndedAt }) ? { live: true as const } : {}) };
}
