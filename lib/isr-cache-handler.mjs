// Next's own ISR store (its in-memory LRU and tag manifest), with one fix on top.
//
// Next stamps a rendered page with the time the render *finished*, and treats it as fresh when
// that is later than the last revalidation of its tags. A render that started before an editor's
// save (or unpublish) and finished after it therefore puts the old page back for a whole
// revalidate period: for an unpublished story, the story stays online. This handler remembers
// when each page's render was asked for, and refuses to store a page whose tags were revalidated
// after that moment. The next request renders it again from the saved data.
//
// It also stores reader pages without Next's client scripts (lib/reader-html.mjs), and gives each
// stored page its Content-Security-Policy (lib/csp.mjs): the hashes of whatever inline scripts are
// left, computed once here rather than on every request. Next sends the headers kept
// with an entry on every cache hit, and the response that rendered the page is built from the same
// entry object after this set() returns, so the first reader gets the policy too.
//
// With REDIS_URL set, pages (app pages and cached route answers) and tag revalidations are shared by every
// instance through Redis (lib/redis/page-cache.mjs), and the guard reads the shared tag times. Without it
// the handler is Next's store with the additions above, as on one server.
//
// Next's internals it builds on, and why, are listed in lib/next-internals.mjs.
//
// Plain JavaScript: Next loads the file named by `cacheHandler` in next.config.js as it is.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hashPolicy } from "./csp.mjs";
import { CACHE_TAGS_HEADER, FileSystemCache, isAppPage, isResponseKind, tagsManifest } from "./next-internals.mjs";
import { withoutFrameworkScripts } from "./reader-html.mjs";
import { sharedRedis } from "./redis/client.mjs";
import { SharedPageCache } from "./redis/page-cache.mjs";

/** @typedef {import("./next-internals.mjs").CacheEntry} CacheEntry */
/** @typedef {import("./next-internals.mjs").CacheValue} CacheValue */
/** @typedef {import("./next-internals.mjs").TagManifestEntry} TagManifestEntry */
/** @typedef {InstanceType<typeof FileSystemCache>} NextStore */
/** @typedef {{ lastModified: number, cacheControl?: { revalidate: NonNullable<CacheEntry["cacheControl"]>["revalidate"] } }} EntryAge what lookupStartsRender reads */

const CSP_HEADER = "content-security-policy";
/** When no lookup recorded a render's start (it should not happen), assume it began this long ago. */
export const UNKNOWN_START_MS = 10_000;
/** Renders that fail never reach set(); past this many open starts the oldest are forgotten. */
const MAX_OPEN_STARTS = 10_000;

// Next makes a new handler for every request, so what must outlive one request lives here.
/** @type {Map<string, number>} */
const renderStarts = new Map();
const globalForPages = /** @type {{ wartaSharedPages?: SharedPageCache | null }} */ (globalThis);

/**
 * The process's shared page cache, or null without REDIS_URL. `next build` never shares: what it renders
 * belongs to no running instance, and an open connection would keep it from exiting.
 * @param {string | undefined} serverDistDir
 */
function sharedPages(serverDistDir) {
  if (globalForPages.wartaSharedPages === undefined) {
    const link = process.env.NEXT_PHASE === "phase-production-build" ? null : sharedRedis();
    globalForPages.wartaSharedPages = link && serverDistDir ? new SharedPageCache({ link, buildId: readBuildId(serverDistDir) }) : null;
  }
  return globalForPages.wartaSharedPages;
}

/** @param {string} serverDistDir */
function readBuildId(serverDistDir) {
  try {
    return readFileSync(join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

/**
 * When the tags are to expire: now, or later when revalidateTag was given a cache life with an `expire`.
 * @param {{ expire?: number } | undefined} durations
 * @param {number} now
 */
export function expiryOf(durations, now) {
  return durations?.expire !== undefined ? now + durations.expire * 1000 : now;
}

/**
 * True when one of the tags was revalidated at or after `startedAt` (ms since the epoch).
 * @param {string[]} tags
 * @param {number} startedAt
 * @param {Pick<Map<string, TagManifestEntry>, "get">} [manifest]
 */
export function revalidatedSince(tags, startedAt, manifest = tagsManifest) {
  return tags.some((tag) => {
    const expired = manifest.get(tag)?.expired;
    return typeof expired === "number" && expired >= startedAt;
  });
}

/**
 * True when Next will render the page after this lookup: a miss, or an entry past its revalidate time.
 * @param {EntryAge | null} entry
 * @param {number} now
 */
export function lookupStartsRender(entry, now) {
  if (!entry) return true;
  const revalidate = entry.cacheControl?.revalidate;
  return typeof revalidate === "number" && now - entry.lastModified >= revalidate * 1000;
}

/**
 * An app page as readers get it: its HTML without Next's scripts, and the hash policy of what is
 * left in the headers stored (and sent) with it.
 * @template {CacheValue | null} T
 * @param {T} data
 * @returns {T}
 */
export function asReaderPage(data) {
  if (!isAppPage(data) || typeof data.html !== "string") return data;
  // Only a page that rendered (200). A 404 inside a cached route is stored too and keeps Next's scripts:
  // a notFound() thrown anywhere but in CachedNotFound leaves its text only in the RSC payload, for
  // React to draw, and stripped it would be blank for everyone.
  if ((data.status ?? 200) === 200) data.html = withoutFrameworkScripts(data.html);
  data.headers = data.headers ?? {};
  data.headers[CSP_HEADER] = hashPolicy(data.html);
  return data;
}

export class IsrCacheHandler extends FileSystemCache {
  /** @type {SharedPageCache | null} */
  #shared;

  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} ctx */
  constructor(ctx) {
    super(ctx);
    this.#shared = sharedPages(ctx.serverDistDir);
  }

  /**
   * @param {string} key
   * @param {Parameters<NextStore["get"]>[1]} ctx
   */
  async get(key, ctx) {
    const entry = this.#shared && isResponseKind(ctx.kind) ? await this.#shared.get(key) : await super.get(key, ctx);
    const now = Date.now();
    if (lookupStartsRender(entry, now) && !renderStarts.has(key)) {
      const oldest = renderStarts.keys().next().value;
      if (renderStarts.size >= MAX_OPEN_STARTS && oldest !== undefined) renderStarts.delete(oldest);
      renderStarts.set(key, now);
    }
    return entry;
  }

  /**
   * @param {string} key
   * @param {Parameters<NextStore["set"]>[1]} data
   * @param {Parameters<NextStore["set"]>[2]} ctx
   */
  async set(key, data, ctx) {
    // Before the refusal below: a page that is not stored is still sent to the reader who asked.
    asReaderPage(data);
    const startedAt = renderStarts.get(key) ?? Date.now() - UNKNOWN_START_MS;
    renderStarts.delete(key);
    // Any stored response that lists its tags (an app page, a cached route handler's answer).
    const tags = data && "headers" in data ? data.headers?.[CACHE_TAGS_HEADER] : undefined;
    // The page may show what was there before the change; the old entry is already expired.
    if (typeof tags === "string" && revalidatedSince(tags.split(","), startedAt)) return;
    // A response goes to the shared store, which checks the shared tag times too (a value's kind is named as
    // the lookup's kind for those three).
    if (this.#shared && data && isResponseKind(data.kind)) {
      await this.#shared.set(key, { value: data, cacheControl: "cacheControl" in ctx ? ctx.cacheControl : undefined }, typeof tags === "string" ? tags.split(",") : [], startedAt);
      return;
    }
    return super.set(key, data, ctx);
  }

  /**
   * @param {string | string[]} tags
   * @param {{ stale?: number, expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    // Only an expiry is shared: Warta revalidates without a cache life, and a "stale" mark has no way
    // through this interface to another instance's lookup.
    if (this.#shared && list.length > 0 && (!durations || durations.expire !== undefined)) await this.#shared.revalidateTags(list, expiryOf(durations, Date.now()));
  }
}

export default IsrCacheHandler;
