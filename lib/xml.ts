const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// XML 1.0 forbids most control characters even as references; a pasted headline can carry one.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text or attribute value made safe for XML: markup characters escaped and characters XML
 * cannot carry removed.
 * @example escapeXml('Haji & "Umrah" <2026>') // "Haji &amp; &quot;Umrah&quot; &lt;2026&gt;"
 */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/**
 * One element with escaped text, or nothing when the value is empty, so optional fields
 * simply drop out of a feed.
 * @example xmlElement("title", "A & B") // "<title>A &amp; B</title>"
 */
export function xmlElement(name: string, value: string | number | null | undefined, attrs: Record<string, string | number> = {}): string {
  if (value === null || value === undefined || value === "") return "";
  return `<${name}${xmlAttrs(attrs)}>${escapeXml(String(value))}</${name}>`;
}

/** @example xmlAttrs({ url: "a?b=1&c=2", length: 3 }) // ' url="a?b=1&amp;c=2" length="3"' */
export function xmlAttrs(attrs: Record<string, string | number>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
}

/** Feeds and sitemaps change with every publish: shared caches may keep them a minute. */
export const FEED_CACHE_CONTROL = "public, s-maxage=60, stale-while-revalidate=300";

export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";

export function xmlResponse(body: string, contentType = "application/xml; charset=utf-8"): Response {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Cache-Control": FEED_CACHE_CONTROL, "X-Content-Type-Options": "nosniff" },
  });
}
