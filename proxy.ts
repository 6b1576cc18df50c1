import { type NextRequest, NextResponse } from "next/server";
import { createNonce, noncePolicy } from "@/lib/csp.mjs";

// A fresh nonce for every page rendered per request (README "Security headers"): Next reads it
// from the request's Content-Security-Policy and stamps it on each of its scripts.
//
// Never on ISR-cached reader pages: they carry script hashes from lib/isr-cache-handler.mjs, and a
// cache hit must cost no more than it did. Nor on build files, photos, feeds or other route handlers.
// The matcher sees the address before next.config.js rewrites it.
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const { pathname } = request.nextUrl;
  const isAdmin = pathname === "/admin" || pathname.startsWith("/admin/");
  // The ad desk's preview is framed by the ad desk itself; the rest of the newsroom by nobody.
  const frameAncestors = !isAdmin ? undefined : pathname.startsWith("/admin/pratinjau-iklan/") ? "'self'" : "'none'";
  const csp = noncePolicy(nonce, frameAncestors);

  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  // nginx's micro-cache (deploy/nginx.conf) would hand this page, and so its nonce, to other
  // readers for a second: a nonce must belong to one response. nginx does not pass this on.
  response.headers.set("X-Accel-Expires", "0");
  return response;
}

export const config = {
  matcher: [
    // Everything but: the home page ("/", needs one character more), build files, ISR reader pages
    // (an article, a kanal or tag and its pages), photos, feeds, sitemaps and the other route handlers.
    "/((?!_next/|media/|berita/[^/]+|kanal/[^/]+(?:/halaman/[^/]+)?$|tag/[^/]+(?:/halaman/[^/]+)?$|cari$|api/(?:views|views/pixel|ads/impressions)$|iklan/(?:html|klik)/[^/]+$|og/berita/[^/]+$|rss(?:/|$)|sitemap(?:\\.xml|-news\\.xml|/[^/]+)$|robots\\.txt$|ads\\.txt$|logo\\.png$|icon\\.svg$|favicon\\.ico$).+)",
    // /cari is cached for plain words (next.config.js SEARCH_WORDS, copied here because a matcher
    // must be a literal) with no page number or a valid one; every other /cari renders per request.
    { source: "/cari", missing: [{ type: "query", key: "q", value: "[A-Za-z0-9\\-][A-Za-z0-9 \\-]{0,99}" }] },
    {
      source: "/cari",
      has: [{ type: "query", key: "halaman" }],
      missing: [{ type: "query", key: "halaman", value: "[1-9][0-9]{0,5}" }],
    },
  ],
};
