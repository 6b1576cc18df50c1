import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seededDatabase } from "@/db/testing/seeded-database";

// Issue #17, defect 6: the ad impression beacon reads at most 1 kB of body, whatever Content-Length
// says (a chunked body has none), and reads none at all for a request from another site. The route
// handler itself is called with a streamed body that counts how many bytes it was asked for.
const SITE = "http://warta.test";
const m = seededDatabase("impressions-route", async () => ({ route: await import("@/app/api/ads/impressions/route") }), { SITE_URL: SITE });

const BROWSER = {
  "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
  "Sec-Fetch-Site": "same-origin",
  "Content-Type": "application/json",
};

/** A body sent in chunks, with no Content-Length: `pulled` says how much of it the server read. */
function chunkedBody(chunk: string, chunks: number) {
  const bytes = new TextEncoder().encode(chunk);
  const counter = { pulled: 0 };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent++ === chunks) return controller.close();
        counter.pulled += bytes.length;
        controller.enqueue(bytes.slice());
      },
    },
    // Nothing is read ahead: a chunk is produced only when the reader asks for it.
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

function post(body: ReadableStream<Uint8Array> | string, headers: Record<string, string>) {
  return new Request(`${SITE}/api/ads/impressions`, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("POST /api/ads/impressions", () => {
  it("stops reading a chunked body past 1 kB and answers 413", async () => {
    const { stream, counter } = chunkedBody(" ".repeat(256), 4096); // 1 MB of spaces
    const res = await m.route.POST(post(stream, { ...BROWSER, Origin: SITE }));
    expect(res.status).toBe(413);
    expect(await res.text()).toBe("Permintaan terlalu besar.");
    expect(counter.pulled).toBeLessThanOrEqual(1024 + 256);
  });

  it("answers 413 whatever a small Content-Length claims", async () => {
    const { stream, counter } = chunkedBody(" ".repeat(256), 64);
    const res = await m.route.POST(post(stream, { ...BROWSER, Origin: SITE, "Content-Length": "5" }));
    expect(res.status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(1024 + 256);
  });

  it("refuses another site's request before reading any of its body", async () => {
    const { stream, counter } = chunkedBody("[1]", 1);
    const res = await m.route.POST(post(stream, { ...BROWSER, Origin: "https://lain.example" }));
    expect(res.status).toBe(403);
    expect(counter.pulled).toBe(0);
  });

  it("still counts a small chunked report from the site itself", async () => {
    const { id } = await m.one<{ id: number }>(sql`SELECT id FROM ad_creatives ORDER BY id LIMIT 1`);
    const { stream } = chunkedBody(`[${id}]`, 1);
    const res = await m.route.POST(post(stream, { ...BROWSER, Origin: SITE }));
    expect(res.status).toBe(202);
  });
});
