import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { CachedNotFound } from "@/components/shared/CachedNotFound";
import { ListingPage } from "@/components/shared/ListingPage";
import { countKanalArticles, getKanalArticles } from "@/db/queries/articles";
import { getKanalBySlug, getKanalRedirect } from "@/db/queries/kanal";
import { getPageAds } from "@/db/queries/ads";
import { getTerpopuler } from "@/db/queries/popular";
import { isPageOutOfRange, pageHref, paginate, parsePageParam } from "@/lib/pagination";
import { feedTitle, pageMetadata } from "@/lib/metadata";
import { kanalFeedPath, kanalPath, siteFeedPath } from "@/lib/urls";
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
  const kanal = await getKanalBySlug(slug);
  if (!kanal) return { title: "Kanal tidak ditemukan" };
  const page = parsePageParam(halaman) ?? 1;
  return pageMetadata({
    title: page > 1 ? `${kanal.name} (halaman ${page})` : kanal.name,
    description: kanal.description || `Berita terbaru kanal ${kanal.name}.`,
    path: pageHref(kanalPath(kanal.slug), page),
    feeds: [
      { title: feedTitle(kanal.name), path: kanalFeedPath(kanal.slug) },
      { title: feedTitle(), path: siteFeedPath },
    ],
  });
}

export default async function KanalRoute({ params }: Props) {
  const { slug, halaman } = await params;
  const kanal = await getKanalBySlug(slug);
  const page = parsePageParam(halaman);
  if (!kanal) {
    // An old slug (the newsroom renamed the kanal) moves, with its page number, to the current one.
    const moved = page === null ? null : await getKanalRedirect(slug);
    if (moved) permanentRedirect(pageHref(kanalPath(moved), page!));
  }
  if (!kanal || page === null) return <CachedNotFound latest={await getNotFoundLatest()} />;

  const info = paginate({ page, pageSize: PAGE_SIZE, totalItems: await countKanalArticles(kanal.articleKanalIds) });
  if (isPageOutOfRange(info)) return <CachedNotFound latest={await getNotFoundLatest()} />;
  const [articles, ranking, ads] = await Promise.all([
    getKanalArticles({ kanalIds: kanal.articleKanalIds, limit: PAGE_SIZE, offset: info.offset }),
    getTerpopuler({ kanalIds: kanal.articleKanalIds }),
    getPageAds({ kanalIds: kanal.adKanalIds }),
  ]);

  return (
    <ListingPage
      crumbs={[...(kanal.parent ? [{ name: kanal.parent.name, href: kanalPath(kanal.parent.slug) }] : []), { name: kanal.name }]}
      title={kanal.name}
      description={kanal.description}
      articles={articles}
      pageInfo={info}
      basePath={kanalPath(kanal.slug)}
      ranking={ranking}
      ads={ads}
      rankingTitle={`Terpopuler di ${kanal.name}`}
    >
      {kanal.children.length > 0 && (
        <nav aria-label={`Sub-kanal ${kanal.name}`} className="mt-4">
          <ul className="flex flex-wrap gap-2">
            {kanal.children.map((c) => (
              <li key={c.slug}>
                <a href={kanalPath(c.slug)} className="inline-block rounded-full border border-brand px-3 py-1.5 text-sm font-semibold text-brand hover:bg-brand hover:text-white">
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </ListingPage>
  );
}
