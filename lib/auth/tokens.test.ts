import { describe, expect, it } from "vitest";
import { generateSessionToken, hashSessionToken } from "./tokens";

describe("session tokens", () => {
  it("carry 256 bits and never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateSessionToken));
    expect(tokens.size).toBe(1000);
    for (const t of tokens) expect(Buffer.from(t, "base64url")).toHaveLength(32);
  });
  it("are stored as a SHA-256 hex digest", () => {
    expect(hashSessionToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
