import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { CachedNotFound } from "@/components/shared/CachedNotFound";
import { ListingPage } from "@/components/shared/ListingPage";
import { countTagArticles, getTagArticles } from "@/db/queries/articles";
import { getPageAds } from "@/db/queries/ads";
import { getTerpopuler } from "@/db/queries/popular";
import { getTagBySlug, getTagRedirect } from "@/db/queries/tags";
import { isPageOutOfRange, pageHref, paginate, parsePageParam } from "@/lib/pagination";
import { feedTitle, pageMetadata } from "@/lib/metadata";
import { siteFeedPath, tagFeedPath, tagPath } from "@/lib/urls";
import { getNotFoundLatest } from "@/server/not-found";

const PAGE_SIZE = 10;

type Props = {
  /** `halaman` only on the page-2+ route that `?halaman=` is rewritten to (next.config.js). */
  params: Promise<{ slug: string; halaman?: string }>;
};

export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, halaman } = await params;
  const tag = await getTagBySlug(slug);
  if (!tag) return { title: "Tag tidak ditemukan" };
  const page = parsePageParam(halaman) ?? 1;
  return pageMetadata({
    title: page > 1 ? `Berita ${tag.name} (halaman ${page})` : `Berita ${tag.name}`,
    description: tag.description || `Kumpulan berita terbaru tentang ${tag.name}.`,
    path: pageHref(tagPath(tag.slug), page),
    feeds: [
      { title: feedTitle(tag.name), path: tagFeedPath(tag.slug) },
      { title: feedTitle(), path: siteFeedPath },
    ],
  });
}

export default async function TagRoute({ params }: Props) {
  const { slug, halaman } = await params;
  const tag = await getTagBySlug(slug);
  const page = parsePageParam(halaman);
  if (!tag) {
    // An old slug (renamed, or merged into another tag) moves, with its page number, to the current one.
    const moved = page === null ? null : await getTagRedirect(slug);
    if (moved) permanentRedirect(pageHref(tagPath(moved), page!));
  }
  if (!tag || page === null) return <CachedNotFound latest={await getNotFoundLatest()} />;

  const info = paginate({ page, pageSize: PAGE_SIZE, totalItems: await countTagArticles(tag.id) });
  if (isPageOutOfRange(info)) return <CachedNotFound latest={await getNotFoundLatest()} />;
  const [articles, ranking, ads] = await Promise.all([
    getTagArticles({ tagId: tag.id, limit: PAGE_SIZE, offset: info.offset }),
    getTerpopuler(),
    getPageAds(),
  ]);

  return (
    <ListingPage
      crumbs={[{ name: "Tag" }, { name: tag.name }]}
      title={`#${tag.name}`}
      description={tag.description || `Berita terbaru tentang ${tag.name}.`}
      articles={articles}
      pageInfo={info}
      basePath={tagPath(tag.slug)}
      ranking={ranking}
      ads={ads}
    />
  );
}
