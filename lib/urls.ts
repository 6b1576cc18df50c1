import { siteConfig } from "./config";

/** @example articlePath({ publicId: "k3v9q2mz", slug: "banjir-surut" }) // "/berita/k3v9q2mz/banjir-surut" */
export function articlePath(article: { publicId: string; slug: string }): string {
  return `/berita/${article.publicId}/${article.slug}`;
}

/** @example kanalPath("dunia-islam") // "/kanal/dunia-islam" */
export function kanalPath(slug: string): string {
  return `/kanal/${slug}`;
}

/** @example tagPath("haji") // "/tag/haji" */
export function tagPath(slug: string): string {
  return `/tag/${slug}`;
}

/** @example authorPath("dimas-prasetyo") // "/penulis/dimas-prasetyo" */
export function authorPath(slug: string): string {
  return `/penulis/${slug}`;
}

/** @example searchPath("harga cabai") // "/cari?q=harga%20cabai" */
export function searchPath(query: string): string {
  return `/cari?q=${encodeURIComponent(query)}`;
}

/** @example indeksPath("2026-02-03") // "/indeks?tanggal=2026-02-03" */
export function indeksPath(dateKey?: string): string {
  return dateKey ? `/indeks?tanggal=${dateKey}` : "/indeks";
}

export const siteFeedPath = "/rss";

/** Every Ralat, Koreksi, Klarifikasi and Hak Jawab, newest first, and its feed. */
export const koreksiPath = "/koreksi";
export const koreksiFeedPath = "/rss/koreksi";
/**
 * Page N of /koreksi. Its own path, not `?halaman=`: the ISR cache keys on the path, and a
 * rewrite for one more list would be matched against every request (decision 005).
 * @example koreksiPagePath(2) // "/koreksi/halaman/2"
 */
export function koreksiPagePath(page: number): string {
  return page <= 1 ? koreksiPath : `${koreksiPath}/halaman/${page}`;
}
/** The anchor of a story's notes on its page. */
export const CORRECTIONS_ANCHOR = "koreksi";

/** @example kanalFeedPath("nasional") // "/rss/kanal/nasional" */
export function kanalFeedPath(slug: string): string {
  return `/rss/kanal/${slug}`;
}

/** @example tagFeedPath("haji") // "/rss/tag/haji" */
export function tagFeedPath(slug: string): string {
  return `/rss/tag/${slug}`;
}

export const sitemapIndexPath = "/sitemap.xml";
export const newsSitemapPath = "/sitemap-news.xml";
export const logoPath = "/logo.png";

/** Every ad click passes here to be counted before it leaves for the advertiser. @example adClickPath(7) // "/iklan/klik/7" */
export function adClickPath(creativeId: number): string {
  return `/iklan/klik/${creativeId}`;
}

/** The document an HTML creative's sandboxed frame loads. @example adHtmlPath(7) // "/iklan/html/7" */
export function adHtmlPath(creativeId: number): string {
  return `/iklan/html/${creativeId}`;
}

/** Where the browser reports a story that was shown (the <noscript> pixel is `${viewsPath}/pixel`). */
export const viewsPath = "/api/views";

/** Where the browser reports ads that were seen. */
export const adImpressionsPath = "/api/ads/impressions";

/**
 * The 1200×630 share image of an article. The version changes with every edit, so the image can
 * be cached for a year and a new photo or headline still reaches the next share.
 * @example ogImagePath({ publicId: "k3v9q2mz", updatedAt: new Date(1e12) }) // "/og/berita/k3v9q2mz?v=cre66i9s"
 */
export function ogImagePath(article: { publicId: string; updatedAt: Date; photo?: { focusX?: number; focusY?: number } | null }): string {
  return `/og/berita/${article.publicId}?v=${ogImageVersion(article.updatedAt, article.photo)}`;
}

/**
 * The share image's version: the last edit, and the photo's focal point when one was chosen (it is
 * set in the photo library, without a save of the story).
 * @example ogImageVersion(new Date(1e12), { focusX: 30, focusY: 70 }) // "cre66i9s-30-70"
 */
export function ogImageVersion(updatedAt: Date, photo?: { focusX?: number; focusY?: number } | null): string {
  const base = updatedAt.getTime().toString(36);
  const [x, y] = [photo?.focusX ?? 50, photo?.focusY ?? 50];
  return x !== 50 || y !== 50 ? `${base}-${x}-${y}` : base;
}

/**
 * An absolute URL on the public site, for feeds, sitemaps and structured data, which
 * crawlers read outside any page.
 * @example absoluteUrl("/kanal/nasional", "https://warta.example") // "https://warta.example/kanal/nasional"
 */
export function absoluteUrl(path: string, base = siteConfig.url): string {
  return `${base}${path}`;
}

/** @example mediaUrl("seed/k3v9q2mz.webp") // "/media/seed/k3v9q2mz.webp" */
export function mediaUrl(path: string): string {
  return `/media/${path.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * The resized copy of a stored image at a given width, by naming convention.
 * @example mediaVariantPath("seed/k3v9q2mz.webp", 640) // "seed/k3v9q2mz-640.webp"
 */
export function mediaVariantPath(path: string, width: number): string {
  const dot = path.lastIndexOf(".");
  return dot === -1 ? `${path}-${width}` : `${path.slice(0, dot)}-${width}${path.slice(dot)}`;
}

/** Where the kept originals of uploads live in the media store; never served at /media/. */
export const ORIGINALS_FOLDER = "originals";

/**
 * Where the metadata-stripped original of an upload is kept: the same name under ORIGINALS_FOLDER,
 * in the upload's own format.
 * @example originalPathFor("uploads/2026/12/k3v9q2mz.webp", "jpg") // "originals/2026/12/k3v9q2mz.jpg"
 */
export function originalPathFor(path: string, ext: string): string {
  const dot = path.lastIndexOf(".");
  return `${ORIGINALS_FOLDER}/${(dot === -1 ? path : path.slice(0, dot)).replace(/^uploads\//, "")}.${ext}`;
}

/**
 * The `srcset` of a stored photo: its 640 px variant and the stored file at its own width. The one
 * place it is made, for the React photo (components/shared/ArticleImage.tsx) and for photos inside a
 * story body (lib/body-photos.ts) alike.
 * @example mediaSrcSet({ path: "seed/a.webp", width: 1200 }) // "/media/seed/a-640.webp 640w, /media/seed/a.webp 1200w"
 */
export function mediaSrcSet(photo: { path: string; width: number }): string {
  return `${mediaUrl(mediaVariantPath(photo.path, 640))} 640w, ${mediaUrl(photo.path)} ${photo.width}w`;
}

/**
 * Resolves a /media/ request to a path below the media folder, or null when it tries
 * to leave it or names something that is not a plain file name.
 * @example safeMediaPath(["seed", "a.webp"]) // "seed/a.webp"
 */
export function safeMediaPath(segments: string[]): string | null {
  if (segments.length === 0 || segments.length > 4) return null;
  // Full-size originals are kept for re-cropping, not for readers.
  if (segments[0] === ORIGINALS_FOLDER) return null;
  for (const s of segments) {
    // Stored names are random base64url, so they may start with "-" or "_"; never with a dot.
    if (!/^[a-zA-Z0-9_-][a-zA-Z0-9._-]{0,127}$/.test(s) || s.includes("..")) return null;
  }
  return segments.join("/");
}
