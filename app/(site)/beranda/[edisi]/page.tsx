import type { Metadata } from "next";
import { SidebarRail } from "@/components/shared/SidebarRail";
import { notFound } from "next/navigation";
import { AdFrame } from "@/components/ads/AdFrame";
import { AdSlot } from "@/components/ads/AdSlot";
import { getPageAds } from "@/db/queries/ads";
import { ArticleCard } from "@/components/shared/ArticleCard";
import { ArticleList } from "@/components/shared/ArticleList";
import { PilihanRedaksi } from "@/components/home/PilihanRedaksi";
import { getKanalArticles } from "@/db/queries/articles";
import { getFrontPage } from "@/db/queries/front-page";
import { getKanalNav } from "@/db/queries/kanal";
import { getTerpopuler } from "@/db/queries/popular";
import { siteConfig } from "@/lib/config";
import { feedTitle, pageMetadata, siteDescription } from "@/lib/metadata";
import { kanalPath, siteFeedPath } from "@/lib/urls";

const LATEST_COUNT = 8;
const PER_KANAL = 4;

export const metadata: Metadata = pageMetadata({
  title: `${siteConfig.name} — Berita Terkini Indonesia`,
  absoluteTitle: true,
  description: siteDescription,
  path: "/",
  feeds: [{ title: feedTitle(), path: siteFeedPath }],
});

// "/" is rewritten here (next.config.js): as a route with a parameter that no build
// prerenders, the home page is rendered on its first request and then served from the
// ISR cache, instead of being frozen at build time with whatever database the build saw.
export const HOME_EDITION = "terkini";
export const revalidate = 30;
export function generateStaticParams(): { edisi: string }[] {
  return [];
}

type Props = { params: Promise<{ edisi: string }> };

export default async function HomePage({ params }: Props) {
  if ((await params).edisi !== HOME_EDITION) notFound();
  // The editors' picks (Atur Beranda) where they hold, the newest stories elsewhere: decided now,
  // so an unpublished pick is gone at once and an expired one by the next render (revalidate).
  const [front, populer, nav, ads] = await Promise.all([getFrontPage({ latestCount: LATEST_COUNT }), getTerpopuler(), getKanalNav(), getPageAds()]);
  const headline = front.headline?.article;
  const secondary = front.sorotan.map((p) => p.article);
  const pilihan = front.pilihan.map((p) => p.article);
  const latest = front.rest;
  const onPage = [headline, ...secondary, ...pilihan, ...latest].flatMap((a) => (a ? [a.id] : []));
  const blocks = await Promise.all(
    nav.map(async (k) => ({
      kanal: k,
      articles: await getKanalArticles({ kanalIds: k.articleKanalIds, limit: PER_KANAL, excludeIds: onPage }),
    })),
  );

  if (!headline) {
    return <p className="py-16 text-center text-slate-600">Belum ada berita yang terbit.</p>;
  }

  return (
    <AdFrame ads={ads}>
      <h1 className="sr-only">Berita terkini</h1>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="min-w-0">
          <section aria-label="Berita utama" className="grid gap-6 md:grid-cols-[3fr_2fr]">
            <ArticleCard article={headline} variant="lead" as="h2" priority />
            <ul className="space-y-4">
              {secondary.map((a) => (
                <li key={a.id}>
                  <ArticleCard article={a} variant="compact" />
                </li>
              ))}
            </ul>
          </section>
          <PilihanRedaksi articles={pilihan} />
          <section aria-labelledby="terkini-judul" className="mt-10">
            <h2 id="terkini-judul" className="mb-4 border-b-2 border-brand pb-1 text-lg font-black uppercase">
              Berita Terkini
            </h2>
            <ArticleList articles={latest} />
          </section>
        </div>
        <SidebarRail ranking={populer} ads={ads} />
      </div>

      <AdSlot slot="between-sections" ads={ads} className="my-10" />

      <div className="grid gap-10 md:grid-cols-2 lg:grid-cols-3">
        {blocks
          .filter((b) => b.articles.length > 0)
          .map(({ kanal, articles }) => (
            <section key={kanal.slug} aria-labelledby={`kanal-${kanal.slug}`}>
              <h2 id={`kanal-${kanal.slug}`} className="mb-4 flex items-baseline justify-between border-b-2 border-brand pb-1">
                <a href={kanalPath(kanal.slug)} className="text-lg font-black uppercase hover:underline">
                  {kanal.name}
                </a>
              </h2>
              <ArticleList articles={articles} showKanal={false} />
            </section>
          ))}
      </div>
    </AdFrame>
  );
}
