import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id at or above OWASP's minimum", async () => {
    const h = await hashPassword("kata-sandi-rahasia");
    const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(h);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(19456);
    expect(Number(m![2])).toBeGreaterThanOrEqual(2);
    expect(Number(m![3])).toBe(1);
  });

  it("verifies the right password only, and salts every hash", async () => {
    const a = await hashPassword("kata-sandi-rahasia");
    const b = await hashPassword("kata-sandi-rahasia");
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "kata-sandi-rahasia")).toBe(true);
    expect(await verifyPassword(a, "kata-sandi-salah")).toBe(false);
    expect(await verifyPassword("bukan-hash", "apa saja")).toBe(false);
  });
});
