import type { ArticleStatus } from "./domain";

/** Where a story stands for readers on one side of a write. */
export type ArticleState = {
  slug: string;
  /** On reader pages now: see isPublicAt. */
  public: boolean;
  /** The kanal's slug, then its parent's: the story is listed on both kanal pages. */
  kanalSlugs: string[];
  /** Slugs of the tags the story carries: it is listed on their pages. */
  tagSlugs: string[];
};

/** What a write did to a story, as the mutation saw it: `before` is null for a new story, `after` for a deleted one. */
export type ArticleChangeFacts = { publicId: string; before: ArticleState | null; after: ArticleState | null };

/** The reader pages a change must drop: everything needed to name them, so dropping them reads nothing. */
export type ReaderInvalidation = {
  publicId: string;
  slug: string;
  previousSlug?: string;
  kanalSlugs: string[];
  tagSlugs: string[];
  /** Readers lost the story, or its address: every page that may link to it goes too. */
  leftEverywhere: boolean;
};

/**
 * Whether readers see a story: published, or scheduled with its time come, the same rule as
 * isVisibleAt in db/queries/shared.ts. A story scheduled for later is not public yet; its pages
 * pick it up when their 30 s revalidation runs after its time.
 * @example isPublicAt({ status: "scheduled", publishedAt: new Date("2026-11-28T01:00:00Z") }, new Date("2026-11-28T02:00:00Z")) // true
 */
export function isPublicAt(a: { status: ArticleStatus; publishedAt: Date | null }, now: Date): boolean {
  return (a.status === "published" || a.status === "scheduled") && a.publishedAt !== null && a.publishedAt.getTime() <= now.getTime();
}

/**
 * The reader pages to drop after a write, or null when readers saw the story neither before nor
 * after it (a draft saved, a draft handed to review, a story scheduled for later): cached reader
 * pages cannot show it, so none of them changes. Kanal and tags count only on a side that was public.
 * @example readerInvalidation({ publicId: "k3v9q2mz", before: null, after: { slug: "a", public: false, kanalSlugs: ["nasional"], tagSlugs: [] } }) // null
 */
export function readerInvalidation(c: ArticleChangeFacts): ReaderInvalidation | null {
  const seen = [c.before, c.after].filter((s): s is ArticleState => s?.public === true);
  if (seen.length === 0) return null;
  const slug = (c.after ?? c.before)!.slug;
  const previousSlug = c.before && c.before.slug !== slug ? c.before.slug : undefined;
  return {
    publicId: c.publicId,
    slug,
    // Also for a story readers never saw: its old address may hold a cached "not found".
    previousSlug,
    kanalSlugs: [...new Set(seen.flatMap((s) => s.kanalSlugs))],
    tagSlugs: [...new Set(seen.flatMap((s) => s.tagSlugs))],
    leftEverywhere: c.before?.public === true && (c.after?.public !== true || previousSlug !== undefined),
  };
}
