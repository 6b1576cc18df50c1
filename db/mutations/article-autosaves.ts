import { and, eq } from "drizzle-orm";
import { autosaveSlot } from "@/lib/autosave-values";
import { transaction } from "../engine";
import { articleAutosaves } from "../tables";

/**
 * Keeps an editor's autosave of a story (null: their unsaved new story), replacing the one before:
 * one row per editor per story, however long they type. The story itself is not touched: no
 * version, no revision, nothing readers see (docs/decisions/009-autosave-beside-the-story.md).
 */
export async function putAutosave(p: {
  staffId: number;
  articleId: number | null;
  baseVersion: number | null;
  values: Record<string, string>;
  now?: Date;
}): Promise<Date> {
  const savedAt = p.now ?? new Date();
  const data = JSON.stringify(p.values);
  await transaction(async (tx) => {
    await tx
      .insert(articleAutosaves)
      .values({ staffId: p.staffId, slot: autosaveSlot(p.articleId), articleId: p.articleId, baseVersion: p.baseVersion, savedAt, data })
      .onConflictDoUpdate({ target: [articleAutosaves.staffId, articleAutosaves.slot], set: { baseVersion: p.baseVersion, savedAt, data } });
  });
  return savedAt;
}

/** Drops an editor's autosave of a story: they saved it, or chose "Buang". */
export async function discardAutosave(staffId: number, articleId: number | null): Promise<void> {
  await transaction(async (tx) => {
    await tx.delete(articleAutosaves).where(and(eq(articleAutosaves.staffId, staffId), eq(articleAutosaves.slot, autosaveSlot(articleId))));
  });
}
