import { and, eq, isNull, sql } from "drizzle-orm";
import { type ArticleChangeFacts, isPublicAt } from "@/lib/article-change";
import type { CorrectionInput } from "@/lib/corrections";
import type { CorrectionKind } from "@/lib/domain";
import { type Db, transaction } from "../engine";
import type { Article } from "../schema";
import { articleCorrections, articleRevisions, articles } from "../tables";
import { latestRevisionData } from "./article-revisions";
import { stateOf } from "./articles";

/** What a revision written for a note records: the note as it was added or removed. */
export type RevisionCorrection = { action: "added" | "removed"; id: number; kind: CorrectionKind; note: string };

export type CorrectionWrite =
  | { ok: true; articleId: number; change: ArticleChangeFacts }
  | { ok: false; reason: "missing" | "not-public" | "removed" };

/**
 * The story changed for readers: dateModified moves, the version goes up (an editor's form opened
 * before it is refused rather than silently saved over it) and a revision records the note, on top
 * of the latest revision's content, as setArticleStatus does. Readers see the story before and
 * after, so the change drops its page, its kanal and tag lists, and the home page.
 */
async function recordOnStory(tx: Db, current: Article, correction: RevisionCorrection, actorId: number, now: Date): Promise<ArticleChangeFacts> {
  const [{ version }] = await tx
    .update(articles)
    .set({ updatedAt: now, version: sql`${articles.version} + 1` })
    .where(eq(articles.id, current.id))
    .returning({ version: articles.version });
  const data = { ...((await latestRevisionData(tx, current.id)) ?? {}), correction };
  await tx.insert(articleRevisions).values({ articleId: current.id, version, savedById: actorId, savedAt: now, data: JSON.stringify(data) });
  const state = await stateOf(tx, current, now);
  return { publicId: current.publicId, before: state, after: state };
}

/** Adds a Ralat, Koreksi, Klarifikasi or Hak Jawab to a story readers can see now; refused for any other. */
export async function addCorrection(params: { articleId: number; input: CorrectionInput; actorId: number; now?: Date }): Promise<CorrectionWrite> {
  const now = params.now ?? new Date();
  return transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, params.articleId));
    if (!current) return { ok: false, reason: "missing" } as const;
    if (!isPublicAt(current, now)) return { ok: false, reason: "not-public" } as const;
    const [row] = await tx
      .insert(articleCorrections)
      .values({ articleId: current.id, kind: params.input.kind, note: params.input.note, createdAt: now, createdById: params.actorId })
      .returning({ id: articleCorrections.id });
    const change = await recordOnStory(tx, current, { action: "added", id: row.id, ...params.input }, params.actorId, now);
    return { ok: true, articleId: current.id, change } as const;
  });
}

/**
 * An admin's removal: the note leaves the story and /koreksi but stays in the database with who
 * removed it and when, and a revision records it. A note already removed is not removed twice.
 */
export async function removeCorrection(params: { correctionId: number; actorId: number; now?: Date }): Promise<CorrectionWrite> {
  const now = params.now ?? new Date();
  return transaction(async (tx) => {
    const [note] = await tx
      .update(articleCorrections)
      .set({ removedAt: now, removedById: params.actorId })
      .where(and(eq(articleCorrections.id, params.correctionId), isNull(articleCorrections.removedAt)))
      .returning();
    if (!note) {
      const [exists] = await tx.select({ id: articleCorrections.id }).from(articleCorrections).where(eq(articleCorrections.id, params.correctionId));
      return { ok: false, reason: exists ? "removed" : "missing" } as const;
    }
    const [current] = await tx.select().from(articles).where(eq(articles.id, note.articleId));
    const change = await recordOnStory(tx, current, { action: "removed", id: note.id, kind: note.kind, note: note.note }, params.actorId, now);
    return { ok: true, articleId: current.id, change } as const;
  });
}
