import { desc, eq } from "drizzle-orm";
import { decodeLayout, emptyLayout, encodeLayout, type FrontLayout, sameLayout } from "@/lib/front-page";
import { type Db, transaction } from "../engine";
import { frontPageVersions } from "../tables";

/** What a front-page write did: the layout before and after, and the version now in force. */
export type FrontPageChange = { versionId: number; changed: boolean; before: FrontLayout; after: FrontLayout };

async function newest(tx: Db): Promise<{ id: number; layout: FrontLayout } | null> {
  const [row] = await tx
    .select({ id: frontPageVersions.id, data: frontPageVersions.data })
    .from(frontPageVersions)
    .orderBy(desc(frontPageVersions.id))
    .limit(1);
  return row ? { id: row.id, layout: decodeLayout(row.data) } : null;
}

async function write(tx: Db, layout: FrontLayout, actorId: number, now: Date): Promise<FrontPageChange> {
  const current = await newest(tx);
  const before = current?.layout ?? emptyLayout();
  // Saving what is already in force adds no version: the list stays a list of changes.
  if (current && sameLayout(before, layout)) return { versionId: current.id, changed: false, before, after: before };
  const [row] = await tx
    .insert(frontPageVersions)
    .values({ savedById: actorId, savedAt: now, data: encodeLayout(layout) })
    .returning({ id: frontPageVersions.id });
  return { versionId: row.id, changed: !sameLayout(before, layout), before, after: layout };
}

/** Saves the front page as a new version. */
export async function saveFrontPage(params: { layout: FrontLayout; actorId: number; now?: Date }): Promise<FrontPageChange> {
  return transaction((tx) => write(tx, params.layout, params.actorId, params.now ?? new Date()));
}

/**
 * Saves an old version's layout again as the newest, so the restore itself can be undone.
 * Null when that version does not exist.
 */
export async function restoreFrontPageVersion(params: { versionId: number; actorId: number; now?: Date }): Promise<FrontPageChange | null> {
  return transaction(async (tx) => {
    const [old] = await tx.select({ data: frontPageVersions.data }).from(frontPageVersions).where(eq(frontPageVersions.id, params.versionId));
    if (!old) return null;
    return write(tx, decodeLayout(old.data), params.actorId, params.now ?? new Date());
  });
}
