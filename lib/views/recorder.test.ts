import { describe, expect, it } from "vitest";
import { DEDUPE_WINDOW_MS, ViewRecorder, type ViewRequest } from "./recorder";
import type { ViewRow } from "./tally";

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const T0 = Date.parse("2026-11-28T01:00:00Z");
const HOUR = 3600_000;
const SITE = "https://warta.id";

// Two visible stories and one draft that readers may not see.
const ARTICLES: Record<string, number> = { k3v9q2mz: 1, a7b8c9d0: 2 };

function setup() {
  let now = T0;
  const written: ViewRow[][] = [];
  let failNext = false;
  const recorder = new ViewRecorder({
    resolve: async (publicId) => ARTICLES[publicId] ?? null,
    write: async (rows) => {
      if (failNext) {
        failNext = false;
        throw new Error("SQLITE_BUSY");
      }
      written.push(rows);
    },
    siteUrl: SITE,
    clock: () => now,
    makeSalt: () => "garam-uji",
  });
  // What sendBeacon from our own page sends: our Origin on the POST.
  const beacon = (publicId: string | null, headers: Record<string, string> = {}, method = "POST"): ViewRequest => ({
    method,
    publicId,
    headers: new Headers({ "user-agent": CHROME, "x-forwarded-for": "203.0.113.7", host: "warta.id", ...(method === "POST" ? { origin: SITE } : {}), ...headers }),
  });
  return {
    recorder,
    written,
    beacon,
    advance: (ms: number) => (now += ms),
    failNextWrite: () => (failNext = true),
  };
}

describe("ViewRecorder", () => {
  it("counts a reader's view and writes it on flush", async () => {
    const { recorder, written, beacon } = setup();
    expect(await recorder.record(beacon("k3v9q2mz"))).toBe("counted");
    expect(recorder.pending).toBe(1);
    expect(written).toEqual([]);
    expect(await recorder.flush()).toBe(1);
    expect(written).toEqual([[{ articleId: 1, bucketStart: T0, views: 1 }]]);
    expect(await recorder.flush()).toBe(0);
  });

  it("ignores bots, prefetches, staff previews and cross-site requests without touching the count", async () => {
    const { recorder, beacon } = setup();
    expect(await recorder.record(beacon("k3v9q2mz", { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" }))).toBe("bot");
    expect(await recorder.record(beacon("k3v9q2mz", { "user-agent": "" }))).toBe("bot");
    expect(await recorder.record(beacon("k3v9q2mz", { "sec-purpose": "prefetch" }))).toBe("prefetch");
    expect(await recorder.record(beacon("k3v9q2mz", { purpose: "prefetch" }))).toBe("prefetch");
    expect(await recorder.record(beacon("k3v9q2mz", { "x-moz": "prefetch" }))).toBe("prefetch");
    expect(await recorder.record(beacon("k3v9q2mz", { cookie: "warta_session=abc" }))).toBe("staff");
    expect(await recorder.record(beacon("k3v9q2mz", { "sec-fetch-site": "cross-site" }))).toBe("cross-site");
    // The <noscript> pixel has no Origin; a script on another origin, or an opaque one, does.
    expect(await recorder.record(beacon("k3v9q2mz", { origin: "null" }, "GET"))).toBe("cross-site");
    expect(await recorder.record(beacon("k3v9q2mz", { origin: "https://evil.example" }, "GET"))).toBe("cross-site");
    expect(recorder.pending).toBe(0);
    // None of them used up the reader's dedupe slot either.
    expect(await recorder.record(beacon("k3v9q2mz"))).toBe("counted");
  });

  it("refuses HEAD, malformed ids, unknown ids and stories readers may not see", async () => {
    const { recorder, beacon } = setup();
    expect(await recorder.record(beacon("k3v9q2mz", {}, "HEAD"))).toBe("method");
    expect(await recorder.record(beacon(null))).toBe("invalid");
    expect(await recorder.record(beacon("../../etc"))).toBe("invalid");
    expect(await recorder.record(beacon("zzzzzzzz"))).toBe("unknown");
    // A beacon POST must name this site: none, "null" or another site is refused (403).
    for (const origin of ["", "null", "https://evil.example", "http://warta.id"]) {
      expect(await recorder.record(beacon("k3v9q2mz", { origin })), origin).toBe("origin");
    }
    expect(recorder.pending).toBe(0);
  });

  it("counts one visitor once per article per 30 minutes", async () => {
    const { recorder, beacon, advance } = setup();
    expect(await recorder.record(beacon("k3v9q2mz"))).toBe("counted");
    advance(DEDUPE_WINDOW_MS - 1);
    expect(await recorder.record(beacon("k3v9q2mz"))).toBe("duplicate");
    expect(await recorder.record(beacon("a7b8c9d0"))).toBe("counted");
    expect(await recorder.record(beacon("k3v9q2mz", { "x-forwarded-for": "203.0.113.8" }))).toBe("counted");
    expect(await recorder.record(beacon("k3v9q2mz", { "user-agent": `${CHROME} Edg/131.0` }))).toBe("counted");
    advance(1);
    expect(await recorder.record(beacon("k3v9q2mz"))).toBe("counted");
    expect(recorder.pending).toBe(5);
  });

  it("files views under the hour they were read in", async () => {
    const { recorder, written, beacon, advance } = setup();
    await recorder.record(beacon("k3v9q2mz"));
    advance(HOUR);
    await recorder.record(beacon("k3v9q2mz"));
    await recorder.record(beacon("a7b8c9d0"));
    await recorder.flush();
    expect(written[0]).toEqual([
      { articleId: 1, bucketStart: T0, views: 1 },
      { articleId: 1, bucketStart: T0 + HOUR, views: 1 },
      { articleId: 2, bucketStart: T0 + HOUR, views: 1 },
    ]);
  });

  it("accepts a beacon without counting it while the database does not answer", async () => {
    const recorder = new ViewRecorder({
      resolve: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      },
      write: async () => {},
      siteUrl: SITE,
      makeSalt: () => "garam-uji",
    });
    const { beacon } = setup();
    expect(await recorder.record(beacon("k3v9q2mz"))).toBe("unavailable");
    expect(recorder.pending).toBe(0);
  });

  it("keeps the views when a write fails and writes them with the next flush", async () => {
    const { recorder, written, beacon, failNextWrite } = setup();
    await recorder.record(beacon("k3v9q2mz"));
    failNextWrite();
    await expect(recorder.flush()).rejects.toThrow("SQLITE_BUSY");
    expect(recorder.pending).toBe(1);
    await recorder.record(beacon("k3v9q2mz", { "x-forwarded-for": "203.0.113.9" }));
    expect(await recorder.flush()).toBe(2);
    expect(written).toEqual([[{ articleId: 1, bucketStart: T0, views: 2 }]]);
  });

  it("counts exactly the distinct visitors of a concurrent burst", async () => {
    const { recorder, written, beacon } = setup();
    const ids = Object.keys(ARTICLES);
    const burst = [];
    for (let v = 0; v < 200; v++) {
      for (let k = 0; k < 10; k++) burst.push(recorder.record(beacon(ids[k % 2], { "x-forwarded-for": `198.51.100.${v}` })));
    }
    const outcomes = await Promise.all(burst);
    expect(outcomes.filter((o) => o === "counted")).toHaveLength(400);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(1600);
    await recorder.flush();
    expect(written[0]).toEqual([
      { articleId: 1, bucketStart: T0, views: 200 },
      { articleId: 2, bucketStart: T0, views: 200 },
    ]);
  });
});
