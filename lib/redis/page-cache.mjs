// @ts-check
// The ISR page cache shared by every instance through Redis (docs/rendering-and-caching.md, "Several servers").
//
// In Redis:
// - an entry per page and build: a hash { lastModified, tags, body } under `warta:isr:<build id>:<key>`, kept
//   ENTRY_TTL_S. Each build has its own entries, because a page links the CSS of the build that rendered it;
//   during a rolling deploy the old and the new build each serve their own pages;
// - one key per revalidated tag, `warta:tag:<tag>`, holding when it expired (ms since the epoch), shared by
//   every build. A revalidation is one script that writes one key per tag it names and nothing else: its cost does not grow
//   with the number of pages or tags stored.
// A lookup runs one script: it reads the entry's lastModified and tags, then the time of each of those tags
// (a page has about eight), and answers "expired" when one was revalidated after the page was stored. The
// body comes back only when this instance's own copy is not that very entry, so a hit usually moves a few
// bytes. The store runs one script too, which refuses the page when one of its tags was revalidated after
// its render began (the render-start guard of lib/isr-cache-handler.mjs, on the shared times).
//
// Redis down: lookups answer from this instance's own copies, stores keep them locally only, and
// revalidations wait in memory and are written when Redis is back (RedisLink.onReady), so a change made
// during the outage still reaches the other instances.
import { LocalPages } from "./local-pages.mjs";

/** How long a page stays in Redis when nobody stores it again (the longest a CDN may serve it stale, expireTime). */
export const ENTRY_TTL_S = 3600;
/** A tag's time only matters to entries stored before it, which live ENTRY_TTL_S at most; an hour more for clocks. */
export const TAG_TTL_S = 2 * ENTRY_TTL_S;
/** Revalidations made while Redis is down, kept to be written when it is back; past this the oldest are dropped. */
const MAX_PENDING_TAGS = 10_000;

export const TAG_PREFIX = "warta:tag:";

// KEYS[1] entry; ARGV: tag prefix, now (ms), the lastModified of the local copy ("" without one).
// Answers nil (no entry), {-1} (a tag expired after the entry was stored), {lastModified} (the local copy
// is this entry) or {lastModified, body}.
const LOOKUP = `
local meta = redis.call('HMGET', KEYS[1], 'lastModified', 'tags')
if not meta[1] then return nil end
local stored = tonumber(meta[1])
local now = tonumber(ARGV[2])
for tag in string.gmatch(meta[2] or '', '[^,]+') do
  local expired = tonumber(redis.call('GET', ARGV[1] .. tag))
  if expired and expired <= now and expired > stored then return {-1} end
end
if ARGV[3] == meta[1] then return {stored} end
return {stored, redis.call('HGET', KEYS[1], 'body')}
`;

// KEYS[1] entry; ARGV: tag prefix, render start (ms), lastModified, tags (comma-separated), body, ttl (s).
// Refuses (0) when one of the tags was revalidated at or after the render began.
const STORE = `
local started = tonumber(ARGV[2])
for tag in string.gmatch(ARGV[4], '[^,]+') do
  local expired = tonumber(redis.call('GET', ARGV[1] .. tag))
  if expired and expired >= started then return 0 end
end
redis.call('HSET', KEYS[1], 'lastModified', ARGV[3], 'tags', ARGV[4], 'body', ARGV[5])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[6]))
return 1
`;

// KEYS: tag keys; ARGV: their times, then the ttl (s). A time never goes back: a revalidation written late
// (it waited for Redis) must not shorten a newer one.
const EXPIRE_TAGS = `
local ttl = tonumber(ARGV[#ARGV])
for i, key in ipairs(KEYS) do
  local at = tonumber(ARGV[i])
  local current = tonumber(redis.call('GET', key))
  if not current or current < at then redis.call('SET', key, ARGV[i], 'EX', ttl) end
end
return #KEYS
`;

/**
 * JSON for a cache entry, with Buffers (RSC payloads) and Maps (segment data) kept as such.
 * @param {unknown} value
 * @returns {string}
 */
export function encodeEntry(value) {
  return JSON.stringify(value, function (key, v) {
    // `this[key]` is the value before Buffer's own toJSON turned it into an array of numbers.
    const raw = /** @type {Record<string, unknown>} */ (this)[key];
    if (Buffer.isBuffer(raw)) return { $b: raw.toString("base64") };
    if (raw instanceof Map) return { $m: [...raw] };
    return v;
  });
}

/**
 * @param {string} text
 * @returns {any}
 */
export function decodeEntry(text) {
  return JSON.parse(text, (_key, v) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      if (typeof v.$b === "string") return Buffer.from(v.$b, "base64");
      if (Array.isArray(v.$m)) return new Map(v.$m);
    }
    return v;
  });
}

/** @typedef {import("../next-internals.mjs").CacheEntry} CacheEntry */
/** @typedef {{ value: CacheEntry["value"], cacheControl?: CacheEntry["cacheControl"] }} StoredPage what a page's body holds */
/** @typedef {import("./client.mjs").RedisLink} RedisLink */

export class SharedPageCache {
  /** @type {Map<string, number>} */
  #pendingTags = new Map();
  #link;
  #prefix;
  #local;

  /**
   * @param {{ link: RedisLink, buildId: string, local?: LocalPages }} options
   */
  constructor({ link, buildId, local = new LocalPages() }) {
    this.#link = link;
    this.#prefix = `warta:isr:${buildId}:`;
    this.#local = local;
    link.onReady(() => void this.#writePendingTags());
  }

  /**
   * The page under `key`, or null for a miss (none stored, or one of its tags revalidated since).
   * @param {string} key
   * @param {number} [now]
   * @returns {Promise<CacheEntry | null>}
   */
  async get(key, now = Date.now()) {
    const local = this.#local.get(key);
    let answer;
    try {
      answer = /** @type {[number, string?] | null} */ (
        await this.#link.client.eval(LOOKUP, { keys: [this.#prefix + key], arguments: [TAG_PREFIX, String(now), local ? String(local.lastModified) : ""] })
      );
    } catch {
      // Redis is down (RedisLink logs it once): what this instance has. Next itself still drops a copy
      // whose tags were revalidated on this instance (its tags manifest).
      return local;
    }
    if (!answer || answer[0] === -1) {
      this.#local.delete(key);
      return null;
    }
    const lastModified = Number(answer[0]);
    if (answer[1] === undefined) return local;
    /** @type {StoredPage} */
    const page = decodeEntry(answer[1]);
    const entry = { lastModified, value: page.value, cacheControl: page.cacheControl };
    this.#local.set(key, entry);
    return entry;
  }

  /**
   * Stores a rendered page, unless one of `tags` was revalidated at or after `startedAt` (its render may
   * show what was there before the change). Resolves to whether it was stored.
   * @param {string} key
   * @param {StoredPage} page
   * @param {string[]} tags
   * @param {number} startedAt
   * @param {number} [now]
   */
  async set(key, page, tags, startedAt, now = Date.now()) {
    const entry = { lastModified: now, value: page.value, cacheControl: page.cacheControl };
    let stored;
    try {
      stored = await this.#link.client.eval(STORE, {
        keys: [this.#prefix + key],
        arguments: [TAG_PREFIX, String(startedAt), String(now), tags.join(","), encodeEntry(page), String(ENTRY_TTL_S)],
      });
    } catch {
      // Redis is down: this instance keeps the page for itself.
      this.#local.set(key, entry);
      return true;
    }
    if (stored !== 1) return false;
    this.#local.set(key, entry);
    return true;
  }

  /**
   * Marks tags as expired at `expiredAt` for every instance: one SET per tag, whatever is stored.
   * @param {string[]} tags
   * @param {number} expiredAt
   */
  async revalidateTags(tags, expiredAt) {
    for (const tag of tags) this.#pendingTags.set(tag, Math.max(expiredAt, this.#pendingTags.get(tag) ?? 0));
    while (this.#pendingTags.size > MAX_PENDING_TAGS) this.#pendingTags.delete(/** @type {string} */ (this.#pendingTags.keys().next().value));
    await this.#writePendingTags();
  }

  /** Resolves once the revalidations not yet written are in Redis; false when Redis is down (they wait). */
  async #writePendingTags() {
    if (this.#pendingTags.size === 0) return true;
    const batch = [...this.#pendingTags];
    try {
      await this.#link.client.eval(EXPIRE_TAGS, {
        keys: batch.map(([tag]) => TAG_PREFIX + tag),
        arguments: [...batch.map(([, at]) => String(at)), String(TAG_TTL_S)],
      });
    } catch {
      return false;
    }
    // A newer time for the same tag may have arrived meanwhile: it stays to be written.
    for (const [tag, at] of batch) if (this.#pendingTags.get(tag) === at) this.#pendingTags.delete(tag);
    return true;
  }

  /** Revalidations waiting for Redis. */
  get pendingTags() {
    return this.#pendingTags.size;
  }
}
