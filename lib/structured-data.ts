import { siteConfig } from "./config";
import { correctionJsonLd, type PublicCorrection } from "./corrections";
import { lastLiveChange, type LiveCoverage, liveBlogFields } from "./live";
import { LOGO_SIZE } from "./metadata";
import { absoluteUrl, authorPath, logoPath } from "./urls";
import { toWibIso } from "./wib";

type JsonLd = Record<string, unknown>;

export type Publisher = { name: string; url: string; logo: { url: string; width: number; height: number } };

/** This site as the publisher of everything on it. */
export function sitePublisher(): Publisher {
  return { name: siteConfig.name, url: siteConfig.url, logo: { url: absoluteUrl(logoPath), ...LOGO_SIZE } };
}

export type NewsArticleInput = {
  /** Absolute canonical URL. */
  url: string;
  title: string;
  lead: string;
  publishedAt: Date;
  updatedAt: Date;
  kanal: { name: string };
  reporter: { slug: string; name: string } | null;
  editor: { slug: string; name: string } | null;
  /** The article photo, or the generated share image when there is none (no caption or credit then). */
  image: { url: string; width: number; height: number; caption?: string; credit?: string };
  tags: { name: string }[];
  /** Ralat, Koreksi, Klarifikasi and Hak Jawab readers see on the story. */
  corrections?: PublicCorrection[];
  /** "Laporan langsung": the story is then a LiveBlogPosting with its updates. */
  live?: LiveCoverage | null;
};

function person(p: { slug: string; name: string }, base: string): JsonLd {
  return { "@type": "Person", name: p.name, url: absoluteUrl(authorPath(p.slug), base) };
}

export function publisherJsonLd(publisher: Publisher): JsonLd {
  return {
    "@type": "NewsMediaOrganization",
    name: publisher.name,
    url: publisher.url,
    logo: { "@type": "ImageObject", url: publisher.logo.url, width: publisher.logo.width, height: publisher.logo.height },
  };
}

/**
 * schema.org NewsArticle as Google News reads it: times with the +07:00 offset, the reporter as
 * author and the redaktur as editor, the photo with its caption and credit, the kanal as
 * articleSection and the tags as keywords. A live report makes it a LiveBlogPosting (lib/live.ts).
 */
export function newsArticleJsonLd(a: NewsArticleInput, publisher: Publisher): JsonLd {
  const base = publisher.url;
  const image: JsonLd = { "@type": "ImageObject", url: a.image.url, width: a.image.width, height: a.image.height };
  if (a.image.caption) image.caption = a.image.caption;
  if (a.image.credit) image.creditText = a.image.credit;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": a.url },
    url: a.url,
    headline: a.title,
    description: a.lead,
    inLanguage: "id",
    datePublished: toWibIso(a.publishedAt),
    dateModified: toWibIso(lastLiveChange(a.updatedAt, a.live ?? null)),
    ...(a.reporter ? { author: [person(a.reporter, base)] } : {}),
    ...(a.editor ? { editor: person(a.editor, base) } : {}),
    image: [image],
    articleSection: a.kanal.name,
    keywords: a.tags.map((t) => t.name),
    ...(a.corrections?.length ? { correction: correctionJsonLd(a.corrections) } : {}),
    isAccessibleForFree: true,
    publisher: publisherJsonLd(publisher),
    // Last, so that its @type replaces NewsArticle: a LiveBlogPosting is an Article with updates.
    ...(a.live ? liveBlogFields(a.live, a.url) : {}),
  };
}

/**
 * BreadcrumbList for a trail that starts at the home page. Crumbs without a page of their own
 * are left out, except the last one, which names the current page.
 */
export function breadcrumbJsonLd(items: { name: string; url?: string }[]): JsonLd {
  const listed = items.filter((item, i) => item.url || i === items.length - 1);
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: listed.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      ...(item.url ? { item: item.url } : {}),
    })),
  };
}

/**
 * ProfilePage for a reporter's page, so their byline links to a known person: with the photo as
 * `image` and the profile links as `sameAs` when the author gave them.
 */
export function profilePageJsonLd(
  p: { slug: string; name: string; bio: string; jobTitle: string; imageUrl?: string; links?: string[] },
  publisher: Publisher,
): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    mainEntity: {
      ...person(p, publisher.url),
      ...(p.bio ? { description: p.bio } : {}),
      ...(p.imageUrl ? { image: p.imageUrl } : {}),
      ...(p.links?.length ? { sameAs: p.links } : {}),
      jobTitle: p.jobTitle,
      worksFor: publisherJsonLd(publisher),
    },
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" and the line separators are escaped so
 * that a headline containing "</script>" cannot end the element.
 * @example serializeJsonLd({ headline: "</script>" }) // '{"headline":"\\u003c/script>"}'
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
