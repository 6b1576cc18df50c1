// The one door to Next.js's internals (next/dist): nothing else in Warta imports from there, except the
// contract test, which drives Next's own cache-entry conversions.
//
// Next has no public API for what lib/isr-cache-handler.mjs does (refuse a render that began before an
// editor's change; store reader pages without Next's scripts and with their CSP), so the handler builds
// on Next's own ISR store, taken from next/dist. Those files change without notice between releases:
// `next` is pinned to one exact version in package.json, and upgrading it means running the contract
// tests first. Each failure names what to re-check:
//   npx vitest run lib/next-internals.test.ts
//   npx playwright test --project=desktop e2e/next-contract.spec.ts
//
// What Warta relies on, and why:
// 1. FileSystemCache (server/lib/incremental-cache/file-system-cache.js, default export), the class the
//    handler extends. It is constructed with Next's CacheHandlerContext ({ fs, flushToDisk, serverDistDir,
//    revalidatedTags, maxMemoryCacheSize, _requestHeaders }). Its methods:
//    - get(key, { kind }) answers { value, lastModified (ms), cacheControl: { revalidate (s) } } or null,
//      and answers null once a tag listed in the entry's CACHE_TAGS_HEADER is revalidated;
//    - set(key, value, { cacheControl }) stores the entry;
//    - revalidateTag(tags) marks tags as revalidated.
//    Next makes a handler per request, so the in-memory store must be shared by every instance. Next
//    calls get() before each render, and the handler notes there when the render started.
// 2. tagsManifest (tags-manifest.external.js): a Map from a cache tag to { stale?, expired? } (ms since
//    the epoch). revalidatePath without a profile (all of lib/revalidate.ts) sets `expired` to the moment
//    of the call. The handler compares that moment with when a render started, so it must be the same
//    Map the class writes and reads (".external": Next keeps the file out of its bundles).
// 3. An APP_PAGE cache value (server/response-cache/types.d.ts, IncrementalCachedAppPageValue):
//    { kind, html (a string), rscData, headers, status, postponed, segmentData }. The handler reads kind,
//    html, status and headers[CACHE_TAGS_HEADER], and rewrites html and headers["content-security-policy"].
//    Next sends an entry's headers with every response built from it. The response to the render that
//    fills the cache is built from the same value after set() returns, so the first reader gets the
//    policy too.
// 4. IncrementalCacheKind (server/response-cache/types.js): get's ctx.kind, "APP_PAGE", "APP_ROUTE" or "PAGES" for a
//    whole response. With REDIS_URL only those are shared (lib/redis/page-cache.mjs); the build's id, which keys
//    them per build, is the BUILD_ID file beside the constructor's serverDistDir.
// Two behaviours of public APIs rest on the same internals, and e2e/next-contract.spec.ts checks both:
// 5. notFound() thrown inside <Suspense> in an ISR route (components/shared/CachedNotFound.tsx) still
//    answers 404, with the notice in the server HTML;
// 6. a cached reader page goes out without Next's scripts and with its policy, from the first response on.
//    lib/reader-html.mjs knows Next's scripts by their markup: <script src="/_next/…">, inline <script>s,
//    and <link rel="preload" as="script"> or rel="modulepreload" hints.
// proxy.ts uses only public APIs: Next reads a nonce from the request's Content-Security-Policy, as its
// CSP guide shows. e2e/security-headers.spec.ts checks that.
//
// The types below are Next's own declarations, so `npm run typecheck` fails too when a field the handler
// uses is renamed.
//
// Plain JavaScript: Next loads the cache handler, and so this file, as it is.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerValue} CacheEntry what get() answers */
/** @typedef {import("next/dist/server/response-cache/types").IncrementalCacheValue} CacheValue what set() stores */
/** @typedef {import("next/dist/server/response-cache/types").IncrementalCachedAppPageValue} AppPageValue */
/** @typedef {import("next/dist/server/lib/incremental-cache/tags-manifest.external").TagManifestEntry} TagManifestEntry */

/**
 * Next's ISR store: an in-memory LRU (isrFlushToDisk: false in next.config.js), shared by every instance.
 * @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default}
 */
export const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

/**
 * When each cache tag was last revalidated.
 * @type {Map<string, TagManifestEntry>}
 */
export const tagsManifest = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js").tagsManifest;

/**
 * The header of a stored page that lists its cache tags, comma-separated ("x-next-cache-tags").
 * @type {string}
 */
export const CACHE_TAGS_HEADER = require("next/dist/lib/constants.js").NEXT_CACHE_TAGS_HEADER;

// Read as plain strings: TypeScript allows no use of Next's declared const enum from a module compiled on its own.
const responseCacheTypes = /** @type {{ CachedRouteKind: { APP_PAGE: string }, IncrementalCacheKind: Record<"APP_PAGE" | "APP_ROUTE" | "PAGES", string> }} */ (
  require("next/dist/server/response-cache/types.js")
);
const { CachedRouteKind, IncrementalCacheKind } = responseCacheTypes;
const RESPONSE_KINDS = new Set([IncrementalCacheKind.APP_PAGE, IncrementalCacheKind.APP_ROUTE, IncrementalCacheKind.PAGES]);

/**
 * Whether a lookup's kind (get's `ctx.kind`), or a stored value's (CachedRouteKind uses the same three names), is a whole response (a page or a route handler's answer),
 * the entries that list their tags in CACHE_TAGS_HEADER, rather than a fetch() result or an image.
 * @param {string | undefined} kind
 */
export function isResponseKind(kind) {
  return kind !== undefined && RESPONSE_KINDS.has(kind);
}

/**
 * Whether a cache value is an App Router page: the only kind whose HTML the handler rewrites.
 * @param {CacheValue | null | undefined} value
 * @returns {value is AppPageValue}
 */
export function isAppPage(value) {
  return value?.kind === CachedRouteKind.APP_PAGE;
}

// A Next that moved or renamed any of these must not start with the refusal quietly switched off.
if (typeof FileSystemCache !== "function" || !(tagsManifest instanceof Map) || !CACHE_TAGS_HEADER || !CachedRouteKind?.APP_PAGE || !IncrementalCacheKind?.APP_ROUTE) {
  throw new Error("lib/next-internals.mjs: Next's internals have moved; run its contract tests (see the top of the file)");
}
