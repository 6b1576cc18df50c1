import { and, eq } from "drizzle-orm";
import { autosaveSlot, parseAutosaveValues } from "@/lib/autosave-values";
import { getDb } from "../engine";
import { articleAutosaves } from "../tables";

export type Autosave = { values: Record<string, string>; baseVersion: number | null; savedAt: Date };

/** An editor's autosave of a story (null: their unsaved new story), if there is one. */
export async function getAutosave(staffId: number, articleId: number | null): Promise<Autosave | null> {
  const [row] = await getDb()
    .select({ data: articleAutosaves.data, baseVersion: articleAutosaves.baseVersion, savedAt: articleAutosaves.savedAt })
    .from(articleAutosaves)
    .where(and(eq(articleAutosaves.staffId, staffId), eq(articleAutosaves.slot, autosaveSlot(articleId))));
  if (!row) return null;
  const values = parseAutosaveValues(JSON.parse(row.data));
  return values ? { values, baseVersion: row.baseVersion, savedAt: row.savedAt } : null;
}
