import { describe, expect, it } from "vitest";
import { AdRecorder, CLICK_DEDUPE_MS, parseCreativeId, parseImpressionIds } from "./recorder";
import type { AdStatRow } from "./tally";

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const T0 = Date.parse("2026-11-28T03:00:00Z");
const RUNNING: Record<number, string> = { 1: "https://toko.example/", 2: "https://pasar.example/" };
const EXISTING = [1, 2, 3];

function setup() {
  let now = T0;
  const written: AdStatRow[][] = [];
  let failNext = false;
  const recorder = new AdRecorder({
    existing: async (ids) => ids.filter((id) => EXISTING.includes(id)),
    clickTarget: async (id) => RUNNING[id] ?? null,
    write: async (rows) => {
      if (failNext) {
        failNext = false;
        throw new Error("SQLITE_BUSY");
      }
      written.push(rows);
    },
    siteUrl: "https://warta.id",
    clock: () => now,
    makeSalt: () => "garam-uji",
  });
  const headers = (extra: Record<string, string> = {}) =>
    new Headers({ "user-agent": CHROME, "x-forwarded-for": "203.0.113.7", host: "warta.id", ...extra });
  // The impression beacon comes from our own page, so it names our origin.
  const beaconHeaders = (extra: Record<string, string> = {}) => headers({ origin: "https://warta.id", ...extra });
  return { recorder, written, headers, beaconHeaders, advance: (ms: number) => (now += ms), failNextWrite: () => (failNext = true) };
}

describe("parseImpressionIds", () => {
  it("reads a JSON array of creative ids, each once", () => {
    expect(parseImpressionIds("[3,7,3]")).toEqual([3, 7]);
    expect(parseImpressionIds("[1]")).toEqual([1]);
  });

  it("refuses anything else", () => {
    for (const bad of ["", "3", "[]", "{}", '["3"]', "[0]", "[-1]", "[1.5]", "[2147483648]", "[1,2,3,4,5,6,7,8,9,10,11,12,13]", "x".repeat(300)]) {
      expect(parseImpressionIds(bad), bad).toBeNull();
    }
  });
});

describe("parseCreativeId", () => {
  it("accepts plain positive integers only", () => {
    expect(parseCreativeId("42")).toBe(42);
    for (const bad of ["0", "042", "-1", "1e3", "abc", "", "99999999999"]) expect(parseCreativeId(bad), bad).toBeNull();
  });
});

describe("AdRecorder impressions", () => {
  it("counts the creatives that exist and writes them per WIB day on flush", async () => {
    const { recorder, written, beaconHeaders: headers } = setup();
    expect(await recorder.recordImpressions({ method: "POST", body: async () => "[1,2,99]", headers: headers() })).toBe("counted");
    expect(await recorder.recordImpressions({ method: "POST", body: async () => "[1]", headers: headers() })).toBe("counted");
    expect(recorder.pending).toBe(3);
    expect(await recorder.flush()).toBe(3);
    expect(written).toEqual([
      [
        { creativeId: 1, day: "2026-11-28", impressions: 2, clicks: 0 },
        { creativeId: 2, day: "2026-11-28", impressions: 1, clicks: 0 },
      ],
    ]);
  });

  it("accepts a report without counting it while the database does not answer", async () => {
    const { beaconHeaders } = setup();
    const recorder = new AdRecorder({
      existing: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      },
      clickTarget: async () => null,
      write: async () => {},
      siteUrl: "https://warta.id",
      makeSalt: () => "garam-uji",
    });
    expect(await recorder.recordImpressions({ method: "POST", body: async () => "[1]", headers: beaconHeaders() })).toBe("unavailable");
    expect(recorder.pending).toBe(0);
  });

  it("lets bots, prefetches, staff and other sites go without counting, and refuses bad requests", async () => {
    const { recorder, beaconHeaders: headers } = setup();
    const report = (h: Headers, body = "[1]", method = "POST") => recorder.recordImpressions({ method, body: async () => body, headers: h });
    expect(await report(headers({ "user-agent": "Googlebot/2.1" }))).toBe("bot");
    expect(await report(headers({ "sec-purpose": "prefetch" }))).toBe("prefetch");
    expect(await report(headers({ cookie: "warta_session=x" }))).toBe("staff");
    expect(await report(headers({ "sec-fetch-site": "cross-site" }))).toBe("cross-site");
    expect(await report(headers(), "[1", "POST")).toBe("invalid");
    expect(await report(headers(), "[1]", "GET")).toBe("method");
    expect(await report(headers(), "[99]")).toBe("unknown");
    // A beacon without our Origin (a script, a sandboxed creative's "null", another site) is refused.
    for (const origin of ["", "null", "https://evil.example"]) expect(await report(headers({ origin }), "[1]"), origin).toBe("origin");
    expect(recorder.pending).toBe(0);
  });

  it("reads the body only once the origin passes, and refuses one over its cap", async () => {
    const { recorder, beaconHeaders: headers } = setup();
    let reads = 0;
    const body = async () => {
      reads++;
      return null;
    };
    expect(await recorder.recordImpressions({ method: "POST", body, headers: headers({ origin: "https://evil.example" }) })).toBe("origin");
    expect(reads).toBe(0);
    expect(await recorder.recordImpressions({ method: "POST", body, headers: headers() })).toBe("too-large");
    expect(reads).toBe(1);
  });

  it("keeps what was counted when a write fails", async () => {
    const { recorder, written, beaconHeaders: headers, failNextWrite } = setup();
    await recorder.recordImpressions({ method: "POST", body: async () => "[3]", headers: headers() });
    failNextWrite();
    await expect(recorder.flush()).rejects.toThrow("SQLITE_BUSY");
    expect(await recorder.flush()).toBe(1);
    expect(written).toEqual([[{ creativeId: 3, day: "2026-11-28", impressions: 1, clicks: 0 }]]);
  });
});

describe("AdRecorder clicks", () => {
  it("counts a reader's click once per half hour and always knows where to send them", async () => {
    const { recorder, written, headers, advance } = setup();
    const click = (h = headers()) => recorder.recordClick({ method: "GET", id: "1", headers: h });
    expect(await click()).toEqual({ outcome: "counted", target: "https://toko.example/" });
    expect(await click()).toEqual({ outcome: "duplicate", target: "https://toko.example/" });
    expect((await click(headers({ "x-forwarded-for": "203.0.113.8" }))).outcome).toBe("counted");
    advance(CLICK_DEDUPE_MS);
    expect((await click()).outcome).toBe("counted");
    await recorder.flush();
    expect(written).toEqual([[{ creativeId: 1, day: "2026-11-28", impressions: 0, clicks: 3 }]]);
  });

  it("sends bots and staff on without counting them, and HEAD too", async () => {
    const { recorder, headers } = setup();
    expect(await recorder.recordClick({ method: "GET", id: "2", headers: headers({ "user-agent": "curl/8.5.0" }) })).toEqual({
      outcome: "bot",
      target: "https://pasar.example/",
    });
    expect((await recorder.recordClick({ method: "GET", id: "2", headers: headers({ cookie: "warta_session=x" }) })).outcome).toBe("staff");
    expect((await recorder.recordClick({ method: "HEAD", id: "2", headers: headers() })).outcome).toBe("method");
    // A link click carries no Origin; a script on another origin (or a sandboxed frame's "null") does.
    for (const origin of ["null", "https://evil.example"]) {
      expect(await recorder.recordClick({ method: "GET", id: "2", headers: headers({ origin }) })).toEqual({
        outcome: "cross-site",
        target: "https://pasar.example/",
      });
    }
    expect(recorder.pending).toBe(0);
  });

  it("has nowhere to send a click on an unknown, stopped or malformed creative", async () => {
    const { recorder, headers } = setup();
    expect(await recorder.recordClick({ method: "GET", id: "3", headers: headers() })).toEqual({ outcome: "unknown", target: null });
    expect(await recorder.recordClick({ method: "GET", id: "1x", headers: headers() })).toEqual({ outcome: "invalid", target: null });
  });
});
