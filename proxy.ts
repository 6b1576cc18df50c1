import { type NextRequest, NextResponse } from "next/server";
import { createNonce, noncePolicy } from "@/lib/csp.mjs";
import { badAddressResponse, isDecodablePath } from "@/lib/request-path";
import { queryStatus } from "@/lib/query-status";

// The pages rendered per request: the newsroom, odd searches, the news index and staff previews. Only
// these get a nonce; every other page is an ISR page (home, article, kanal, tag, author, plain-word
// search, unknown paths) that carries the policy lib/isr-cache-handler.mjs stored with it, and a cache hit
// must cost no more than it did. The matchers below list the same routes; a matcher must be a literal,
// so keep both in step.
export const PER_REQUEST = /^\/(?:admin(?:\/.*)?|cari|indeks|pratinjau\/.+)$/;

/**
 * Three jobs, before Next routes the request:
 * - an address that cannot be decoded (`/kanal/%FF`) gets a 400 page in Indonesian; Next would
 *   answer it with a bare 500 before any page runs;
 * - a query string that shows a per-request page cannot be served (`/cari?q=AND`, `/indeks?tanggal=2026-13-45`)
 *   gets its 4xx status (lib/query-status.ts): the page renders the notice, but cannot set a status itself;
 * - a page rendered per request gets a fresh nonce (docs/security.md, "Content-Security-Policy"): Next reads it from
 *   the request's Content-Security-Policy and stamps it on each of its scripts.
 * Access checks do not live here: every page and action checks the session itself.
 */
export function proxy(request: NextRequest) {
  const rawPath = new URL(request.url).pathname;
  if (!isDecodablePath(rawPath)) return badAddressResponse();
  // The "%" matcher lets any such path in, for the check above alone.
  if (!PER_REQUEST.test(rawPath)) return NextResponse.next();

  const nonce = createNonce();
  const isAdmin = rawPath === "/admin" || rawPath.startsWith("/admin/");
  // The ad desk's preview is framed by the ad desk itself; the rest of the newsroom by nobody.
  const frameAncestors = !isAdmin ? undefined : rawPath.startsWith("/admin/pratinjau-iklan/") ? "'self'" : "'none'";
  const csp = noncePolicy(nonce, frameAncestors);

  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const status = queryStatus(rawPath, request.nextUrl.searchParams, new Date());
  const response = NextResponse.next({ request: { headers }, status });
  response.headers.set("Content-Security-Policy", csp);
  // nginx's micro-cache (deploy/nginx.conf) would hand this page, and so its nonce, to other
  // readers for a second: a nonce must belong to one response. nginx does not pass this on.
  response.headers.set("X-Accel-Expires", "0");
  return response;
}

export const config = {
  matcher: [
    // PER_REQUEST above.
    "/admin",
    "/admin/:path*",
    "/indeks",
    "/pratinjau/:path+",
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
    // Only a path with a percent sign can be malformed: on any route it gets the check.
    "/(.*%.*)",
  ],
};
