import "server-only";
import { revalidatePath } from "next/cache";
import { invalidateTerpopuler } from "@/db/queries/popular";
import { type ArticleChangeFacts, readerInvalidation } from "@/lib/article-change";
import type { ReaderDrop } from "@/lib/taxonomy";
import { ARTICLE_ROUTE, AUTHOR_ROUTES, HOME_ROUTE, LIST_PAGE_ROUTES, READER_ROUTES, SEARCH_ROUTE } from "@/lib/route-patterns";
import { articlePath, kanalPath, koreksiPath, tagPath } from "@/lib/urls";

export type ArticleChange = {
  publicId: string;
  slug: string;
  /** The slug before this change, when it changed: its cached page must start redirecting. */
  previousSlug?: string;
  /** Kanal (with parents) the story is or was listed in. */
  kanalSlugs?: string[];
  /** Slugs of the tags the story has or had. */
  tagSlugs?: string[];
  /**
   * True when readers can no longer see the story (unpublished, deleted, moved back to
   * draft) or its address changed. Every other article page may link to it from Baca Juga,
   * Berita Lainnya or Terpopuler, so those pages are dropped too.
   */
  leftEverywhere?: boolean;
};

/**
 * Drops from the ISR cache every reader page an article change shows on. Each dropped page
 * renders again on its next request; pages it does not touch keep being served from the cache.
 */
export function revalidateArticle(a: ArticleChange): void {
  // The ranking memo may hold this story; an unpublished one must not linger there for up to 30 s.
  invalidateTerpopuler();
  revalidatePath("/");
  revalidatePath(HOME_ROUTE);
  revalidatePath(articlePath(a));
  revalidatePath(`/berita/${a.publicId}`);
  if (a.previousSlug && a.previousSlug !== a.slug) revalidatePath(articlePath({ publicId: a.publicId, slug: a.previousSlug }));
  for (const k of new Set(a.kanalSlugs)) revalidatePath(kanalPath(k));
  for (const t of new Set(a.tagSlugs)) revalidatePath(tagPath(t));
  // Later pages of a list all shift by one when a story joins or leaves its head.
  for (const route of LIST_PAGE_ROUTES) revalidatePath(route, "page");
  // The reporter's and the editor's lists (and a change of either); author pages are few.
  revalidateAuthorPages();
  // Any cached search may match the story's old or new words.
  revalidatePath(SEARCH_ROUTE, "page");
  if (a.leftEverywhere) {
    revalidatePath(ARTICLE_ROUTE, "page");
    // /koreksi lists notes of visible stories only, with their address.
    revalidatePath(koreksiPath);
  }
}

/**
 * Drops the reader pages a write changed, from what the write reported and nothing else: no
 * read of the database. A story readers saw neither before nor after the write (a draft that
 * has never been public) drops no reader page at all. Returns whether anything was dropped.
 */
export function revalidateChange(change: ArticleChangeFacts): boolean {
  const drop = readerInvalidation(change);
  if (!drop) return false;
  revalidateArticle(drop);
  return true;
}

/**
 * Drops the home page after an Atur Beranda save or restore, from what the write reported: a
 * save that changed nothing drops nothing. The picks name only the home page; a pick that
 * expires later needs nothing here (the home page renders again every 30 s, like a scheduled story).
 */
export function revalidateFrontPage(change: { changed: boolean }): boolean {
  if (!change.changed) return false;
  revalidatePath("/");
  revalidatePath(HOME_ROUTE);
  return true;
}

/**
 * A note added to or removed from a story: the story's pages (its dateModified and notes changed)
 * and /koreksi. The feed /rss/koreksi is read per request and needs nothing.
 */
export function revalidateCorrection(change: ArticleChangeFacts): void {
  revalidateChange(change);
  revalidatePath(koreksiPath);
}

/**
 * An update of a live report posted, edited, pinned or deleted: only the story's own page shows
 * updates (cards show the LANGSUNG badge, which moves only on a start or an end, through
 * revalidateChange). The poll answer and the story's feed are read per request and need nothing.
 * A story readers do not see has no cached page to drop.
 */
export function revalidateLiveUpdate(change: { publicId: string; slug: string; public: boolean }): boolean {
  if (!change.public) return false;
  revalidatePath(articlePath(change));
  revalidatePath(`/berita/${change.publicId}`);
  return true;
}

/** Drops every author page: a story joined or left a list, or a role shown under a name changed. */
export function revalidateAuthorPages(): void {
  for (const route of AUTHOR_ROUTES) revalidatePath(route, "page");
}

/**
 * Marks every reader page as stale: an ad, its schedule or a site setting (kill switch,
 * label) can show on any of them, so there is no narrower set to name.
 */
export function revalidateReaderSite(): void {
  revalidatePath("/", "layout");
}

/**
 * Drops what a kanal, tag or profile write reported (lib/taxonomy.ts names the pages): every
 * reader page when the navigation or the story cards changed, else exactly the listed paths.
 */
export function revalidateDrop(drop: ReaderDrop): void {
  // The named pages by path too when every page goes: an old slug's page must answer its 308 at once.
  for (const path of new Set(drop.paths)) revalidatePath(path);
  for (const route of new Set(drop.routes)) revalidatePath(route, "page");
  if (drop.everyPage) {
    // Terpopuler's memo holds cards with their kanal's name and address.
    invalidateTerpopuler();
    revalidatePath("/");
    revalidatePath(HOME_ROUTE);
    for (const route of READER_ROUTES) revalidatePath(route, "page");
    revalidateReaderSite();
  }
}
