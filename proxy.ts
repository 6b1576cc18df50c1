import { type NextRequest, NextResponse } from "next/server";
import { ALL_PLAYER_ORIGINS, createNonce, noncePolicy } from "@/lib/csp.mjs";
import { badAddressResponse, isDecodablePath } from "@/lib/request-path";
import { queryStatus } from "@/lib/query-status";

// The pages rendered per request: the newsroom, odd searches, the news index and staff previews. Only
// these get a nonce; every other page is an ISR page (home, article, kanal, tag, author, plain-word
// search, unknown paths) that carries the policy lib/isr-cache-handler.mjs stored with it, and a cache hit
// must cost no more than it did. The matchers below list the same routes; a matcher must be a literal,
// so keep both in step.
export const PER_REQUEST = /^\/(?:admin(?:\/.*)?|cari|indeks|pratinjau\/.+)$/;

/**
 * The newsroom's own headers, here rather than in next.config.js: proxy.ts runs for every /admin
 * request anyway, and each header rule there is matched against every request to the site
 * (docs/decisions/005-per-request-routing-cost.md). The ad desk's preview is framed by the ad
 * desk itself; the rest of the newsroom by nobody.
 */
export function adminHeaders(path: string): Record<string, string> | null {
  if (path !== "/admin" && !path.startsWith("/admin/")) return null;
  return {
    "X-Frame-Options": path.startsWith("/admin/pratinjau-iklan/") ? "SAMEORIGIN" : "DENY",
    "Referrer-Policy": "same-origin",
    "X-Robots-Tag": "noindex, nofollow",
  };
}

/**
 * Four jobs, before Next routes the request:
 * - an address that cannot be decoded (`/kanal/%FF`) gets a 400 page in Indonesian; Next would
 *   answer it with a bare 500 before any page runs;
 * - a query string that shows a per-request page cannot be served (`/cari?q=AND`, `/indeks?tanggal=2026-13-45`)
 *   gets its 4xx status (lib/query-status.ts): the page renders the notice, but cannot set a status itself;
 * - a page rendered per request gets a fresh nonce (docs/security.md, "Content-Security-Policy"): Next reads it from
 *   the request's Content-Security-Policy and stamps it on each of its scripts;
 * - every /admin answer gets the newsroom's headers (adminHeaders), the 400 above included.
 * Access checks do not live here: every page and action checks the session itself.
 */
export function proxy(request: NextRequest) {
  const rawPath = new URL(request.url).pathname;
  const admin = adminHeaders(rawPath);
  const withAdminHeaders = (response: Response) => {
    for (const [name, value] of Object.entries(admin ?? {})) response.headers.set(name, value);
    return response;
  };
  if (!isDecodablePath(rawPath)) return withAdminHeaders(badAddressResponse());
  // The "%" in the first matcher lets any such path in, for the check above alone.
  if (!PER_REQUEST.test(rawPath)) return withAdminHeaders(NextResponse.next());

  const nonce = createNonce();
  const frameAncestors = !admin ? undefined : admin["X-Frame-Options"] === "SAMEORIGIN" ? "'self'" : "'none'";
  // A staff preview may show any embed and is rendered after this policy is set: it allows every player.
  const csp = noncePolicy(nonce, frameAncestors, rawPath.startsWith("/pratinjau/") ? ALL_PLAYER_ORIGINS : []);

  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const status = queryStatus(rawPath, request.nextUrl.searchParams, new Date());
  const response = NextResponse.next({ request: { headers }, status });
  response.headers.set("Content-Security-Policy", csp);
  // nginx's micro-cache (deploy/nginx.conf) would hand this page, and so its nonce, to other
  // readers for a second: a nonce must belong to one response. nginx does not pass this on.
  response.headers.set("X-Accel-Expires", "0");
  return withAdminHeaders(response);
}

// Next tests every request against every matcher (twice: as sent and decoded), so they are as few as
// the routes allow: one pattern, then the two /cari conditions.
export const config = {
  matcher: [
    // PER_REQUEST above (with /pratinjau and /indeks/… too, which proxy() lets through), and any path
    // with a percent sign: only such a path can be malformed, and on any route it gets the check.
    "/((?:admin|indeks|pratinjau)(?:/.*)?|.*%.*)",
    // /cari is cached for plain words (next.config.js SEARCH_WORDS, copied here because a matcher
    // must be a literal) with no page number or a valid one; every other /cari renders per request.
    {
      source: "/cari",
      missing: [{ type: "query", key: "q", value: "(?![ \\-]*(?:(?:AND|OR|NOT|NEAR)(?![A-Za-z0-9])[ \\-]*)*$)[A-Za-z0-9\\-][A-Za-z0-9 \\-]{0,99}" }],
    },
    {
      source: "/cari",
      has: [{ type: "query", key: "halaman" }],
      missing: [{ type: "query", key: "halaman", value: "[1-9][0-9]{0,5}" }],
    },
  ],
};
