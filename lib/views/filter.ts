import { isbot } from "isbot";
import { hasSessionCookie } from "@/lib/session-cookie";

/** What the view helpers read from a request: only headers, so tests need no server. */
export type HeaderReader = { get(name: string): string | null };

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
