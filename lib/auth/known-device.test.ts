import { describe, expect, it } from "vitest";
import { isKnownDevice, KNOWN_DEVICE_MS, knownDeviceToken } from "./known-device";

const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
const T0 = Date.parse("2026-11-28T01:00:00Z");

describe("known-browser cookie", () => {
  it("is recognised for its account until it expires", () => {
    const token = knownDeviceToken(7, HASH, T0);
    expect(isKnownDevice(token, 7, HASH, T0 + 1000)).toBe(true);
    expect(isKnownDevice(token, 7, HASH, T0 + KNOWN_DEVICE_MS)).toBe(false);
  });

  it("is refused for another account, after a password change, or when tampered with", () => {
    const token = knownDeviceToken(7, HASH, T0);
    expect(isKnownDevice(token, 8, HASH, T0)).toBe(false);
    expect(isKnownDevice(token, 7, `${HASH}x`, T0)).toBe(false);
    const [id, , sig] = token.split(".");
    expect(isKnownDevice(`${id}.${T0 + 2 * KNOWN_DEVICE_MS}.${sig}`, 7, HASH, T0)).toBe(false);
    expect(isKnownDevice(`8.${token.slice(2)}`, 8, HASH, T0)).toBe(false);
    for (const bad of [undefined, "", "7", "7.1.x", "abc.def.ghi"]) {
      expect(isKnownDevice(bad, 7, HASH, T0), String(bad)).toBe(false);
    }
  });
});
