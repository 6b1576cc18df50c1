import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_FAILURES, type LoginDeps, LoginGuard } from "@/lib/auth/login-guard";
import { RedisLink } from "@/lib/redis/client.mjs";
import { type RedisServer, redisTestsEnabled, startRedisServer } from "@/scripts/lib/redis-server";
import { RedisFailureCounter } from "./shared-login";

// Three instances' guards, each with its own connection, on one real redis-server.

const account = { id: 1, passwordHash: "hash-of-benar", active: true };
const calls = { verify: 0 };
const deps: LoginDeps = {
  findAccount: async (email) => (email === "redaksi@warta.test" ? account : null),
  verify: async (_hash, password) => {
    calls.verify++;
    await new Promise((r) => setTimeout(r, 10));
    return password === "benar";
  },
  dummyHash: async () => "dummy",
};

async function until(check: () => boolean, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!redisTestsEnabled())("the login guard shared through Redis", () => {
  let server: RedisServer;
  const links: RedisLink[] = [];

  async function guard() {
    const link = new RedisLink(server.url, { log: () => undefined });
    links.push(link);
    await until(() => link.ready);
    return { link, guard: new LoginGuard(Date.now, (bucket, max, windowMs) => new RedisFailureCounter(link, bucket, max, windowMs)) };
  }

  beforeAll(async () => {
    server = await startRedisServer();
  });

  afterAll(async () => {
    for (const link of links) await link.close();
    await server?.stop();
  });

  it("locks the account after five wrong guesses spread over three instances, on all three", async () => {
    const instances = [await guard(), await guard(), await guard()];
    for (let i = 0; i < ACCOUNT_FAILURES; i++) {
      const outcome = await instances[i % 3].guard.attempt({ email: "redaksi@warta.test", password: `salah${i}`, ip: `10.1.0.${i}` }, deps);
      expect(outcome).toEqual({ ok: false, reason: "wrong" });
    }
    for (const { guard: g } of instances) {
      const outcome = await g.attempt({ email: "redaksi@warta.test", password: "benar", ip: "10.1.1.1" }, deps);
      expect(outcome.ok === false && outcome.reason === "locked" && outcome.retryAfterMs > 0).toBe(true);
    }
  });

  it("runs the hash at most five times for a flood arriving at three instances together", async () => {
    const instances = [await guard(), await guard(), await guard()];
    calls.verify = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        instances[i % 3].guard.attempt({ email: "banjir@warta.test", password: `tebak${i}`, ip: `10.2.0.${i}` }, { ...deps, findAccount: async () => ({ ...account, id: 2 }) }),
      ),
    );
    expect(outcomes.filter((o) => !o.ok && o.reason === "wrong")).toHaveLength(ACCOUNT_FAILURES);
    expect(calls.verify).toBe(ACCOUNT_FAILURES);
  });

  it("counts in the instance's memory while Redis is down, without an error", async () => {
    const { link, guard: g } = await guard();
    await server.stop({ kill: true });
    await until(() => !link.ready);
    for (let i = 0; i < ACCOUNT_FAILURES; i++) expect(await g.attempt({ email: "lain@warta.test", password: "x", ip: "10.3.0.1" }, deps)).toEqual({ ok: false, reason: "wrong" });
    expect(await g.attempt({ email: "lain@warta.test", password: "x", ip: "10.3.0.1" }, deps)).toMatchObject({ ok: false, reason: "locked" });
    await server.restart();
    await until(() => link.ready);
  });
});
