import "server-only";
import { getPageAds, type PageAds } from "@/db/queries/ads";
import type { ArticleCard, ArticlePage } from "@/db/queries/articles";
import { getStoryCorrections } from "@/db/queries/corrections";
import { getBodyPhotos } from "@/db/queries/photos";
import { getTerpopuler, type Terpopuler } from "@/db/queries/popular";
import { getBacaJuga, getBeritaLainnya } from "@/db/queries/related";
import { leadGallery, photoIdsIn } from "@/lib/body-photos";
import type { PublicCorrection } from "@/lib/corrections";
import { getReaderLiveReport, type ReaderLiveReport } from "./live";
import { expandStoryHtml } from "@/lib/story-html";
import { absoluteUrl, articlePath } from "@/lib/urls";

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
  /** The story text as readers get it (lib/story-html.ts): photos drawn from the library, embeds as previews. */
  body: StoryBody;
};

/** A "Foto" story's first gallery is drawn apart, large and ahead of the text; null for any other story. */
export type StoryBody = { gallery: string | null; html: string };

/** The stored body, expanded; a Foto story's lead gallery taken out of the text to head the page. */
async function storyBody(article: ArticlePage): Promise<StoryBody> {
  const photos = await getBodyPhotos(photoIdsIn(article.body));
  // Each gallery photo gets share links for its own anchor.
  const options = { share: { url: absoluteUrl(articlePath(article)), title: article.title } };
  const lead = article.kind === "foto" ? leadGallery(article.body) : null;
  if (!lead) return { gallery: null, html: expandStoryHtml(article.body, photos, options) };
  // Expanded together, so the photo anchors (foto-1, foto-2…) run through the page in reading order;
  // <hr> marks the seam because no stored body holds one (lib/sanitize.ts drops it).
  const both = expandStoryHtml(`${lead.gallery}<hr>${lead.rest}`, photos, options);
  const seam = both.indexOf("<hr>");
  return { gallery: both.slice(0, seam), html: both.slice(seam + "<hr>".length) };
}

/**
 * Baca Juga, Berita Lainnya, Terpopuler and the ads of one article page, for the reader page
 * and the staff preview alike. Berita Lainnya leaves out what Baca Juga already links.
 */
export async function getArticleExtras(article: ArticlePage): Promise<ArticleExtras> {
  const bacaJuga = await getBacaJuga(article);
  const [lainnya, populer, ads, corrections, live, body] = await Promise.all([
    getBeritaLainnya(article, { excludeIds: bacaJuga.map((a) => a.id) }),
    getTerpopuler(),
    getPageAds({
      kanalIds: [article.kanal.id, ...(article.kanal.parent ? [article.kanal.parent.id] : [])],
      noAds: article.noAds,
    }),
    getStoryCorrections(article.id),
    getReaderLiveReport(article.id),
    storyBody(article),
  ]);
  return { bacaJuga, lainnya, populer, ads, corrections, live, body };
}
