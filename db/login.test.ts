import { describe, expect, it, vi } from "vitest";
import { LoginGuard, type LoginDeps } from "@/lib/auth/login-guard";
import { seededDatabase } from "./testing/seeded-database";

// The login decision on a real SQLite file with real argon2 hashes: the verify function is the
// real one, wrapped in a spy that counts how often the (deliberately slow) hash actually runs.
const m = seededDatabase("login", async () => ({
  staff: await import("./mutations/staff"),
  queries: await import("./queries/staff"),
  password: await import("@/lib/auth/password"),
}));

const TARGET = { name: "Sasaran Tebakan", email: "sasaran@warta.test", password: "sandi-sasaran-benar-1" };
const OTHER = { name: "Rekan Redaksi", email: "rekan@warta.test", password: "sandi-rekan-benar-22" };

function setup() {
  let now = Date.parse("2026-11-28T01:00:00Z");
  const guard = new LoginGuard(() => now);
  const verify = vi.fn((hash: string, password: string) => m.password.verifyPassword(hash, password));
  const deps: LoginDeps = { findAccount: m.queries.getLoginAccount, verify, dummyHash: m.password.dummyPasswordHash };
  return { guard, verify, deps, advance: (ms: number) => (now += ms) };
}

describe("login guard on the real accounts table", () => {
  it("turns 200 wrong passwords from rotating addresses into 5 argon2 runs; others still log in", async () => {
    await m.staff.createAccount({ ...TARGET, role: "editor" });
    await m.staff.createAccount({ ...OTHER, role: "reporter" });
    const { guard, verify, deps } = setup();

    const outcomes = [];
    for (let i = 0; i < 200; i++) {
      // A new X-Forwarded-For every time buys nothing: the account's own count decides.
      outcomes.push(await guard.attempt({ email: TARGET.email, password: `tebakan-${i}`, ip: `198.51.100.${i % 250}` }, deps));
    }
    expect(verify).toHaveBeenCalledTimes(5);
    expect(outcomes.filter((o) => !o.ok && o.reason === "wrong")).toHaveLength(5);
    expect(outcomes.slice(5).every((o) => !o.ok && o.reason === "locked" && o.retryAfterMs > 0)).toBe(true);

    // Even the right password waits on a stranger's browser, and still costs no hash.
    expect(await guard.attempt({ email: TARGET.email, password: TARGET.password, ip: "203.0.113.9" }, deps)).toMatchObject({ reason: "locked" });
    expect(verify).toHaveBeenCalledTimes(5);

    const other = await guard.attempt({ email: OTHER.email, password: OTHER.password, ip: "198.51.100.1" }, deps);
    expect(other.ok).toBe(true);
    expect(verify).toHaveBeenCalledTimes(6);
  }, 30_000);

  it("lets the owner in from a browser that logged in before, while strangers stay locked out", async () => {
    const { guard, verify, deps, advance } = setup();
    const first = await guard.attempt({ email: TARGET.email, password: TARGET.password, ip: "203.0.113.9" }, deps);
    if (!first.ok) throw new Error("the owner's first login failed");

    for (let i = 0; i < 50; i++) await guard.attempt({ email: TARGET.email, password: `tebakan-${i}`, ip: "198.51.100.7" }, deps);
    expect(verify).toHaveBeenCalledTimes(6);
    // A forged or foreign known-browser cookie is just a stranger.
    expect(await guard.attempt({ email: TARGET.email, password: TARGET.password, ip: "198.51.100.7", device: `${first.device}x` }, deps)).toMatchObject({
      reason: "locked",
    });

    expect(await guard.attempt({ email: TARGET.email, password: TARGET.password, ip: "203.0.113.9", device: first.device }, deps)).toMatchObject({ ok: true });

    // The lock slides: 15 minutes after the last counted failure strangers may try again.
    advance(15 * 60 * 1000);
    expect((await guard.attempt({ email: TARGET.email, password: "tebakan-lagi", ip: "198.51.100.7" }, deps)).ok).toBe(false);
    expect(verify).toHaveBeenCalledTimes(8);
  });

  it("stops one address from trying many accounts, unknown emails included, at the same cost as a real one", async () => {
    const { guard, verify, deps } = setup();
    for (let i = 0; i < 40; i++) await guard.attempt({ email: `orang-${i}@warta.test`, password: "tebakan", ip: "192.0.2.50" }, deps);
    expect(verify).toHaveBeenCalledTimes(30);
    expect(await guard.attempt({ email: OTHER.email, password: OTHER.password, ip: "192.0.2.50" }, deps)).toMatchObject({ reason: "locked" });
    expect((await guard.attempt({ email: OTHER.email, password: OTHER.password, ip: "192.0.2.51" }, deps)).ok).toBe(true);
    // 31 hashes on a busy 2-core machine.
  }, 60_000);
});
