import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RedisServer, redisTestsEnabled, startRedisServer } from "@/scripts/lib/redis-server";
import { IsrCacheHandler } from "./isr-cache-handler.mjs";
import { RedisLink } from "./redis/client.mjs";
import { SharedPageCache, TAG_PREFIX } from "./redis/page-cache.mjs";
import { appPage, appPageLookup as ctx, appPageStore as setCtx, memoryStoreContext } from "./testing/next-cache";

// The handler Next constructs, with REDIS_URL set, beside a second instance's shared cache on the same Redis.

const globals = globalThis as { wartaRedis?: RedisLink | null; wartaSharedPages?: unknown };
const unique = (name: string) => `/${name}-${Math.random().toString(36).slice(2)}`;
const tick = () => new Promise((r) => setTimeout(r, 3));

function html(entry: unknown) {
  return (entry as { value: { html: string } } | null)?.value.html;
}

async function until(check: () => boolean, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!redisTestsEnabled())("IsrCacheHandler with REDIS_URL", () => {
  let server: RedisServer;
  let dist: string;
  let other: { link: RedisLink; pages: SharedPageCache };
  const previous = process.env.REDIS_URL;

  const handler = () => new IsrCacheHandler({ ...memoryStoreContext(), serverDistDir: join(dist, "server") });

  beforeAll(async () => {
    server = await startRedisServer();
    dist = mkdtempSync(join(tmpdir(), "warta-build-"));
    mkdirSync(join(dist, "server"));
    writeFileSync(join(dist, "BUILD_ID"), "uji-build\n");
    delete globals.wartaRedis;
    delete globals.wartaSharedPages;
    process.env.REDIS_URL = server.url;
    handler();
    await until(() => globals.wartaRedis?.ready === true);
    const link = new RedisLink(server.url, { log: () => undefined });
    await until(() => link.ready);
    other = { link, pages: new SharedPageCache({ link, buildId: "uji-build" }) };
  });

  afterAll(async () => {
    await other?.link.close();
    await globals.wartaRedis?.close();
    // The next test file in this worker gets the handler without Redis again.
    delete globals.wartaRedis;
    delete globals.wartaSharedPages;
    if (previous === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = previous;
    await server?.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it("stores a reader page in Redis, as readers get it, for the other instances", async () => {
    const key = unique("berita");
    expect(await handler().get(key, ctx)).toBeNull();
    await handler().set(key, appPage('<p>isi</p><script src="/_next/static/chunks/a.js"></script>', { "x-next-cache-tags": `_N_T_${key}` }), setCtx);
    const seen = (await other.pages.get(key)) as { value: { html: string; headers: Record<string, string> } } | null;
    expect(seen?.value.html).toBe("<p>isi</p>");
    expect(seen?.value.headers["content-security-policy"]).toContain("script-src");
  });

  it("drops a page on this instance when another revalidates its tag, and the other way round", async () => {
    const key = unique("tarik");
    const tag = `_N_T_${key}`;
    await handler().get(key, ctx);
    await handler().set(key, appPage("<p>terbit</p>", { "x-next-cache-tags": tag }), setCtx);
    expect(html(await handler().get(key, ctx))).toBe("<p>terbit</p>");
    await tick();
    await other.pages.revalidateTags([tag], Date.now());
    expect(await handler().get(key, ctx)).toBeNull();

    const second = unique("kedua");
    await other.pages.set(second, { value: appPage("<p>dua</p>", { "x-next-cache-tags": `_N_T_${second}` }) }, [`_N_T_${second}`], Date.now());
    expect(html(await handler().get(second, ctx))).toBe("<p>dua</p>");
    await tick();
    await handler().revalidateTag([`_N_T_${second}`]);
    expect(Number(await other.link.client.get(TAG_PREFIX + `_N_T_${second}`))).toBeGreaterThan(0);
    expect(await other.pages.get(second)).toBeNull();
  });

  it("refuses a render that began here before another instance's change", async () => {
    const key = unique("balapan");
    const tag = `_N_T_${key}`;
    expect(await handler().get(key, ctx)).toBeNull();
    await tick();
    await other.pages.revalidateTags([tag], Date.now());
    await tick();
    await handler().set(key, appPage("<p>lama</p>", { "x-next-cache-tags": tag }), setCtx);
    expect(await other.pages.get(key)).toBeNull();
    expect(await handler().get(key, ctx)).toBeNull();
  });
});
