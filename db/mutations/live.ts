import { and, eq, isNotNull } from "drizzle-orm";
import type { ArticleChangeFacts } from "@/lib/article-change";
import { isPublicAt } from "@/lib/article-change";
import { photoIdsIn } from "@/lib/body-photos";
import type { LiveUpdateInput } from "@/lib/live";
import { sanitizeBody } from "@/lib/sanitize";
import { type Db, transaction } from "../engine";
import type { Article } from "../schema";
import { articles, liveUpdates, media } from "../tables";
import { stateOf } from "./articles";
import { recordPhotoUses, updatePart } from "./photo-uses";

// "Laporan langsung": starting and ending a story's live report, and its updates. None of these
// bumps the story's version: an editor's open article form stays valid while the desk posts.

/** Which story's page an update write changed, and whether readers see that page now. */
export type LiveUpdateChange = { articleId: number; publicId: string; slug: string; public: boolean; updateId: number };

export type LiveRefusal = "missing" | "not-live" | "ended" | "already-live" | "photo-missing" | "update-missing";

export type LiveStateWrite = { ok: true; articleId: number; change: ArticleChangeFacts } | { ok: false; reason: LiveRefusal };
export type LiveUpdateWrite = { ok: true; change: LiveUpdateChange } | { ok: false; reason: LiveRefusal };

async function storyOf(tx: Db, articleId: number): Promise<Article | undefined> {
  const [row] = await tx.select().from(articles).where(eq(articles.id, articleId));
  return row;
}

/**
 * The badge shows on the story's page and on every card of it, so a start or an end drops what
 * an article write drops (the change is the same on both sides: only the badge moved).
 */
async function setLive(articleId: number, now: Date, live: boolean): Promise<LiveStateWrite> {
  return transaction(async (tx) => {
    const current = await storyOf(tx, articleId);
    if (!current) return { ok: false, reason: "missing" } as const;
    const running = !!current.liveStartedAt && !current.liveEndedAt;
    if (live && running) return { ok: false, reason: "already-live" } as const;
    if (!live && !running) return { ok: false, reason: current.liveStartedAt ? "ended" : "not-live" } as const;
    // Starting again after an end resumes the same report: the first start stays its coverage start.
    const set = live ? { liveStartedAt: current.liveStartedAt ?? now, liveEndedAt: null } : { liveEndedAt: now };
    await tx.update(articles).set(set).where(eq(articles.id, articleId));
    const state = await stateOf(tx, current, now);
    return { ok: true, articleId, change: { publicId: current.publicId, before: state, after: state } } as const;
  });
}

/** "Mulai laporan langsung": the story gets the LANGSUNG badge and takes updates. */
export function startLiveReport(params: { articleId: number; now?: Date }): Promise<LiveStateWrite> {
  return setLive(params.articleId, params.now ?? new Date(), true);
}

/** "Akhiri laporan langsung": the badge goes; the updates stay on the story. */
export function endLiveReport(params: { articleId: number; now?: Date }): Promise<LiveStateWrite> {
  return setLive(params.articleId, params.now ?? new Date(), false);
}

async function photoExists(tx: Db, photoId: number | null): Promise<boolean> {
  if (photoId === null) return true;
  const [row] = await tx.select({ id: media.id }).from(media).where(eq(media.id, photoId));
  return !!row;
}

function changeOf(story: Article, updateId: number, now: Date): LiveUpdateChange {
  return { articleId: story.id, publicId: story.publicId, slug: story.slug, public: isPublicAt(story, now), updateId };
}

/** Posts an update to a story whose report runs now; the body is sanitized here, as every stored body is. */
export async function addLiveUpdate(params: { articleId: number; input: LiveUpdateInput; actorId: number; now?: Date }): Promise<LiveUpdateWrite> {
  const now = params.now ?? new Date();
  return transaction(async (tx) => {
    const story = await storyOf(tx, params.articleId);
    if (!story) return { ok: false, reason: "missing" } as const;
    if (!story.liveStartedAt) return { ok: false, reason: "not-live" } as const;
    if (story.liveEndedAt) return { ok: false, reason: "ended" } as const;
    if (!(await photoExists(tx, params.input.photoId))) return { ok: false, reason: "photo-missing" } as const;
    const body = sanitizeBody(params.input.html);
    const [row] = await tx
      .insert(liveUpdates)
      .values({
        articleId: story.id,
        body,
        keyTitle: params.input.keyTitle,
        createdAt: now,
        updatedAt: now,
        createdById: params.actorId,
      })
      .returning({ id: liveUpdates.id });
    // "Dipakai di N berita" counts the story for the update's photo too.
    await recordPhotoUses(tx, story.id, photoIdsIn(body), updatePart(row.id));
    return { ok: true, change: changeOf(story, row.id, now) } as const;
  });
}

/** Runs a write on one update and reports the story it belongs to; refused when the update is gone. */
async function onUpdate(updateId: number, now: Date, write: (tx: Db, articleId: number) => Promise<LiveRefusal | null>): Promise<LiveUpdateWrite> {
  return transaction(async (tx) => {
    const [row] = await tx.select({ articleId: liveUpdates.articleId }).from(liveUpdates).where(eq(liveUpdates.id, updateId));
    if (!row) return { ok: false, reason: "update-missing" } as const;
    const refused = await write(tx, row.articleId);
    if (refused) return { ok: false, reason: refused } as const;
    const story = (await storyOf(tx, row.articleId))!;
    return { ok: true, change: changeOf(story, updateId, now) } as const;
  });
}

/** "Simpan perubahan" on an update: new text, photo and key title; its time of posting stays. */
export function editLiveUpdate(params: { updateId: number; input: LiveUpdateInput; now?: Date }): Promise<LiveUpdateWrite> {
  const now = params.now ?? new Date();
  return onUpdate(params.updateId, now, async (tx, articleId) => {
    if (!(await photoExists(tx, params.input.photoId))) return "photo-missing";
    const body = sanitizeBody(params.input.html);
    await tx.update(liveUpdates).set({ body, keyTitle: params.input.keyTitle, updatedAt: now }).where(eq(liveUpdates.id, params.updateId));
    await recordPhotoUses(tx, articleId, photoIdsIn(body), updatePart(params.updateId));
    return null;
  });
}

/** "Hapus pembaruan": gone from the page, the feed and the JSON-LD. */
export function deleteLiveUpdate(params: { updateId: number; now?: Date }): Promise<LiveUpdateWrite> {
  return onUpdate(params.updateId, params.now ?? new Date(), async (tx, articleId) => {
    await tx.delete(liveUpdates).where(eq(liveUpdates.id, params.updateId));
    await recordPhotoUses(tx, articleId, [], updatePart(params.updateId));
    return null;
  });
}

/**
 * "Sematkan" puts the update on top, in place of any other pinned one of the same story (the
 * unique partial index keeps it to one); "Lepas sematan" lets it back into time order.
 */
export function pinLiveUpdate(params: { updateId: number; pinned: boolean; now?: Date }): Promise<LiveUpdateWrite> {
  const now = params.now ?? new Date();
  return onUpdate(params.updateId, now, async (tx, articleId) => {
    if (params.pinned) {
      await tx
        .update(liveUpdates)
        .set({ pinnedAt: null })
        .where(and(eq(liveUpdates.articleId, articleId), isNotNull(liveUpdates.pinnedAt)));
    }
    await tx.update(liveUpdates).set({ pinnedAt: params.pinned ? now : null }).where(eq(liveUpdates.id, params.updateId));
    return null;
  });
}
