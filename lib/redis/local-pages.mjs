// @ts-check
/** @typedef {import("../next-internals.mjs").CacheEntry} CacheEntry */

/** About what Next's own in-memory store may hold (cacheMaxMemorySize's default). */
export const LOCAL_PAGES_MAX_BYTES = 50 * 1024 * 1024;

/**
 * A rough size of an entry: its HTML, RSC payload and segments, which are nearly all of it.
 * @param {CacheEntry} entry
 */
function approximateBytes(entry) {
  const v = /** @type {Record<string, unknown>} */ (entry.value ?? {});
  let n = 200;
  for (const part of [v.html, v.rscData, v.body]) if (typeof part === "string" || Buffer.isBuffer(part)) n += part.length;
  if (v.segmentData instanceof Map) for (const b of v.segmentData.values()) n += Buffer.isBuffer(b) ? b.length : 0;
  return n;
}

/**
 * This instance's own copies of shared pages, least recently used dropped first. A lookup that finds
 * Redis holding the same entry (same lastModified) answers from here without moving the page over the
 * network, and when Redis is down these copies are what readers get.
 */
export class LocalPages {
  /** @type {Map<string, { entry: CacheEntry, bytes: number }>} */
  #entries = new Map();
  #bytes = 0;
  #maxBytes;

  constructor(maxBytes = LOCAL_PAGES_MAX_BYTES) {
    this.#maxBytes = maxBytes;
  }

  /**
   * @param {string} key
   * @returns {CacheEntry | null}
   */
  get(key) {
    const hit = this.#entries.get(key);
    if (!hit) return null;
    // Map order is the LRU order: a hit moves to the end.
    this.#entries.delete(key);
    this.#entries.set(key, hit);
    return hit.entry;
  }

  /**
   * @param {string} key
   * @param {CacheEntry} entry
   */
  set(key, entry) {
    this.delete(key);
    const bytes = approximateBytes(entry);
    this.#entries.set(key, { entry, bytes });
    this.#bytes += bytes;
    for (const [oldest, { bytes: b }] of this.#entries) {
      if (this.#bytes <= this.#maxBytes || oldest === key) break;
      this.#entries.delete(oldest);
      this.#bytes -= b;
    }
  }

  /** @param {string} key */
  delete(key) {
    const hit = this.#entries.get(key);
    if (!hit) return;
    this.#entries.delete(key);
    this.#bytes -= hit.bytes;
  }

  get size() {
    return this.#entries.size;
  }
}
