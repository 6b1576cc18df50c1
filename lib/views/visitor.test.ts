import { describe, expect, it } from "vitest";
import { clientIp, DailySalt, visitorId, wibDay } from "./visitor";

const MIN = 60_000;

describe("clientIp", () => {
  it("takes the first X-Forwarded-For entry", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.2" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1");
  });
  it("is empty without the header", () => {
    expect(clientIp(new Headers())).toBe("");
  });
});

describe("visitorId", () => {
  it("is stable for one salt, address and browser, and never contains the address", () => {
    const a = visitorId("s1", "203.0.113.7", "UA");
    expect(a).toBe(visitorId("s1", "203.0.113.7", "UA"));
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a).not.toContain("203");
  });
  it("changes with the salt, the address or the browser", () => {
    const a = visitorId("s1", "203.0.113.7", "UA");
    expect(visitorId("s2", "203.0.113.7", "UA")).not.toBe(a);
    expect(visitorId("s1", "203.0.113.8", "UA")).not.toBe(a);
    expect(visitorId("s1", "203.0.113.7", "UA2")).not.toBe(a);
  });
});

describe("wibDay", () => {
  it("turns at midnight in Jakarta, 17:00 UTC", () => {
    expect(wibDay(new Date("2026-11-27T16:59:59Z"))).toBe("2026-11-27");
    expect(wibDay(new Date("2026-11-27T17:00:00Z"))).toBe("2026-11-28");
  });
});

describe("DailySalt", () => {
  const counter = () => {
    let n = 0;
    return () => `salt${++n}`;
  };

  it("keeps one salt through a WIB day and draws a new one the next day", () => {
    const salts = new DailySalt(30 * MIN, counter());
    expect(salts.saltsAt(new Date("2026-11-28T01:00:00Z"))).toEqual(["salt1"]);
    expect(salts.saltsAt(new Date("2026-11-28T16:59:00Z"))).toEqual(["salt1"]);
    expect(salts.saltsAt(new Date("2026-11-28T17:00:00Z"))[0]).toBe("salt2");
  });

  it("still recognises yesterday's salt for the dedupe window after midnight, then forgets it", () => {
    const salts = new DailySalt(30 * MIN, counter());
    salts.saltsAt(new Date("2026-11-28T16:50:00Z"));
    expect(salts.saltsAt(new Date("2026-11-28T17:00:00Z"))).toEqual(["salt2", "salt1"]);
    expect(salts.saltsAt(new Date("2026-11-28T17:29:59Z"))).toEqual(["salt2", "salt1"]);
    expect(salts.saltsAt(new Date("2026-11-28T17:30:00Z"))).toEqual(["salt2"]);
  });

  it("draws real random salts by default", () => {
    const a = new DailySalt(MIN).saltsAt(new Date("2026-11-28T01:00:00Z"))[0];
    const b = new DailySalt(MIN).saltsAt(new Date("2026-11-28T01:00:00Z"))[0];
    expect(a).toHaveLength(43);
    expect(a).not.toBe(b);
  });
});
