import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TtlMemo } from "@/lib/ttl-memo";
import { type RedisServer, redisTestsEnabled, startRedisServer } from "@/scripts/lib/redis-server";
import { RedisLink } from "./client.mjs";
import { SharedGeneration } from "./generation";

async function until(check: () => boolean, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!redisTestsEnabled())("SharedGeneration (the Terpopuler memo on several instances)", () => {
  let server: RedisServer;
  const links: RedisLink[] = [];

  async function instance() {
    const link = new RedisLink(server.url, { log: () => undefined });
    links.push(link);
    await until(() => link.ready);
    const generation = new SharedGeneration(link, "warta:uji:generation");
    const memo = new TtlMemo<string>(30_000);
    /** What the instance serves, as getTerpopuler does: the memo, cleared when the generation moved. */
    const ranking = async (computed: string) => {
      if (await generation.changed()) memo.clear();
      return memo.get("5|*", new Date(), () => computed).value;
    };
    return { link, generation, memo, ranking };
  }

  beforeAll(async () => {
    server = await startRedisServer();
  });

  afterAll(async () => {
    for (const link of links) await link.close();
    await server?.stop();
  });

  it("clears the memo on every instance when one clears its own", async () => {
    const [a, b] = [await instance(), await instance()];
    expect(await a.ranking("dengan berita X")).toBe("dengan berita X");
    expect(await b.ranking("dengan berita X")).toBe("dengan berita X");
    // X is unpublished on A.
    a.memo.clear();
    // B reads on a connection of its own, which Redis may serve before A's INCR: wait for it to land.
    await a.generation.bump();
    expect(await b.ranking("tanpa X")).toBe("tanpa X");
    expect(await a.ranking("tanpa X")).toBe("tanpa X");
    // And then the memo holds again.
    expect(await b.ranking("lain")).toBe("tanpa X");
  });

  it("keeps the memo, with no error, while Redis is down", async () => {
    const a = await instance();
    expect(await a.ranking("satu")).toBe("satu");
    await server.stop({ kill: true });
    await until(() => !a.link.ready);
    await a.generation.bump();
    expect(await a.ranking("dua")).toBe("satu");
    await server.restart();
    await until(() => a.link.ready);
    // The restarted Redis is empty: a new generation, so the memo starts afresh.
    expect(await a.ranking("tiga")).toBe("tiga");
  });
});
