import { and, desc, eq, inArray } from "drizzle-orm";
import { decodeLayout, emptyLayout, type FrontLayout, pickedIds, resolveFrontPage, type ResolvedFrontPage, SLOT_SIZE, type StoryRef } from "@/lib/front-page";
import { getDb } from "../engine";
import { articles, frontPageVersions, kanal, staff } from "../tables";
import { titleContains } from "./admin";
import { type ArticleCard, getLatestArticles, getVisibleCardsByIds } from "./articles";
import { isVisibleAt } from "./shared";

/** The saved front page: the newest version, or none yet (id null, every slot automatic). */
export async function getCurrentFrontLayout(): Promise<{ versionId: number | null; layout: FrontLayout }> {
  const [row] = await getDb()
    .select({ id: frontPageVersions.id, data: frontPageVersions.data })
    .from(frontPageVersions)
    .orderBy(desc(frontPageVersions.id))
    .limit(1);
  return row ? { versionId: row.id, layout: decodeLayout(row.data) } : { versionId: null, layout: emptyLayout() };
}

/**
 * What the home page shows: the saved picks that readers may see now and whose time has not run
 * out, the newest stories around them, and `latestCount` more of the newest for "Berita Terkini".
 * Pass `layout` to see an unsaved one (the admin's Pratinjau).
 */
export async function getFrontPage(opts: { latestCount: number; now?: Date; layout?: FrontLayout }): Promise<ResolvedFrontPage<ArticleCard>> {
  const now = opts.now ?? new Date();
  const layout = opts.layout ?? (await getCurrentFrontLayout()).layout;
  const ids = pickedIds(layout);
  const [picked, newest] = await Promise.all([
    getVisibleCardsByIds(ids, now),
    // Every automatic position, the list, and as many again as picks may take from the newest.
    getLatestArticles({ limit: SLOT_SIZE.headline + SLOT_SIZE.sorotan + opts.latestCount + ids.length, now }),
  ]);
  const page = resolveFrontPage(layout, picked, newest, now);
  return { ...page, rest: page.rest.slice(0, opts.latestCount) };
}

/** Stories by public id or id, any status: what the form checks a typed link against. */
export async function getStoryRefs(by: { publicIds?: string[]; ids?: number[] }): Promise<(StoryRef & { slug: string })[]> {
  const publicIds = by.publicIds ?? [];
  const ids = by.ids ?? [];
  if (publicIds.length === 0 && ids.length === 0) return [];
  return await getDb()
    .select({ id: articles.id, publicId: articles.publicId, slug: articles.slug, title: articles.title, status: articles.status, publishedAt: articles.publishedAt })
    .from(articles)
    .where(publicIds.length ? inArray(articles.publicId, publicIds) : inArray(articles.id, ids));
}

export type FrontStoryHit = { publicId: string; title: string; kanal: string; publishedAt: Date | null };

/** Visible stories whose title contains the words, newest first: search-as-you-type in Atur Beranda. */
export async function searchFrontStories(q: string, opts: { limit: number; now?: Date }): Promise<FrontStoryHit[]> {
  return await getDb()
    .select({ publicId: articles.publicId, title: articles.title, kanal: kanal.name, publishedAt: articles.publishedAt })
    .from(articles)
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .where(and(isVisibleAt(opts.now ?? new Date()), titleContains(q)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(opts.limit);
}

export type FrontVersion = { id: number; savedAt: Date; savedBy: string | null; layout: FrontLayout };

/** The newest saved versions, newest first, with who saved each. */
export async function getFrontPageVersions(limit: number): Promise<FrontVersion[]> {
  const rows = await getDb()
    .select({ id: frontPageVersions.id, savedAt: frontPageVersions.savedAt, savedBy: staff.name, data: frontPageVersions.data })
    .from(frontPageVersions)
    .leftJoin(staff, eq(staff.id, frontPageVersions.savedById))
    .orderBy(desc(frontPageVersions.id))
    .limit(limit);
  return rows.map(({ data, ...r }) => ({ ...r, layout: decodeLayout(data) }));
}
