import type { AppPageValue, FileSystemCache } from "../next-internals.mjs";

// What the cache handler's tests share: Next's store kept in memory, as in production (isrFlushToDisk: false),
// and the values and contexts Next hands it for an app page.

type NextStore = InstanceType<typeof FileSystemCache>;
export type StoreContext = ConstructorParameters<typeof FileSystemCache>[0];
type LookupContext = Parameters<NextStore["get"]>[1];
type StoreSetContext = Parameters<NextStore["set"]>[2];

/** The context Next constructs a cache handler with (next/dist/server/lib/incremental-cache/index.js), with no disk. */
export function memoryStoreContext(): StoreContext {
  const fs = {
    existsSync: () => false,
    readFile: async () => {
      throw new Error("no disk");
    },
  };
  return {
    dev: false,
    fs: fs as unknown as StoreContext["fs"],
    flushToDisk: false,
    serverDistDir: "/nonexistent",
    revalidatedTags: [],
    maxMemoryCacheSize: 5_000_000,
    _requestHeaders: {},
    fetchCacheKeyPrefix: "",
  };
}

// Next's kinds are declared const enums, which a file compiled on its own (isolatedModules) may not
// name: the same strings, cast once here.
const APP_PAGE = "APP_PAGE" as AppPageValue["kind"];

/** How Next looks up an app page. */
export const appPageLookup = { kind: APP_PAGE, isFallback: false, isRoutePPREnabled: false } as unknown as LookupContext;

/** How Next stores a render with `revalidate = 30`. */
export const appPageStore = { cacheControl: { revalidate: 30, expire: 3600 }, isRoutePPREnabled: false, isFallback: false } satisfies StoreSetContext;

/** An app page's value, as Next hands it to set() after a render. */
export function appPage(html: string, headers: AppPageValue["headers"], status = 200): AppPageValue {
  return { kind: APP_PAGE, html, rscData: Buffer.from(html), headers, status, postponed: undefined, segmentData: undefined };
}
