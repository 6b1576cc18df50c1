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

/**
 * Resolves a /media/ request to a path below the media folder, or null when it tries
 * to leave it or names something that is not a plain file name.
 * @example safeMediaPath(["seed", "a.webp"]) // "seed/a.webp"
 */
export function safeMediaPath(segments: string[]): string | null {
  if (segments.length === 0 || segments.length > 4) return null;
  for (const s of segments) {
    if (!/^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}$/.test(s) || s.includes("..")) return null;
  }
  return segments.join("/");
}
