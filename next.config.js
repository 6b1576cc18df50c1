// Words of a cached search: letters, digits, spaces and hyphens, not starting with a space, and
// not only FTS operators and hyphens ("AND", "NOT -"): those have no word to search for, and the
// per-request /cari answers them 400 (lib/search-query.ts hasSearchableWord; its test checks both agree).
const SEARCH_WORDS = "(?![ \\-]*(?:(?:AND|OR|NOT|NEAR)(?![A-Za-z0-9])[ \\-]*)*$)[A-Za-z0-9\\-][A-Za-z0-9 \\-]{0,99}";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Reader pages need no "X-Powered-By" advertising the stack.
  poweredByHeader: false,
  // better-sqlite3 and sharp are native modules: load them from node_modules at run time. redis too: the
  // cache handler (outside the bundles) and the route handlers share one connection (lib/redis/client.mjs).
  serverExternalPackages: ["better-sqlite3", "sharp", "@node-rs/argon2", "redis"],
  // Next's ISR store, except that a page whose render began before an editor's change is not
  // stored over the change (see the file).
  cacheHandler: require.resolve("./lib/isr-cache-handler.mjs"),
  experimental: {
    // forbidden() answers 403 from admin pages when a role is too small.
    authInterrupts: true,
    // Keep ISR pages in the in-memory LRU only (cacheMaxMemorySize, 50 MB). On disk, every
    // made-up URL a crawler tries would leave files behind without bound, and a 10 kB slug
    // fails with ENAMETOOLONG. A restart starts with an empty cache, which is also what we want.
    isrFlushToDisk: false,
    // Article saves carry the photo (up to 10 MB) in the form.
    serverActions: { bodySizeLimit: "11mb" },
    // proxy.ts runs on the admin pages too, and Next hands on only this much of a body it has
    // seen: it must let a whole article save through, or a 10 MB photo arrives cut off (500).
    proxyClientMaxBodySize: "11mb",
  },
  // Reader pages are ISR-cached (docs/rendering-and-caching.md); this caps how long a
  // CDN may keep serving a stale copy while it fetches a fresh one.
  expireTime: 3600,
  // Next matches every request against every rewrite, redirect and header rule below (and compiles
  // each rewrite's pattern again for every request a route handles), so they are as few as the
  // behaviour allows: docs/decisions/005-per-request-routing-cost.md.
  async rewrites() {
    return {
      beforeFiles: [
        // The home page lives on a parameterised route so no build ever prerenders it.
        { source: "/", destination: "/beranda/terkini" },
        // The ISR cache keys on the path, so page N of a list gets a path of its own.
        {
          source: "/:kind(kanal|tag|penulis)/:slug",
          has: [{ type: "query", key: "halaman", value: "(?<n>[1-9][0-9]{0,5})" }],
          destination: "/:kind/:slug/halaman/:n",
        },
        // Any other value is not a page number: the page route answers 404 for it.
        { source: "/:kind(kanal|tag|penulis)/:slug", has: [{ type: "query", key: "halaman" }], destination: "/:kind/:slug/halaman/0" },
        // Search for plain words (what nearly every reader types) goes to a cached route too.
        // The words become a path segment, so anything that could not travel in one safely
        // (a slash, a percent sign, a quote) stays on the per-request /cari page.
        {
          source: "/cari",
          has: [
            { type: "query", key: "q", value: `(?<q>${SEARCH_WORDS})` },
            { type: "query", key: "halaman", value: "(?<n>[1-9][0-9]{0,5})" },
          ],
          destination: "/cari/hasil/:q/:n",
        },
        {
          source: "/cari",
          has: [{ type: "query", key: "q", value: `(?<q>${SEARCH_WORDS})` }],
          missing: [{ type: "query", key: "halaman" }],
          destination: "/cari/hasil/:q/1",
        },
      ],
    };
  },
  async redirects() {
    // The internal paths above are not addresses readers should share or search engines index.
    return [
      { source: "/beranda/:path*", destination: "/", permanent: true },
      { source: "/:kind(kanal|tag|penulis)/:slug/halaman/:n", destination: "/:kind/:slug?halaman=:n", permanent: true },
      { source: "/cari/hasil/:q/:n", destination: "/cari?q=:q&halaman=:n", permanent: true },
    ];
  },
  async headers() {
    return [
      // Every answer, cached or not (docs/security.md). Pages get their
      // Content-Security-Policy from proxy.ts (per request) or lib/isr-cache-handler.mjs (cached).
      { source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      // Not /iklan/: an ad frame sends no referrer and an ad click only the origin (lib/ads/http.ts),
      // and a rule here would override what a route handler sets.
      {
        source: "/:path((?!iklan/).*)",
        headers: [{ key: "Referrer-Policy", value: "strict-origin-when-cross-origin" }],
      },
      // HSTS only on an answer that went out over https: nginx (or any TLS front) says so in
      // X-Forwarded-Proto. Browsers ignore the header on plain http anyway; it must not be sent
      // where a site is only reachable over http.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000" }],
      },
      // public/warta.js is linked with a version taken from its bytes (lib/reader-script.ts).
      {
        source: "/warta.js",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
      // The newsroom's X-Frame-Options, Referrer-Policy and X-Robots-Tag come from proxy.ts
      // (adminHeaders), which runs for every /admin request anyway.
    ];
  },
};

module.exports = nextConfig;
