import { describe, expect, it } from "vitest";
import { hasSessionCookie, knownDeviceCookieName, sessionCookieName } from "./session-cookie";

describe("session cookie", () => {
  it("uses the __Host- prefix over https only", () => {
    expect(sessionCookieName(true)).toBe("__Host-warta_session");
    expect(sessionCookieName(false)).toBe("warta_session");
    expect(knownDeviceCookieName(true)).toBe("__Host-warta_perangkat");
    expect(knownDeviceCookieName(false)).toBe("warta_perangkat");
  });
  it("spots either name in a Cookie header, and nothing else", () => {
    expect(hasSessionCookie("a=1; warta_session=x")).toBe(true);
    expect(hasSessionCookie("__Host-warta_session=y")).toBe(true);
    expect(hasSessionCookie("warta_session_old=1; x=warta_session")).toBe(false);
    expect(hasSessionCookie(null)).toBe(false);
  });
});
