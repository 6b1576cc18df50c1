import type { ReactNode } from "react";
import { SidebarRail } from "./SidebarRail";
import { AdFrame } from "@/components/ads/AdFrame";
import type { PageAds } from "@/db/queries/ads";
import type { ArticleCard } from "@/db/queries/articles";
import type { Terpopuler as TerpopulerData } from "@/db/queries/popular";
import type { PageInfo } from "@/lib/pagination";
import { ArticleList } from "./ArticleList";
import { Breadcrumbs } from "./Breadcrumbs";
import { Pagination } from "./Pagination";

type Props = {
  crumbs: { name: string; href?: string }[];
  title: string;
  description?: string;
  /** Extra navigation under the title, such as sub-kanal. */
  children?: ReactNode;
  articles: ArticleCard[];
  pageInfo: PageInfo;
  basePath: string;
  ranking: TerpopulerData;
  rankingTitle?: string;
  emptyText?: string;
  ads: PageAds;
};

/** The shared frame of kanal, tag, author and index pages: a paginated newest-first list beside the ranking. */
export function ListingPage({
  crumbs,
  title,
  description,
  children,
  articles,
  pageInfo,
  basePath,
  ranking,
  rankingTitle,
  emptyText = "Belum ada berita di sini.",
  ads,
}: Props) {
  return (
    <AdFrame ads={ads}>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="min-w-0">
          <Breadcrumbs items={crumbs} />
          <h1 className="mt-3 font-serif text-3xl font-bold">{title}</h1>
          {description && <p className="mt-2 text-slate-700">{description}</p>}
          {children}
          {pageInfo.totalPages > 1 && (
            <p className="mt-4 text-sm text-slate-600">
              {pageInfo.totalItems} berita · halaman {pageInfo.page} dari {pageInfo.totalPages}
            </p>
          )}
          <div className="mt-6">
            {articles.length > 0 ? <ArticleList articles={articles} as="h2" /> : <p className="text-slate-600">{emptyText}</p>}
          </div>
          <Pagination info={pageInfo} basePath={basePath} />
        </div>
        <SidebarRail ranking={ranking} rankingTitle={rankingTitle} ads={ads} />
      </div>
    </AdFrame>
  );
}
