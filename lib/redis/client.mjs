// @ts-check
// The one Redis connection of a server process, when REDIS_URL is set (docs/operations.md, "Several servers").
//
// Everything shared through Redis (the page cache, counters, the login guard, the Terpopuler memo) must
// keep serving when Redis is gone, so the connection is set up to fail fast rather than to wait:
// - commands are not queued while the connection is down (disableOfflineQueue): a reader's request
//   gets an error at once and its caller falls back to what the instance has locally;
// - every command gives up after COMMAND_TIMEOUT_MS;
// - the client reconnects by itself, forever, waiting at most RECONNECT_MAX_MS between tries;
// - an outage writes one log line when it starts and one when Redis is back, never one per request.
//
// Plain JavaScript: lib/isr-cache-handler.mjs, which Next loads as it is, uses it too. The connection
// lives on globalThis, so that the cache handler (outside Next's bundles) and the route handlers (inside
// them) share one.
import { createClient } from "redis";

/** A command that has no answer after this long fails, and its caller falls back. */
export const COMMAND_TIMEOUT_MS = 500;
// Generous: a start under load (or a busy event loop) must not read as an outage; commands fail fast meanwhile anyway.
export const CONNECT_TIMEOUT_MS = 5_000;
export const RECONNECT_MAX_MS = 2_000;

/**
 * How long to wait before reconnect try number `retries` (0 first): doubling from 50 ms, at most RECONNECT_MAX_MS.
 * @example reconnectDelay(0) // 50
 * @example reconnectDelay(20) // 2000
 * @param {number} retries
 */
export function reconnectDelay(retries) {
  return Math.min(50 * 2 ** Math.min(retries, 10), RECONNECT_MAX_MS);
}

/** @typedef {ReturnType<typeof createClient>} RedisClient */

/**
 * A Redis connection that says when it is usable. `client` is null until REDIS_URL's server first answered;
 * after that commands on it reject at once while the connection is down.
 */
export class RedisLink {
  /** @type {RedisClient} */
  client;
  /** @type {Set<() => void>} */
  #onReady = new Set();
  #down = false;
  #log;

  /**
   * @param {string} url
   * @param {{ log?: (line: string) => void, name?: string }} [options] where the outage lines go (console.error)
   */
  constructor(url, options = {}) {
    this.#log = options.log ?? ((line) => console.error(line));
    this.client = createClient({
      url,
      name: options.name,
      disableOfflineQueue: true,
      commandOptions: { timeout: COMMAND_TIMEOUT_MS },
      socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries) => reconnectDelay(retries) },
    });
    // Without a listener, node-redis throws every socket error at the process.
    this.client.on("error", (/** @type {Error} */ error) => this.#wentDown(error));
    this.client.on("ready", () => this.#cameBack());
    // The first connection is tried in the background, with the same retries: a server starts without Redis.
    this.client.connect().catch((/** @type {Error} */ error) => this.#wentDown(error));
  }

  /** Whether commands can be sent now. */
  get ready() {
    return this.client.isReady;
  }

  /**
   * Runs `listener` every time the connection is (re)established, e.g. to write what waited for Redis.
   * @param {() => void} listener
   */
  onReady(listener) {
    this.#onReady.add(listener);
    if (this.ready) listener();
  }

  /** Closes the connection (tests; a server keeps it until it exits). */
  async close() {
    this.#onReady.clear();
    if (this.client.isOpen) await this.client.close();
  }

  /** @param {Error} error */
  #wentDown(error) {
    if (this.#down) return;
    this.#down = true;
    this.#log(
      `[warta] Redis (REDIS_URL) tidak terjangkau: ${error.message || error.name}. Halaman, hitungan dan batas login memakai cadangan lokal instance ini sampai Redis kembali.`,
    );
  }

  #cameBack() {
    if (this.#down) this.#log("[warta] Redis (REDIS_URL) terjangkau lagi: status bersama dipakai kembali.");
    this.#down = false;
    for (const listener of this.#onReady) {
      try {
        listener();
      } catch (error) {
        console.error("[warta] Redis:", error);
      }
    }
  }
}

const globalForRedis = /** @type {{ wartaRedis?: RedisLink | null }} */ (globalThis);

/**
 * The process's Redis connection, or null when REDIS_URL is not set (one instance: everything stays in memory).
 * @param {Record<string, string | undefined>} [env]
 * @returns {RedisLink | null}
 */
export function sharedRedis(env = process.env) {
  if (globalForRedis.wartaRedis === undefined) {
    const url = env.REDIS_URL?.trim();
    globalForRedis.wartaRedis = url ? new RedisLink(url, { name: `warta-${process.pid}` }) : null;
  }
  return globalForRedis.wartaRedis;
}
