import { toWibIso } from "./wib";
import { xmlAttrs, xmlElement } from "./xml";

/** The sitemaps.org limit per file; each chunk covers at most this many ids, so it can never hold more. */
export const SITEMAP_MAX_URLS = 50_000;
/** Google News reads at most 1,000 URLs per news sitemap, from the last 48 hours. */
export const NEWS_SITEMAP_MAX_URLS = 1_000;
export const NEWS_SITEMAP_WINDOW_MS = 48 * 60 * 60 * 1000;

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export type SitemapUrl = { loc: string; lastmod?: Date | null; images?: string[] };
export type SitemapRef = { loc: string; lastmod?: Date | null };
export type NewsSitemapEntry = { loc: string; title: string; publishedAt: Date };

function assertWithinLimit(n: number, max: number) {
  if (n > max) throw new Error(`Sitemap berisi ${n} URL, melebihi batas ${max}`);
}

/** A <urlset>, with Google's image extension for article photos. */
export function renderUrlset(urls: SitemapUrl[]): string {
  assertWithinLimit(urls.length, SITEMAP_MAX_URLS);
  const body = urls
    .map(
      (u) =>
        "<url>" +
        xmlElement("loc", u.loc) +
        (u.lastmod ? xmlElement("lastmod", toWibIso(u.lastmod)) : "") +
        (u.images ?? []).map((img) => `<image:image>${xmlElement("image:loc", img)}</image:image>`).join("") +
        "</url>",
    )
    .join("");
  return `${XML_HEAD}<urlset${xmlAttrs({ xmlns: SITEMAP_NS, "xmlns:image": "http://www.google.com/schemas/sitemap-image/1.1" })}>${body}</urlset>\n`;
}

/** The <sitemapindex> that /sitemap.xml serves. */
export function renderSitemapIndex(refs: SitemapRef[]): string {
  assertWithinLimit(refs.length, SITEMAP_MAX_URLS);
  const body = refs
    .map((r) => "<sitemap>" + xmlElement("loc", r.loc) + (r.lastmod ? xmlElement("lastmod", toWibIso(r.lastmod)) : "") + "</sitemap>")
    .join("");
  return `${XML_HEAD}<sitemapindex${xmlAttrs({ xmlns: SITEMAP_NS })}>${body}</sitemapindex>\n`;
}

/** A Google News sitemap: publication name, language `id`, publication date with the +07:00 offset. */
export function renderNewsSitemap(entries: NewsSitemapEntry[], publicationName: string): string {
  assertWithinLimit(entries.length, NEWS_SITEMAP_MAX_URLS);
  const body = entries
    .map(
      (e) =>
        "<url>" +
        xmlElement("loc", e.loc) +
        "<news:news><news:publication>" +
        xmlElement("news:name", publicationName) +
        xmlElement("news:language", "id") +
        "</news:publication>" +
        xmlElement("news:publication_date", toWibIso(e.publishedAt)) +
        xmlElement("news:title", e.title) +
        "</news:news></url>",
    )
    .join("");
  return `${XML_HEAD}<urlset${xmlAttrs({ xmlns: SITEMAP_NS, "xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9" })}>${body}</urlset>\n`;
}

export type SitemapFile = { kind: "halaman" } | { kind: "berita" | "tag"; chunk: number };

/**
 * The file name of one sitemap below /sitemap/.
 * @example sitemapFileName({ kind: "berita", chunk: 2 }) // "berita-2.xml"
 */
export function sitemapFileName(file: SitemapFile): string {
  return file.kind === "halaman" ? "halaman.xml" : `${file.kind}-${file.chunk}.xml`;
}

/**
 * Reads a sitemap file name back; null for anything the index never links.
 * @example parseSitemapFileName("tag-1.xml") // { kind: "tag", chunk: 1 }
 */
export function parseSitemapFileName(name: string): SitemapFile | null {
  if (name === "halaman.xml") return { kind: "halaman" };
  const m = /^(berita|tag)-([1-9][0-9]{0,5})\.xml$/.exec(name);
  return m ? { kind: m[1] as "berita" | "tag", chunk: Number(m[2]) } : null;
}

/**
 * Chunks split rows by id, so a story keeps its sitemap file for life and a chunk's lastmod
 * only moves when one of its own stories changes.
 * @example chunkIdRange(2, 50_000) // { minId: 50001, maxId: 100000 }
 */
export function chunkIdRange(chunk: number, size = SITEMAP_MAX_URLS): { minId: number; maxId: number } {
  return { minId: (chunk - 1) * size + 1, maxId: chunk * size };
}

/** @example chunkOfId(50_001, 50_000) // 2 */
export function chunkOfId(id: number, size = SITEMAP_MAX_URLS): number {
  return Math.floor((id - 1) / size) + 1;
}

/**
 * robots.txt: everything may be crawled except search results (an endless space of URLs),
 * and both sitemaps are announced.
 */
export function renderRobotsTxt(siteUrl: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    "Disallow: /cari",
    // Ad clicks and ad frames are no content; a crawler following them would only bounce to advertisers.
    "Disallow: /iklan/",
    "",
    `Sitemap: ${siteUrl}/sitemap.xml`,
    `Sitemap: ${siteUrl}/sitemap-news.xml`,
    "",
  ].join("\n");
}
