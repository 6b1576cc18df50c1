import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { PublicCorrection } from "@/lib/corrections";
import { getDb } from "../engine";
import { articleCorrections, articles, staff } from "../tables";
import { isVisibleAt } from "./shared";

// The literal WHERE of the partial index article_corrections_visible_created_idx (db/schema.ts),
// so that both engines can use it for the newest-first list.
const notRemoved = sql`${articleCorrections.removedAt} IS NULL`;

/** The notes readers see on one story, oldest first (the order they were added). */
export async function getStoryCorrections(articleId: number): Promise<PublicCorrection[]> {
  return await getDb()
    .select({ id: articleCorrections.id, kind: articleCorrections.kind, note: articleCorrections.note, createdAt: articleCorrections.createdAt })
    .from(articleCorrections)
    .where(and(eq(articleCorrections.articleId, articleId), isNull(articleCorrections.removedAt)))
    .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id));
}

const createdBy = alias(staff, "created_by");
const removedBy = alias(staff, "removed_by");

/** Every note of a story for the newsroom, removed ones included with who removed them and when. */
export async function getDeskCorrections(articleId: number) {
  return await getDb()
    .select({
      id: articleCorrections.id,
      kind: articleCorrections.kind,
      note: articleCorrections.note,
      createdAt: articleCorrections.createdAt,
      createdBy: createdBy.name,
      removedAt: articleCorrections.removedAt,
      removedBy: removedBy.name,
    })
    .from(articleCorrections)
    .leftJoin(createdBy, eq(createdBy.id, articleCorrections.createdById))
    .leftJoin(removedBy, eq(removedBy.id, articleCorrections.removedById))
    .where(eq(articleCorrections.articleId, articleId))
    .orderBy(desc(articleCorrections.createdAt), desc(articleCorrections.id));
}

export type DeskCorrection = Awaited<ReturnType<typeof getDeskCorrections>>[number];

/** A note on /koreksi and in its feed, with the story it corrects. */
export type ListedCorrection = PublicCorrection & { article: { publicId: string; slug: string; title: string } };

/** Notes readers see on stories readers see, newest first: /koreksi and its feed. */
export async function getCorrectionList(opts: { limit: number; offset?: number; now?: Date }): Promise<ListedCorrection[]> {
  const rows = await getDb()
    .select({
      id: articleCorrections.id,
      kind: articleCorrections.kind,
      note: articleCorrections.note,
      createdAt: articleCorrections.createdAt,
      publicId: articles.publicId,
      slug: articles.slug,
      title: articles.title,
    })
    .from(articleCorrections)
    .innerJoin(articles, eq(articles.id, articleCorrections.articleId))
    .where(and(notRemoved, isVisibleAt(opts.now ?? new Date())))
    .orderBy(desc(articleCorrections.createdAt), desc(articleCorrections.id))
    .limit(opts.limit)
    .offset(opts.offset ?? 0);
  return rows.map(({ publicId, slug, title, ...n }) => ({ ...n, article: { publicId, slug, title } }));
}

export async function countCorrectionList(now = new Date()): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(articleCorrections)
    .innerJoin(articles, eq(articles.id, articleCorrections.articleId))
    .where(and(notRemoved, isVisibleAt(now)));
  return row?.n ?? 0;
}
