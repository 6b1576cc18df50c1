import { isbot } from "isbot";
import { type HeaderReader, originCheck } from "@/lib/auth/origin";
import { hasSessionCookie } from "@/lib/session-cookie";

export type { HeaderReader };

export type IgnoreReason = "bot" | "prefetch" | "staff" | "cross-site";

/**
 * Crawlers, link previewers and scripted clients, by User-Agent (the `isbot` list, kept
 * up to date upstream). A request without a User-Agent is no reader's browser either.
 * @example isBotUserAgent("Mozilla/5.0 (compatible; Googlebot/2.1)") // true
 */
export function isBotUserAgent(userAgent: string | null): boolean {
  if (!userAgent?.trim()) return true;
  return isbot(userAgent);
}

// Chrome sends Sec-Purpose (`prefetch`, `prefetch;prerender`), older Chrome and Safari
// Purpose / X-Purpose, Firefox X-Moz. A page fetched ahead of time has not been read.
const PREFETCH_HEADERS = ["sec-purpose", "purpose", "x-purpose", "x-moz"] as const;

/** @example isPrefetch(new Headers({ "Sec-Purpose": "prefetch;prerender" })) // true */
export function isPrefetch(headers: HeaderReader): boolean {
  return PREFETCH_HEADERS.some((name) => {
    const value = headers.get(name)?.toLowerCase() ?? "";
    return value.includes("prefetch") || value.includes("prerender") || (name === "x-purpose" && value.includes("preview"));
  });
}

/**
 * Why a view request must not count, or null when it may. Only headers are read, so
 * this runs before any database work. Cross-site requests are refused so that another
 * site cannot embed the pixel and pump up a story.
 */
export function ignoreReason(headers: HeaderReader): IgnoreReason | null {
  if (isBotUserAgent(headers.get("user-agent"))) return "bot";
  if (isPrefetch(headers)) return "prefetch";
  if (hasSessionCookie(headers.get("cookie"))) return "staff";
  if (headers.get("sec-fetch-site") === "cross-site") return "cross-site";
  return null;
}

/**
 * The origin rule (lib/auth/origin.ts) for the counting routes. A beacon POST without this
 * site's Origin is refused outright ("origin", 403): every browser sends Origin on a POST, and
 * sendBeacon from our own page names our own site. A counting GET (the <noscript> pixel, an ad
 * click) carries no Origin when an <img> or a link sends it, so it counts unless a script on
 * another origin, or an opaque one ("null"), sent it; then it is answered as usual but not counted.
 * @example originReason("POST", new Headers({ host: "warta.id" }), "https://warta.id") // "origin"
 */
export function originReason(method: string, headers: HeaderReader, siteUrl: string): "origin" | "cross-site" | null {
  const origin = originCheck(headers, siteUrl);
  if (method === "GET") return origin === "foreign" ? "cross-site" : null;
  return origin === "same" ? null : "origin";
}
