import { describe, expect, it } from "vitest";
import { ACCOUNT_FAILURES, IP_FAILURES, LoginGuard, type LoginDeps } from "./login-guard";

const account = { id: 1, passwordHash: "hash-of-benar", active: true };

/** A verify that takes its time, like argon2, and counts how often it ran. */
function slowDeps() {
  const calls = { verify: 0 };
  const deps: LoginDeps = {
    findAccount: async (email) => (email === "redaksi@warta.test" ? account : null),
    verify: async (_hash, password) => {
      calls.verify++;
      await new Promise((r) => setTimeout(r, 20));
      return password === "benar";
    },
    dummyHash: async () => "dummy",
  };
  return { deps, calls };
}

describe("LoginGuard", () => {
  it("runs the hash at most ACCOUNT_FAILURES times for a flood of guesses that arrive together", async () => {
    const guard = new LoginGuard();
    const { deps, calls } = slowDeps();
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => guard.attempt({ email: "redaksi@warta.test", password: `salah${i}`, ip: `10.0.0.${i}` }, deps)),
    );
    expect(calls.verify).toBe(ACCOUNT_FAILURES);
    expect(outcomes.filter((o) => !o.ok && o.reason === "wrong")).toHaveLength(ACCOUNT_FAILURES);
    expect(outcomes.filter((o) => !o.ok && o.reason === "locked")).toHaveLength(50 - ACCOUNT_FAILURES);
  });

  it("does not count a right password against the address", async () => {
    const guard = new LoginGuard();
    const { deps } = slowDeps();
    // One office address: many people log in correctly, and a few get it wrong.
    for (let i = 0; i < IP_FAILURES + 5; i++) {
      expect((await guard.attempt({ email: "redaksi@warta.test", password: "benar", ip: "10.1.1.1" }, deps)).ok).toBe(true);
    }
    expect((await guard.attempt({ email: "lain@warta.test", password: "x", ip: "10.1.1.1" }, deps))).toEqual({ ok: false, reason: "wrong" });
  });
});
