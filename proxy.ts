import { type NextRequest, NextResponse } from "next/server";
import { createNonce, noncePolicy } from "@/lib/csp.mjs";
import { badAddressResponse, isDecodablePath } from "@/lib/request-path";
import { hasSearchableWord, readSearchQuery } from "@/lib/search-query";

// Routes that never get a nonce: build files, ISR reader pages (an article, a kanal or tag and its
// pages, cached searches), photos, feeds, sitemaps and the other route handlers. ISR pages carry
// script hashes from lib/isr-cache-handler.mjs instead, and a cache hit must cost no more than it
// did. The first matcher below is this same list; a matcher must be a literal, so keep both in step.
const NO_NONCE =
  /^\/(?:_next\/|media\/|berita\/[^/]+|kanal\/[^/]+(?:\/halaman\/[^/]+)?$|tag\/[^/]+(?:\/halaman\/[^/]+)?$|cari$|api\/(?:views|views\/pixel|ads\/impressions)$|iklan\/(?:html|klik)\/[^/]+$|og\/berita\/[^/]+$|rss(?:\/|$)|sitemap(?:\.xml|-news\.xml|\/[^/]+)$|robots\.txt$|ads\.txt$|logo\.png$|icon\.svg$|favicon\.ico$)/;

/**
 * Three jobs, before Next routes the request:
 * - an address that cannot be decoded (`/kanal/%FF`) gets a 400 page in Indonesian; Next would
 *   answer it with a bare 500 before any page runs;
 * - a search with no word in it (`/cari?q=AND`, `?q=*`) gets status 400: the search page renders
 *   the explanation (components/search/SearchPage.tsx), but a page cannot set a status itself;
 * - a page rendered per request gets a fresh nonce (README "Security headers"): Next reads it from
 *   the request's Content-Security-Policy and stamps it on each of its scripts.
 * Access checks do not live here: every page and action checks the session itself.
 */
export function proxy(request: NextRequest) {
  const rawPath = new URL(request.url).pathname;
  if (!isDecodablePath(rawPath)) return badAddressResponse();
  // Only the "%" matcher lets such a path in (plain /cari comes through the query matchers).
  if (rawPath.includes("%") && NO_NONCE.test(rawPath)) return NextResponse.next();

  const nonce = createNonce();
  const isAdmin = rawPath === "/admin" || rawPath.startsWith("/admin/");
  // The ad desk's preview is framed by the ad desk itself; the rest of the newsroom by nobody.
  const frameAncestors = !isAdmin ? undefined : rawPath.startsWith("/admin/pratinjau-iklan/") ? "'self'" : "'none'";
  const csp = noncePolicy(nonce, frameAncestors);

  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const query = rawPath === "/cari" ? readSearchQuery(request.nextUrl.searchParams.get("q")) : "";
  const status = query && !hasSearchableWord(query) ? 400 : undefined;
  const response = NextResponse.next({ request: { headers }, status });
  response.headers.set("Content-Security-Policy", csp);
  // nginx's micro-cache (deploy/nginx.conf) would hand this page, and so its nonce, to other
  // readers for a second: a nonce must belong to one response. nginx does not pass this on.
  response.headers.set("X-Accel-Expires", "0");
  return response;
}

export const config = {
  matcher: [
    // Everything but NO_NONCE above and the home page ("/", needs one character more).
    "/((?!_next/|media/|berita/[^/]+|kanal/[^/]+(?:/halaman/[^/]+)?$|tag/[^/]+(?:/halaman/[^/]+)?$|cari$|api/(?:views|views/pixel|ads/impressions)$|iklan/(?:html|klik)/[^/]+$|og/berita/[^/]+$|rss(?:/|$)|sitemap(?:\\.xml|-news\\.xml|/[^/]+)$|robots\\.txt$|ads\\.txt$|logo\\.png$|icon\\.svg$|favicon\\.ico$).+)",
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
    // Only a path with a percent sign can be malformed; on the routes above it gets the check alone.
    "/(.*%.*)",
  ],
};
