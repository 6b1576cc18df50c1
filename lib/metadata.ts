import type { Metadata } from "next";
import { siteConfig } from "./config";
import { absoluteUrl, articlePath, authorPath, ogImagePath } from "./urls";
import { toWibIso } from "./wib";

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;
export const LOGO_SIZE = { width: 512, height: 512 } as const;

export const siteDescription = `${siteConfig.name}: berita terkini nasional, internasional, ekonomi, olahraga, teknologi, dan gaya hidup.`;

type Feed = { title: string; path: string };

/**
 * The title of an RSS feed, the same in the feed and in the page's <link rel="alternate">.
 * @example feedTitle("Nasional") // "Warta — Nasional"
 */
export function feedTitle(subject = "Berita Terkini"): string {
  return `${siteConfig.name} — ${subject}`;
}

type PageOptions = {
  title: string;
  description: string;
  /** Path of the canonical URL; metadataBase in the root layout makes it absolute. */
  path: string;
  /** RSS feeds to announce with <link rel="alternate" type="application/rss+xml">. */
  feeds?: Feed[];
  /** Search results and empty days stay out of search engines but their links are followed. */
  noindex?: boolean;
  /** The home page's title already names the site; other titles get the layout's "| Warta". */
  absoluteTitle?: boolean;
};

/**
 * Title, description, canonical URL, feeds and social cards of a reader page. Next merges
 * metadata per top-level key, so every page sets all of them and nothing is half inherited.
 */
export function pageMetadata({ title, description, path, feeds, noindex, absoluteTitle }: PageOptions): Metadata {
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: {
      canonical: path,
      ...(feeds?.length ? { types: { "application/rss+xml": feeds.map((f) => ({ url: f.path, title: f.title })) } } : {}),
    },
    openGraph: { type: "website", url: path, title, description, siteName: siteConfig.name, locale: "id_ID" },
    twitter: { card: "summary", title, description },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

type ArticleForMetadata = {
  publicId: string;
  slug: string;
  title: string;
  lead: string;
  publishedAt: Date;
  updatedAt: Date;
  kanal: { name: string };
  reporter: { slug: string } | null;
  photo: { alt: string; focusX?: number; focusY?: number } | null;
  tags: { name: string }[];
};

/** An article's metadata: OpenGraph as an article with its times, section and tags, a large Twitter card, and the 1200×630 share image. */
export function articleMetadata(article: ArticleForMetadata): Metadata {
  const path = articlePath(article);
  const image = { url: ogImagePath(article), ...OG_IMAGE_SIZE, alt: article.photo?.alt || article.title };
  return {
    title: article.title,
    description: article.lead,
    alternates: { canonical: path },
    openGraph: {
      type: "article",
      url: path,
      title: article.title,
      description: article.lead,
      siteName: siteConfig.name,
      locale: "id_ID",
      publishedTime: toWibIso(article.publishedAt),
      modifiedTime: toWibIso(article.updatedAt),
      section: article.kanal.name,
      tags: article.tags.map((t) => t.name),
      authors: article.reporter ? [absoluteUrl(authorPath(article.reporter.slug))] : undefined,
      images: [image],
    },
    twitter: { card: "summary_large_image", title: article.title, description: article.lead, images: [image] },
  };
}
