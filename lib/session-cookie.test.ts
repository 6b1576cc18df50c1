import { describe, expect, it } from "vitest";
import { hasSessionCookie, SESSION_COOKIE, SESSION_COOKIE_NAMES } from "./session-cookie";

describe("hasSessionCookie", () => {
  it("finds either session cookie among others", () => {
    expect(hasSessionCookie("warta_session=abc")).toBe(true);
    expect(hasSessionCookie("tema=gelap; __Host-warta_session=xyz; lain=1")).toBe(true);
    expect(SESSION_COOKIE_NAMES).toEqual([SESSION_COOKIE.secure, SESSION_COOKIE.insecure]);
  });

  it("ignores look-alikes, values and missing headers", () => {
    expect(hasSessionCookie(null)).toBe(false);
    expect(hasSessionCookie("")).toBe(false);
    expect(hasSessionCookie("warta_session_lama=abc; x=warta_session")).toBe(false);
    expect(hasSessionCookie("my_warta_session=abc")).toBe(false);
  });
});
