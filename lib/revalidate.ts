import { revalidatePath } from "next/cache";
import { invalidateTerpopuler } from "@/db/queries/popular";
import { articlePath, kanalPath, tagPath } from "./urls";

/**
 * Marks every reader page an article appears on as stale. Reader pages render per
 * request today, so this mainly clears the browser router cache; it is also the single
 * place a future response cache hooks its invalidation into.
 */
export function revalidateArticle(a: { publicId: string; slug: string; kanalSlugs?: string[]; tagSlugs?: string[] }): void {
  // The ranking memo may hold this story; an unpublished one must not linger there for a minute.
  invalidateTerpopuler();
  revalidatePath("/");
  revalidatePath(articlePath(a));
  for (const k of a.kanalSlugs ?? []) revalidatePath(kanalPath(k));
  for (const t of a.tagSlugs ?? []) revalidatePath(tagPath(t));
}

/**
 * Marks every reader page as stale: an ad, its schedule or a site setting (kill switch,
 * label) can show on any of them, so there is no narrower set to name.
 */
export function revalidateReaderSite(): void {
  revalidatePath("/", "layout");
}
