import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RedisServer, redisTestsEnabled, startRedisServer } from "@/scripts/lib/redis-server";
import { appPage } from "../testing/next-cache";
import { RedisLink } from "./client.mjs";
import { LocalPages } from "./local-pages.mjs";
import { SharedPageCache, TAG_PREFIX } from "./page-cache.mjs";

// Two "instances" (each its own connection and its own local copies) on one real redis-server.

const TAG = "_N_T_/(site)/berita/[id]/[[...slug]]/page";
const cacheControl = { revalidate: 30, expire: 3600 };
const unique = (name: string) => `/${name}-${Math.random().toString(36).slice(2)}`;
const tick = () => new Promise((r) => setTimeout(r, 3));

function page(html: string, tags = ["_N_T_/layout", TAG]) {
  return { value: appPage(html, { "x-next-cache-tags": tags.join(",") }), cacheControl };
}

function html(entry: unknown) {
  return (entry as { value: { html: string } } | null)?.value.html;
}

async function until(check: () => boolean | Promise<boolean>, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

type Instance = { link: RedisLink; pages: SharedPageCache; local: LocalPages; log: string[] };

describe.skipIf(!redisTestsEnabled())("SharedPageCache on one Redis", () => {
  let server: RedisServer;
  let a: Instance;
  let b: Instance;
  const instances: Instance[] = [];

  async function instance(buildId = "build-1"): Promise<Instance> {
    const log: string[] = [];
    const link = new RedisLink(server.url, { log: (line) => log.push(line) });
    const local = new LocalPages();
    const made = { link, local, log, pages: new SharedPageCache({ link, buildId, local }) };
    instances.push(made);
    await until(() => link.ready);
    return made;
  }

  /** Calls of each command since the server started, from INFO commandstats (scripts' own calls included). */
  async function commandCalls(): Promise<Record<string, number>> {
    const info = await a.link.client.info("commandstats");
    return Object.fromEntries([...info.matchAll(/cmdstat_([a-z|]+):calls=(\d+)/g)].map((m) => [m[1], Number(m[2])]));
  }

  beforeAll(async () => {
    server = await startRedisServer();
    a = await instance();
    b = await instance();
  });

  afterAll(async () => {
    for (const i of instances) await i.link.close();
    await server?.stop();
  });

  it("serves a page stored by one instance from another, with its payloads as they were", async () => {
    const key = unique("berita");
    const stored = page("<p>dari A</p>");
    stored.value.segmentData = new Map([["/_tree", Buffer.from("segmen")]]);
    expect(await a.pages.set(key, stored, ["_N_T_/layout", TAG], Date.now())).toBe(true);
    const entry = (await b.pages.get(key)) as { value: ReturnType<typeof appPage>; cacheControl: unknown } | null;
    expect(entry?.value.html).toBe("<p>dari A</p>");
    expect(Buffer.isBuffer(entry?.value.rscData) && entry.value.rscData.toString()).toBe("<p>dari A</p>");
    expect(entry?.value.segmentData?.get("/_tree")?.toString()).toBe("segmen");
    expect(entry?.cacheControl).toEqual(cacheControl);
  });

  it("answers a lookup from the instance's own copy when Redis holds that very entry", async () => {
    const key = unique("salinan");
    await a.pages.set(key, page("<p>x</p>"), [TAG], Date.now());
    const first = await b.pages.get(key);
    expect(await b.pages.get(key)).toBe(first);
    // A newer render on A replaces it on B.
    await tick();
    await a.pages.set(key, page("<p>y</p>"), [TAG], Date.now());
    expect(html(await b.pages.get(key))).toBe("<p>y</p>");
  });

  it("keeps the pages of each build apart (a rolling deploy)", async () => {
    const key = unique("build");
    const next = await instance("build-2");
    await a.pages.set(key, page("<p>lama</p>"), [TAG], Date.now());
    expect(await next.pages.get(key)).toBeNull();
  });

  it("drops a page on every instance when one revalidates one of its tags", async () => {
    const key = unique("tarik");
    const tag = `_N_T_${key}`;
    await a.pages.set(key, page("<p>terbit</p>", ["_N_T_/layout", tag]), ["_N_T_/layout", tag], Date.now());
    expect(html(await b.pages.get(key))).toBe("<p>terbit</p>");
    await tick();
    await a.pages.revalidateTags([tag], Date.now());
    expect(await b.pages.get(key)).toBeNull();
    expect(await a.pages.get(key)).toBeNull();
    // A page of another tag stays.
    const other = unique("lain");
    await a.pages.set(other, page("<p>lain</p>", ["_N_T_/lain"]), ["_N_T_/lain"], Date.now());
    await a.pages.revalidateTags([`_N_T_${unique("x")}`], Date.now());
    expect(html(await b.pages.get(other))).toBe("<p>lain</p>");
  });

  it("refuses, on any instance, a render that began before a revalidation of its tags (the shared render-start guard)", async () => {
    const key = unique("balapan");
    const tag = `_N_T_${key}`;
    const startedOnB = Date.now();
    await tick();
    await a.pages.revalidateTags([tag], Date.now());
    await tick();
    expect(await b.pages.set(key, page("<p>sebelum</p>", [tag]), [tag], startedOnB)).toBe(false);
    expect(await a.pages.get(key)).toBeNull();
    expect(await b.pages.set(key, page("<p>sesudah</p>", [tag]), [tag], Date.now())).toBe(true);
    expect(html(await a.pages.get(key))).toBe("<p>sesudah</p>");
  });

  it("revalidates at a cost that does not grow with what is stored: one script, one write per tag named, no scan", async () => {
    const cost = async (tags: string[]) => {
      const before = await commandCalls();
      await a.pages.revalidateTags(tags, Date.now());
      const after = await commandCalls();
      return Object.fromEntries(Object.entries(after).map(([c, n]) => [c, n - (before[c] ?? 0)]).filter(([c, n]) => n !== 0 && c !== "info"));
    };
    const small = await cost([`_N_T_${unique("t")}`]);
    for (let i = 0; i < 300; i++) await a.pages.set(unique("banyak"), page("<p>.</p>", [`_N_T_/t${i}`]), [`_N_T_/t${i}`], Date.now());
    const large = await cost([`_N_T_${unique("t")}`]);
    expect(large).toEqual(small);
    expect(small).toEqual({ eval: 1, get: 1, set: 1 });
    // A dozen tags (one article save): a dozen reads and writes, in one round trip.
    expect(await cost(Array.from({ length: 12 }, (_, i) => `_N_T_/dua-belas-${i}`))).toEqual({ eval: 1, get: 12, set: 12 });
  });

  it("keeps serving through a Redis outage, logs it once, and shares again by itself when Redis is back", async () => {
    const key = unique("padam");
    const tag = `_N_T_${key}`;
    await a.pages.set(key, page("<p>sebelum padam</p>", [tag]), [tag], Date.now());
    expect(html(await b.pages.get(key))).toBe("<p>sebelum padam</p>");

    await server.stop({ kill: true });
    await until(() => !a.link.ready && !b.link.ready);
    // B answers from its own copy, as many times as readers ask, with no error.
    for (let i = 0; i < 20; i++) expect(html(await b.pages.get(key))).toBe("<p>sebelum padam</p>");
    expect(await b.pages.set(unique("baru"), page("<p>.</p>"), [TAG], Date.now())).toBe(true);
    // An editor's change on A during the outage waits in memory.
    await a.pages.revalidateTags([tag], Date.now());
    expect(a.pages.pendingTags).toBe(1);
    expect(b.log).toHaveLength(1);
    expect(b.log[0]).toMatch(/Redis \(REDIS_URL\) tidak terjangkau/);

    await server.restart();
    await until(() => a.link.ready && b.link.ready);
    await until(() => a.pages.pendingTags === 0);
    expect(b.log).toHaveLength(2);
    expect(b.log[1]).toMatch(/terjangkau lagi/);
    // The change made during the outage reached Redis: a render that began before it is refused on B.
    expect(Number(await b.link.client.get(TAG_PREFIX + tag))).toBeGreaterThan(0);
    expect(await b.pages.set(key, page("<p>lama</p>", [tag]), [tag], Date.now() - 60_000)).toBe(false);
    // And pages are shared again.
    const after = unique("sesudah");
    await b.pages.set(after, page("<p>bersama lagi</p>"), [TAG], Date.now());
    expect(html(await a.pages.get(after))).toBe("<p>bersama lagi</p>");
  });
});
