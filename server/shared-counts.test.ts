import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdRecorder } from "@/lib/ads/recorder";
import type { AdStatRow } from "@/lib/ads/tally";
import { RedisLink } from "@/lib/redis/client.mjs";
import { ViewRecorder, type ViewRequest } from "@/lib/views/recorder";
import type { ViewRow } from "@/lib/views/tally";
import { type RedisServer, redisTestsEnabled, startRedisServer } from "@/scripts/lib/redis-server";
import { RedisCounts } from "./shared-counts";

// Instances are a recorder each, with its own connection, on one real redis-server; the database is a list.

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SITE = "https://warta.id";
const ARTICLES: Record<string, number> = { k3v9q2mz: 1, a7b8c9d0: 2 };

function beacon(publicId: string, ip = "203.0.113.7"): ViewRequest {
  return { method: "POST", publicId, headers: new Headers({ "user-agent": CHROME, "x-forwarded-for": ip, host: "warta.id", origin: SITE }) };
}

async function until(check: () => boolean, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

const sum = (rows: ViewRow[]) => rows.reduce((n, r) => n + r.views, 0);

describe.skipIf(!redisTestsEnabled())("views and ad counts shared through Redis", () => {
  let server: RedisServer;
  const links: RedisLink[] = [];
  /** What reached "the database", from every instance. */
  let database: ViewRow[] = [];

  async function instance(opts: { lockMs?: number; write?: (rows: ViewRow[]) => Promise<void> } = {}) {
    const link = new RedisLink(server.url, { log: () => undefined });
    links.push(link);
    await until(() => link.ready);
    const counts = new RedisCounts(link, opts.lockMs);
    const recorder = new ViewRecorder({
      resolve: async (id) => ARTICLES[id] ?? null,
      write: opts.write ?? (async (rows) => void database.push(...rows)),
      siteUrl: SITE,
      shared: counts,
    });
    return { link, counts, recorder };
  }

  beforeAll(async () => {
    server = await startRedisServer();
  });

  afterAll(async () => {
    for (const link of links) await link.close();
    await server?.stop();
  });

  it("counts one reader once whichever instance gets the beacon, and 300 readers as 300", async () => {
    database = [];
    const [a, b, c] = [await instance(), await instance(), await instance()];
    const round = [a, b, c];
    expect(await a.recorder.record(beacon("k3v9q2mz"))).toBe("counted");
    expect(await b.recorder.record(beacon("k3v9q2mz"))).toBe("duplicate");
    expect(await c.recorder.record(beacon("k3v9q2mz"))).toBe("duplicate");
    // Another story is another view.
    expect(await c.recorder.record(beacon("a7b8c9d0"))).toBe("counted");
    for (let i = 0; i < 300; i++) expect(await round[i % 3].recorder.record(beacon("a7b8c9d0", `10.${Math.floor(i / 250)}.0.${i % 250}`))).toBe("counted");
    // Nothing is held in any instance's memory: the counts are in Redis.
    expect(a.recorder.pending + b.recorder.pending + c.recorder.pending).toBe(0);
    // Every instance runs the flush; the one holding the lock moves everything.
    const moved = await Promise.all(round.map((i) => i.recorder.flush()));
    expect(moved.reduce((n, m) => n + m, 0)).toBe(302);
    expect(sum(database)).toBe(302);
    expect(sum(database.filter((r) => r.articleId === 2))).toBe(301);
    // And again: nothing twice.
    expect(await a.recorder.flush()).toBe(0);
  });

  it("loses no count when an instance dies: a view is in Redis once answered, and a mover's leftovers are written by the next", async () => {
    database = [];
    // A dies in the middle of a move: its write never finishes, and its connection is gone.
    const a = await instance({ lockMs: 300, write: () => new Promise(() => undefined) });
    const b = await instance({ lockMs: 300 });
    for (let i = 0; i < 40; i++) expect(await a.recorder.record(beacon("k3v9q2mz", `192.0.2.${i}`))).toBe("counted");
    void a.recorder.flush();
    await new Promise((r) => setTimeout(r, 50));
    await a.link.close();
    // Counted after A took its batch: they wait in the tally.
    for (let i = 0; i < 5; i++) expect(await b.recorder.record(beacon("a7b8c9d0", `192.0.2.${i}`))).toBe("counted");
    // While A's lock lasts, B moves nothing; once it expires, B writes A's leftover batch and the rest.
    expect(await b.recorder.flush()).toBe(0);
    await new Promise((r) => setTimeout(r, 350));
    expect(await b.recorder.flush()).toBe(45);
    expect(sum(database)).toBe(45);
    expect(await b.link.client.keys("warta:flush:*")).toEqual([]);
  });

  it("keeps the counts when the database write fails, and writes them on the next flush", async () => {
    database = [];
    let fail = true;
    const a = await instance({
      write: async (rows) => {
        if (fail) throw new Error("database down");
        database.push(...rows);
      },
    });
    expect(await a.recorder.record(beacon("k3v9q2mz", "192.0.2.200"))).toBe("counted");
    await expect(a.recorder.flush()).rejects.toThrow("database down");
    fail = false;
    expect(await a.recorder.flush()).toBe(1);
    expect(sum(database)).toBe(1);
  });

  it("shares ad clicks' dedupe and impressions between instances", async () => {
    const rows: AdStatRow[] = [];
    const ads = async () => {
      const link = new RedisLink(server.url, { log: () => undefined });
      links.push(link);
      await until(() => link.ready);
      return new AdRecorder({
        existing: async (ids) => ids.filter((id) => id === 3),
        clickTarget: async (id) => (id === 3 ? "https://pengiklan.example/" : null),
        write: async (r) => void rows.push(...r),
        siteUrl: SITE,
        shared: new RedisCounts(link),
      });
    };
    const [a, b] = [await ads(), await ads()];
    const headers = new Headers({ "user-agent": CHROME, "x-forwarded-for": "203.0.113.9", host: "warta.id", origin: SITE });
    expect((await a.recordClick({ method: "GET", id: "3", headers })).outcome).toBe("counted");
    expect((await b.recordClick({ method: "GET", id: "3", headers })).outcome).toBe("duplicate");
    for (const r of [a, b, a]) expect(await r.recordImpressions({ method: "POST", body: async () => "[3]", headers })).toBe("counted");
    expect((await a.flush()) + (await b.flush())).toBe(4);
    expect(rows).toEqual([expect.objectContaining({ creativeId: 3, impressions: 3, clicks: 1 })]);
  });

  it("counts locally, with no error, while Redis is down, and shares again when it is back", async () => {
    database = [];
    const a = await instance();
    await server.stop({ kill: true });
    await until(() => !a.link.ready);
    expect(await a.recorder.record(beacon("k3v9q2mz", "192.0.2.250"))).toBe("counted");
    expect(await a.recorder.record(beacon("k3v9q2mz", "192.0.2.250"))).toBe("duplicate");
    expect(a.recorder.pending).toBe(1);
    // The flush writes the local count and skips the shared tally quietly.
    expect(await a.recorder.flush()).toBe(1);
    await server.restart();
    await until(() => a.link.ready);
    expect(await a.recorder.record(beacon("k3v9q2mz", "192.0.2.251"))).toBe("counted");
    expect(a.recorder.pending).toBe(0);
    expect(await a.recorder.flush()).toBe(1);
    expect(sum(database)).toBe(2);
  });
});
