import "server-only";
import {
  type FeedArticle,
  getArticleSitemapChunks,
  getArticleSitemapEntries,
  getNewsSitemapArticles,
  getSitemapPages,
  getTagSitemapChunks,
  getTagSitemapEntries,
} from "@/db/queries/distribution";
import type { ListedCorrection } from "@/db/queries/corrections";
import { siteConfig } from "@/lib/config";
import { CORRECTION_LABELS } from "@/lib/corrections";
import { mediaStore } from "@/lib/media";
import { mediaContentType } from "@/lib/media-files";
import { type RssItem, renderRss } from "@/lib/rss";
import {
  renderNewsSitemap,
  renderSitemapIndex,
  renderUrlset,
  type SitemapFile,
  type SitemapRef,
  type SitemapUrl,
  sitemapFileName,
} from "@/lib/sitemaps";
import {
  absoluteUrl,
  articlePath,
  authorPath,
  CORRECTIONS_ANCHOR,
  indeksPath,
  kanalPath,
  logoPath,
  mediaUrl,
  newsSitemapPath,
  tagPath,
} from "@/lib/urls";

// Assembles feeds and sitemaps: reads through db/queries, renders with the pure helpers in
// lib/rss.ts and lib/sitemaps.ts. Route handlers call one function each and wrap the result.

export type FeedChannel = { title: string; description: string; pagePath: string; feedPath: string };

async function toRssItem(a: FeedArticle): Promise<RssItem> {
  const type = a.photo ? mediaContentType(a.photo.path) : null;
  return {
    title: a.title,
    link: absoluteUrl(articlePath(a)),
    // The id-only URL redirects to the current slug, so it stays a working permalink after a headline change.
    guid: absoluteUrl(`/berita/${a.publicId}`),
    description: a.lead,
    pubDate: a.publishedAt,
    author: a.reporterName,
    categories: [a.kanalName, ...a.tags],
    image:
      a.photo && type
        ? {
            url: absoluteUrl(mediaUrl(a.photo.path)),
            type,
            width: a.photo.width,
            height: a.photo.height,
            length: (await mediaStore().stat(a.photo.path))?.size ?? null,
            caption: a.photo.caption,
            credit: a.photo.credit,
          }
        : null,
  };
}

/** An RSS 2.0 document for a list of feed articles. */
export async function rssXml(channel: FeedChannel, articles: FeedArticle[], now = new Date()): Promise<string> {
  const items = await Promise.all(articles.map(toRssItem));
  return renderRss(
    {
      title: channel.title,
      link: absoluteUrl(channel.pagePath),
      description: channel.description,
      selfUrl: absoluteUrl(channel.feedPath),
      imageUrl: absoluteUrl(logoPath),
      lastBuildDate: articles.length ? new Date(Math.max(...articles.flatMap((a) => [a.publishedAt.getTime(), a.updatedAt.getTime()]))) : now,
    },
    items,
  );
}

/**
 * The /koreksi feed: one item per note, titled with its kind and the story's headline, linking
 * to the notes on the story. The guid names the note, so a second note on a story is a new item.
 */
export function correctionsRssXml(channel: FeedChannel, notes: ListedCorrection[], now = new Date()): string {
  return renderRss(
    {
      title: channel.title,
      link: absoluteUrl(channel.pagePath),
      description: channel.description,
      selfUrl: absoluteUrl(channel.feedPath),
      imageUrl: absoluteUrl(logoPath),
      lastBuildDate: notes[0]?.createdAt ?? now,
    },
    notes.map((n) => ({
      title: `${CORRECTION_LABELS[n.kind]}: ${n.article.title}`,
      link: absoluteUrl(`${articlePath(n.article)}#${CORRECTIONS_ANCHOR}`),
      guid: absoluteUrl(`/berita/${n.article.publicId}#${CORRECTIONS_ANCHOR}-${n.id}`),
      description: n.note,
      pubDate: n.createdAt,
      author: null,
      categories: [CORRECTION_LABELS[n.kind]],
      image: null,
    })),
  );
}

const fileUrl = (file: SitemapFile) => absoluteUrl(`/sitemap/${sitemapFileName(file)}`);

/** /sitemap.xml: one entry per sitemap file that has something in it, plus the news sitemap. */
export async function sitemapIndexXml(now = new Date()): Promise<string> {
  const [pages, articleChunks, tagChunks] = await Promise.all([getSitemapPages(now), getArticleSitemapChunks({ now }), getTagSitemapChunks({ now })]);
  const refs: SitemapRef[] = [
    { loc: fileUrl({ kind: "halaman" }), lastmod: pages.latest },
    ...articleChunks.map((c) => ({ loc: fileUrl({ kind: "berita", chunk: c.chunk }), lastmod: c.lastmod })),
    ...tagChunks.map((c) => ({ loc: fileUrl({ kind: "tag", chunk: c.chunk }), lastmod: c.lastmod })),
    { loc: absoluteUrl(newsSitemapPath), lastmod: pages.latest },
  ];
  return renderSitemapIndex(refs);
}

/** One sitemap file below /sitemap/, or null when that chunk holds nothing visible. */
export async function sitemapFileXml(file: SitemapFile, now = new Date()): Promise<string | null> {
  let urls: SitemapUrl[];
  if (file.kind === "halaman") {
    const pages = await getSitemapPages(now);
    urls = [
      { loc: absoluteUrl("/"), lastmod: pages.latest },
      { loc: absoluteUrl(indeksPath()), lastmod: pages.latest },
      ...pages.kanal.map((k) => ({ loc: absoluteUrl(kanalPath(k.slug)), lastmod: k.lastmod })),
      ...pages.staff.map((s) => ({ loc: absoluteUrl(authorPath(s.slug)), lastmod: s.lastmod })),
    ];
  } else if (file.kind === "berita") {
    const rows = await getArticleSitemapEntries({ chunk: file.chunk, now });
    urls = rows.map((a) => ({
      loc: absoluteUrl(articlePath(a)),
      lastmod: a.lastmod,
      images: a.photoPath ? [absoluteUrl(mediaUrl(a.photoPath))] : [],
    }));
  } else {
    const rows = await getTagSitemapEntries({ chunk: file.chunk, now });
    urls = rows.map((t) => ({ loc: absoluteUrl(tagPath(t.slug)), lastmod: t.lastmod }));
  }
  return urls.length > 0 ? renderUrlset(urls) : null;
}

/** /sitemap-news.xml: the last 48 hours for Google News. */
export async function newsSitemapXml(now = new Date()): Promise<string> {
  const rows = await getNewsSitemapArticles(now);
  return renderNewsSitemap(
    rows.map((a) => ({ loc: absoluteUrl(articlePath(a)), title: a.title, publishedAt: a.publishedAt })),
    siteConfig.name,
  );
}

/** A feed that moved (its kanal or tag has a new slug): 308, so feed readers keep the method and learn the new address. */
export function feedRedirect(path: string): Response {
  return new Response(null, { status: 308, headers: { Location: absoluteUrl(path), "Cache-Control": "no-store" } });
}
