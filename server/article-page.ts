import "server-only";
import { getPageAds, type PageAds } from "@/db/queries/ads";
import type { ArticleCard, ArticlePage } from "@/db/queries/articles";
import { getStoryCorrections } from "@/db/queries/corrections";
import { getTerpopuler, type Terpopuler } from "@/db/queries/popular";
import { getBacaJuga, getBeritaLainnya } from "@/db/queries/related";
import type { PublicCorrection } from "@/lib/corrections";
import { getReaderLiveReport, type ReaderLiveReport } from "./live";

/** What an article page shows around the story itself. */
export type ArticleExtras = {
  bacaJuga: ArticleCard[];
  lainnya: ArticleCard[];
  populer: Terpopuler;
  ads: PageAds;
  /** Ralat, Koreksi, Klarifikasi and Hak Jawab readers see on the story. */
  corrections: PublicCorrection[];
  /** "Laporan langsung": null for a story that never had one. */
  live: ReaderLiveReport | null;
};

/**
 * Baca Juga, Berita Lainnya, Terpopuler and the ads of one article page, for the reader page
 * and the staff preview alike. Berita Lainnya leaves out what Baca Juga already links.
 */
export async function getArticleExtras(article: ArticlePage): Promise<ArticleExtras> {
  const bacaJuga = await getBacaJuga(article);
  const [lainnya, populer, ads, corrections, live] = await Promise.all([
    getBeritaLainnya(article, { excludeIds: bacaJuga.map((a) => a.id) }),
    getTerpopuler(),
    getPageAds({
      kanalIds: [article.kanal.id, ...(article.kanal.parent ? [article.kanal.parent.id] : [])],
      noAds: article.noAds,
    }),
    getStoryCorrections(article.id),
    getReaderLiveReport(article.id),
  ]);
  return { bacaJuga, lainnya, populer, ads, corrections, live };
}
