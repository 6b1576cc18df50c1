import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
// Next's own conversions between a render and a cache value, standing in for its server: the only
// next/dist import outside lib/next-internals.mjs (the fence test at the end allows it).
import RenderResult from "next/dist/server/render-result.js";
import * as responseCacheTypes from "next/dist/server/response-cache/types.js";
import { fromResponseCacheEntry, toResponseCacheEntry } from "next/dist/server/response-cache/utils.js";
import { describe, expect, it } from "vitest";
import { hashPolicy } from "./csp.mjs";
import { IsrCacheHandler, revalidatedSince } from "./isr-cache-handler.mjs";
import { type AppPageValue, CACHE_TAGS_HEADER, FileSystemCache, isAppPage, isResponseKind, tagsManifest } from "./next-internals.mjs";
import { decodeEntry, encodeEntry } from "./redis/page-cache.mjs";
import { appPage, appPageLookup, appPageStore, memoryStoreContext } from "./testing/next-cache";

// The contract between Warta and the Next internals listed at the top of lib/next-internals.mjs, checked
// against the installed Next with nothing of it mocked. A failure after an upgrade of `next` says what
// to re-check before the upgrade can go in.

/** Every failure message starts with this, so that it reads as what it is in any test report. */
const UPGRADE = "Next's internals changed (see lib/next-internals.mjs):";

const tick = () => new Promise((r) => setTimeout(r, 3));
const unique = (name: string) => `${name}-${Date.now()}-${Math.random()}`;

describe("the cache class (FileSystemCache)", () => {
  it("is a class with the methods the handler overrides, calls and inherits", () => {
    const roles = {
      get: "IsrCacheHandler overrides get() and calls super.get() to note when a render starts",
      set: "IsrCacheHandler overrides set() and calls super.set() to store a page",
      revalidateTag: "revalidatePath (lib/revalidate.ts) reaches the inherited revalidateTag()",
      resetRequestCache: "Next calls the inherited resetRequestCache() on every request",
    };
    for (const [method, role] of Object.entries(roles)) {
      const found = typeof (FileSystemCache.prototype as unknown as Record<string, unknown>)[method];
      expect(found, `${UPGRADE} FileSystemCache.prototype.${method} is gone; ${role} (lib/isr-cache-handler.mjs)`).toBe("function");
    }
    expect(new IsrCacheHandler(memoryStoreContext()), `${UPGRADE} IsrCacheHandler no longer constructs as a FileSystemCache`).toBeInstanceOf(FileSystemCache);
  });

  it("shares its store between instances and answers an entry with its age", async () => {
    const key = unique("/shared");
    const before = Date.now();
    await new FileSystemCache(memoryStoreContext()).set(key, appPage("<p>ok</p>", {}), appPageStore);
    // Next makes a handler per request: the next request's instance must see the page.
    const entry = await new FileSystemCache(memoryStoreContext()).get(key, appPageLookup);
    expect(entry, `${UPGRADE} FileSystemCache no longer shares its in-memory store between instances: Next makes one per request, so every reader page would render on every request (next.config.js isrFlushToDisk)`).not.toBeNull();
    const age = `${UPGRADE} get() no longer answers { lastModified (ms), cacheControl: { revalidate } }; lib/isr-cache-handler.mjs lookupStartsRender() reads both to tell when a render starts`;
    expect(entry?.lastModified, age).toBeGreaterThanOrEqual(before);
    expect(entry?.lastModified, age).toBeLessThanOrEqual(Date.now());
    expect(entry?.cacheControl?.revalidate, age).toBe(appPageStore.cacheControl.revalidate);
  });
});

describe("the tags manifest", () => {
  it("records when a tag was revalidated, in the Map the handler reads", async () => {
    const tag = unique("_N_T_/kontrak");
    const before = Date.now();
    // How revalidatePath reaches the handler: the tags, and no durations.
    await new FileSystemCache(memoryStoreContext()).revalidateTag([tag]);
    const after = Date.now();
    const entry = tagsManifest.get(tag);
    expect(entry, `${UPGRADE} revalidateTag(tags) no longer writes { expired: <time of the call> } into tagsManifest; lib/isr-cache-handler.mjs revalidatedSince() reads \`expired\` to refuse a render that began before an editor's change, or an unpublished story comes back online`).toEqual({ expired: expect.any(Number) });
    expect(entry?.expired, `${UPGRADE} tagsManifest's \`expired\` is no longer the time revalidateTag() was called (ms since the epoch); re-check revalidatedSince() in lib/isr-cache-handler.mjs`).toBeGreaterThanOrEqual(before);
    expect(entry?.expired).toBeLessThanOrEqual(after);
    const sees = `${UPGRADE} lib/isr-cache-handler.mjs revalidatedSince() no longer sees a revalidation made through FileSystemCache: the tagsManifest it imports is not the Map the class writes`;
    expect(revalidatedSince([tag], before), sees).toBe(true);
    expect(revalidatedSince([tag], after + 1), sees).toBe(false);
  });

  it("makes the class drop a page whose tag was revalidated after it was stored", async () => {
    const store = new FileSystemCache(memoryStoreContext());
    const key = unique("/tagged");
    const tag = unique("_N_T_/kontrak");
    await store.set(key, appPage("<p>lama</p>", { [CACHE_TAGS_HEADER]: `_N_T_/layout,${tag}` }), appPageStore);
    await tick();
    await store.revalidateTag([tag]);
    expect(await store.get(key, appPageLookup), `${UPGRADE} FileSystemCache.get() still answers a page after a tag in its ${CACHE_TAGS_HEADER} header was revalidated: an editor's save would not reach cached reader pages (lib/revalidate.ts); re-check CACHE_TAGS_HEADER and tagsManifest`).toBeNull();
  });
});

/** What stays of a rendered page: JSON-LD and Warta's own script. */
const KEPT = '<script type="application/ld+json">{}</script><script src="/warta.js?v=1" async=""></script>';
const RENDERED = `<p>isi</p><script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script>${KEPT}`;

describe("an APP_PAGE value, from Next's render through the handler to the response", () => {
  const FIELDS = ["headers", "html", "kind", "postponed", "rscData", "segmentData", "status"];

  it("keeps the fields the handler reads and rewrites, on the first response and on every hit", async () => {
    const key = unique("/berita/kontrak");
    const tags = `_N_T_/layout,${unique("_N_T_/kontrak")}`;
    // A render as Next's response cache holds it, made into the value set() receives by Next's own code.
    const render = { ...appPage("", { [CACHE_TAGS_HEADER]: tags }), html: RenderResult.fromStatic(RENDERED, "text/html; charset=utf-8") };
    const entry = await fromResponseCacheEntry({ value: render as never, cacheControl: appPageStore.cacheControl, isMiss: true });
    const value = entry.value as AppPageValue;
    expect(isAppPage(value), `${UPGRADE} isAppPage() no longer recognises an app page's value (CachedRouteKind.APP_PAGE); the handler would store every page with Next's scripts and no CSP`).toBe(true);
    expect(Object.keys(value).sort(), `${UPGRADE} the APP_PAGE value set() receives no longer has exactly the fields ${FIELDS.join(", ")}: a new one may hold another copy of the page that lib/isr-cache-handler.mjs asReaderPage() does not rewrite`).toEqual(FIELDS);
    expect(typeof value.html, `${UPGRADE} an APP_PAGE value's html is no longer a string when set() receives it; asReaderPage() would leave the page as it is`).toBe("string");
    expect(value.status, `${UPGRADE} an APP_PAGE value's status no longer says 200 for a page that rendered; asReaderPage() strips scripts only then`).toBe(200);
    expect(value.headers?.[CACHE_TAGS_HEADER], `${UPGRADE} an APP_PAGE value's headers no longer carry its cache tags in ${CACHE_TAGS_HEADER}; IsrCacheHandler.set() reads them to refuse a stale render`).toBe(tags);

    const handler = new IsrCacheHandler(memoryStoreContext());
    await handler.get(key, appPageLookup);
    await handler.set(key, value, appPageStore);
    const policy = hashPolicy(`<p>isi</p>${KEPT}`);
    // The response to the render is built from the same entry once set() has returned.
    const first = await toResponseCacheEntry(entry);
    await expectReaderResponse(first, policy, "the first response, built from the value set() rewrote");
    const stored = await new IsrCacheHandler(memoryStoreContext()).get(key, appPageLookup);
    expect(stored, `${UPGRADE} the page IsrCacheHandler.set() stored is not found again`).not.toBeNull();
    await expectReaderResponse(await toResponseCacheEntry({ ...stored!, value: stored!.value as never }), policy, "a cache hit");
  });
});

describe("the kinds the shared page cache keeps (REDIS_URL)", () => {
  it("tells a whole response's lookup from a fetch's or an image's, with Next's own names", () => {
    // Read as plain strings: a declared const enum cannot be named from a module compiled on its own.
    const { IncrementalCacheKind } = responseCacheTypes as unknown as { IncrementalCacheKind: Record<"APP_PAGE" | "APP_ROUTE" | "PAGES" | "FETCH" | "IMAGE", string> };
    const shared = `${UPGRADE} isResponseKind() no longer matches IncrementalCacheKind; with REDIS_URL lib/redis/page-cache.mjs would share the wrong entries, or none`;
    for (const kind of [IncrementalCacheKind.APP_PAGE, IncrementalCacheKind.APP_ROUTE, IncrementalCacheKind.PAGES]) expect(isResponseKind(kind), shared).toBe(true);
    for (const kind of [IncrementalCacheKind.FETCH, IncrementalCacheKind.IMAGE]) expect(isResponseKind(kind), shared).toBe(false);
  });

  it("stores an APP_PAGE value as JSON and gets back one Next turns into the same response", async () => {
    const render = { ...appPage("", { [CACHE_TAGS_HEADER]: "_N_T_/layout" }), html: RenderResult.fromStatic(RENDERED, "text/html; charset=utf-8") };
    const entry = await fromResponseCacheEntry({ value: render as never, cacheControl: appPageStore.cacheControl, isMiss: true });
    const value = entry.value as AppPageValue;
    value.segmentData = new Map([["/_tree", Buffer.from("pohon")]]);
    const back = decodeEntry(encodeEntry(value)) as AppPageValue;
    const roundTrip = `${UPGRADE} an APP_PAGE value no longer survives lib/redis/page-cache.mjs encodeEntry/decodeEntry (a field that is neither JSON, a Buffer nor a Map?)`;
    expect(back, roundTrip).toEqual(value);
    const response = await toResponseCacheEntry({ ...entry, value: back as never });
    expect(await (response?.value as { html?: RenderResult }).html?.toUnchunkedString(), roundTrip).toBe(value.html);
  });
});

/** A response entry for readers: the HTML without Next's scripts and the policy of what is left. */
async function expectReaderResponse(response: Awaited<ReturnType<typeof toResponseCacheEntry>>, policy: string, which: string) {
  const value = response?.value as { html?: RenderResult; headers?: AppPageValue["headers"] } | undefined;
  const html = await value?.html?.toUnchunkedString();
  expect(html, `${UPGRADE} ${which} does not carry the HTML without Next's scripts: readers would get the framework (lib/isr-cache-handler.mjs asReaderPage(), lib/reader-html.mjs)`).toBe(`<p>isi</p>${KEPT}`);
  expect(value?.headers?.["content-security-policy"], `${UPGRADE} ${which} does not carry the Content-Security-Policy stored with the page (lib/isr-cache-handler.mjs asReaderPage(), lib/csp.mjs)`).toBe(policy);
}

describe("the fence", () => {
  it("leaves next/dist to lib/next-internals.mjs alone", () => {
    const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
    const SKIP = new Set(["node_modules", ".next", ".git", ".e2e", "test-results", "playwright-report", "bench-results", "out"]);
    const NEXT_DIST = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']next\/dist\//;
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory() && !SKIP.has(e.name)) walk(path);
        else if (e.isFile() && SOURCE.test(e.name) && NEXT_DIST.test(readFileSync(path, "utf8"))) importers.push(path);
      }
    };
    walk(".");
    expect(importers.sort(), "import Next's internals (next/dist) only in lib/next-internals.mjs, and list the reliance in its header").toEqual([
      "lib/next-internals.mjs",
      "lib/next-internals.test.ts",
    ]);
  });
});
