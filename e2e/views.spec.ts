import { randomBytes } from "node:crypto";
import { Agent, request as httpRequest } from "node:http";
import { connect } from "node:net";
import { expect, type Page, test } from "@playwright/test";
import { E2E_PORT } from "../playwright.config";
import { articleWithStatus } from "./helpers/db";
import { startSpareServer, type SpareServer } from "./helpers/server";

// Runs in the "views" project only (playwright.config.ts): these tests count, so they
// need a browser-independent run and, for exact figures, a server of their own.

const chrome = (version: number) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version}.0.0.0 Safari/537.36`;
const READER = chrome(131);
const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

type Story = { id: number; public_id: string; slug: string };

/** True once the server no longer accepts connections: its shutdown has begun. */
function isRefusingConnections(server: SpareServer): Promise<boolean> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

function newestStories(query: (sql: string) => Story[], n: number): Story[] {
  return query(`SELECT id, public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT ${n}`);
}

function viewTotals(server: SpareServer, ids: number[]): Record<number, number> {
  const rows = server.query<{ article_id: number; n: number }>(
    `SELECT article_id, sum(views) AS n FROM article_views WHERE article_id IN (${ids.join(",")}) GROUP BY article_id`,
  );
  return Object.fromEntries(ids.map((id) => [id, rows.find((r) => r.article_id === id)?.n ?? 0]));
}

function added(after: Record<number, number>, before: Record<number, number>): Record<number, number> {
  return Object.fromEntries(Object.keys(before).map((id) => [id, after[Number(id)] - before[Number(id)]]));
}

// Like 200 readers' browsers: up to 200 open connections, every request sent at once and
// queued on them. Thousands of separate connections would only test the kernel's accept queue.
const readers = new Agent({ keepAlive: true, maxSockets: 200 });

function beacon(server: SpareServer, story: Story, visitor: string, agent = readers): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}/api/views?id=${story.public_id}`, {
      method: "POST",
      agent,
      headers: { "user-agent": READER, "x-forwarded-for": visitor, "content-length": "0", origin: server.url },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
    });
    req.on("error", reject);
    req.end();
  });
}

test.describe("the view endpoints", () => {
  const story = () => articleWithStatus("published");
  // A visitor of its own per test and run, so that no other beacon (an earlier run against
  // a reused server included) makes this one a repeat.
  const run = randomBytes(4).toString("hex");
  // Our own origin, as sendBeacon from our page sends it (the pixel GET has none, and ignores ours).
  const reader = (n: number) => ({ "user-agent": READER, "x-forwarded-for": `2001:db8:${run.slice(0, 4)}:${run.slice(4)}::${n}` });
  const visitor = (n: number) => ({ ...reader(n), origin: ORIGIN });

  test("count a reader once per half hour, and answer 202 then 204", async ({ request }) => {
    const url = `/api/views?id=${story().public_id}`;
    const first = await request.post(url, { headers: visitor(1) });
    expect(first.status()).toBe(202);
    expect(first.headers()["x-warta-view"]).toBe("counted");
    expect(first.headers()["cache-control"]).toBe("no-store");
    const again = await request.post(url, { headers: visitor(1) });
    expect([again.status(), again.headers()["x-warta-view"]]).toEqual([204, "duplicate"]);
  });

  test("let bots, prefetches and staff previews through without counting them", async ({ request }) => {
    const url = `/api/views?id=${story().public_id}`;
    const cases: [Record<string, string>, string][] = [
      [{ ...visitor(2), "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }, "bot"],
      [{ ...visitor(2), "user-agent": "" }, "bot"],
      [{ ...visitor(2), "sec-purpose": "prefetch" }, "prefetch"],
      [{ ...visitor(2), purpose: "prefetch" }, "prefetch"],
      [{ ...visitor(2), "x-moz": "prefetch" }, "prefetch"],
      [{ ...visitor(2), cookie: "warta_session=pratinjau" }, "staff"],
      [{ ...visitor(2), cookie: "tema=terang; __Host-warta_session=pratinjau" }, "staff"],
      [{ ...visitor(2), "sec-fetch-site": "cross-site" }, "cross-site"],
    ];
    for (const [headers, reason] of cases) {
      const res = await request.post(url, { headers });
      expect([res.status(), res.headers()["x-warta-view"]], reason).toEqual([204, reason]);
    }
    // A POST without our Origin is refused outright, and does not count either.
    for (const origin of [undefined, "null", "https://evil.example"]) {
      const res = await request.post(url, { headers: origin === undefined ? reader(2) : { ...reader(2), origin } });
      expect([res.status(), res.headers()["x-warta-view"]], String(origin)).toEqual([403, "origin"]);
    }
    // None of those used up this reader's first view.
    expect((await request.post(url, { headers: visitor(2) })).status()).toBe(202);
  });

  test("answer unknown, malformed, draft and scheduled ids with 4xx, and HEAD with 405", async ({ request }) => {
    const h = { headers: visitor(3) };
    expect((await request.post("/api/views?id=zzzzzzzz", h)).status()).toBe(404);
    expect((await request.post("/api/views?id=bukan-id", h)).status()).toBe(400);
    expect((await request.post("/api/views", h)).status()).toBe(400);
    for (const status of ["draft", "scheduled"] as const) {
      expect((await request.post(`/api/views?id=${articleWithStatus(status).public_id}`, h)).status(), status).toBe(404);
    }
    const id = story().public_id;
    expect((await request.head(`/api/views?id=${id}`, h)).status()).toBe(405);
    expect((await request.head(`/api/views/pixel?id=${id}`, h)).status()).toBe(405);
    expect((await request.get(`/api/views?id=${id}`, h)).status()).toBe(405);
    expect((await request.get("/api/views/pixel?id=zzzzzzzz", h)).status()).toBe(404);
  });

  test("serve the no-JavaScript pixel as an uncached 1×1 GIF that counts", async ({ request }) => {
    const res = await request.get(`/api/views/pixel?id=${story().public_id}`, { headers: visitor(4) });
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/gif");
    expect(res.headers()["cache-control"]).toBe("no-store");
    expect(res.headers()["x-warta-view"]).toBe("counted");
    expect((await res.body()).subarray(0, 6).toString()).toBe("GIF89a");
  });

  test("the article page carries the pixel for readers without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, userAgent: chrome(130) });
    const page = await context.newPage();
    const s = story();
    const pixel = page.waitForResponse((r) => r.url().includes(`/api/views/pixel?id=${s.public_id}`));
    await page.goto(`/berita/${s.public_id}/${s.slug}`);
    expect((await pixel).status()).toBe(200);
    await context.close();
  });
});

test.describe("counting on a server of its own", () => {
  // Each test starts a production server of its own before it can begin.
  test.describe.configure({ timeout: 120_000 });

  test("2,000 concurrent beacons from 200 visitors give exactly one view per visitor and story", async () => {
    const server = await startSpareServer({ portOffset: 1, env: { VIEW_FLUSH_MS: "100" } });
    try {
      const stories = newestStories((sql) => server.query<Story>(sql), 5);
      const ids = stories.map((s) => s.id);
      const before = viewTotals(server, ids);

      // Rendering counts nothing, not even for a browser-like client.
      for (const s of stories) {
        const res = await fetch(`${server.url}/berita/${s.public_id}/${s.slug}`, { headers: { "user-agent": READER } });
        expect(res.status).toBe(200);
      }

      // Each visitor sends ten beacons, two for each of the five stories.
      const burst: Promise<number>[] = [];
      for (let v = 0; v < 200; v++) {
        for (let k = 0; k < 10; k++) burst.push(beacon(server, stories[(v + k) % 5], `198.51.100.${v}`));
      }
      const statuses = await Promise.all(burst);
      expect(statuses.filter((s) => s === 202)).toHaveLength(1000);
      expect(statuses.filter((s) => s === 204)).toHaveLength(1000);

      const expected = Object.fromEntries(ids.map((id) => [id, 200]));
      await expect.poll(() => added(viewTotals(server, ids), before), { timeout: 30_000 }).toEqual(expected);
      // Stopping flushes whatever is left: there must be nothing more to add.
      expect(await server.stop("SIGTERM")).toBe(143);
      expect(added(viewTotals(server, ids), before)).toEqual(expected);
    } finally {
      await server.dispose();
    }
  });

  test("a SIGTERM right after a burst loses no counted view", async () => {
    // The timer would not flush for an hour: only the shutdown can write these views.
    const server = await startSpareServer({ portOffset: 2, env: { VIEW_FLUSH_MS: "3600000" } });
    try {
      const stories = newestStories((sql) => server.query<Story>(sql), 2);
      const ids = stories.map((s) => s.id);
      const before = viewTotals(server, ids);

      const first = await Promise.all(Array.from({ length: 500 }, (_, v) => beacon(server, stories[v % 2], `2001:db8::a:${v.toString(16)}`)));
      expect(first.every((s) => s === 202)).toBe(true);
      expect(added(viewTotals(server, ids), before)).toEqual({ [ids[0]]: 0, [ids[1]]: 0 });

      // Then readers keep sending while the signal arrives. `next start` stops listening
      // at once but finishes the requests on connections still busy, after our SIGTERM
      // flush has run: those views can only reach the database through the exit flush.
      const stream = new Agent({ keepAlive: true, maxSockets: 50 });
      let sent = 0;
      let accepted = 0;
      let acceptedAfterClose = 0;
      let closed = false;
      const reader = async () => {
        while (sent < 20_000 && !(closed && acceptedAfterClose >= 200)) {
          const status = await beacon(server, stories[sent % 2], `2001:db8::b:${(sent++).toString(16)}`, stream).catch(() => null);
          if (status === null) return;
          if (status === 202) {
            accepted++;
            if (closed) acceptedAfterClose++;
          }
        }
      };
      const readersDone = Promise.all(Array.from({ length: 50 }, reader));
      await expect.poll(() => accepted, { timeout: 30_000 }).toBeGreaterThanOrEqual(200);
      const exited = server.stop("SIGTERM");
      await expect.poll(() => isRefusingConnections(server), { timeout: 30_000 }).toBe(true);
      closed = true;
      await readersDone;
      stream.destroy();
      expect(await exited, server.output()).toBe(143);

      const total = Object.values(added(viewTotals(server, ids), before)).reduce((n, x) => n + x, 0);
      expect(total, server.output()).toBe(500 + accepted);
      test.info().annotations.push({ type: "views", description: `${accepted} accepted while streaming, ${acceptedAfterClose} after the listener closed` });
    } finally {
      await server.dispose();
    }
  });

  test("reading a story in the browser raises it in Terpopuler", async ({ browser }) => {
    // The home page is served from the ISR cache for 30 s, so the new ranking shows on the
    // first render after that: allow for the full window.
    test.setTimeout(150_000);
    let target: Story | undefined;
    const server = await startSpareServer({
      portOffset: 3,
      env: { VIEW_FLUSH_MS: "100", TERPOPULER_CACHE_MS: "100" },
      // A quiet site: five stories read once this hour, and the target not at all.
      prepare: (db) => {
        const stories = db
          .prepare("SELECT id, public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 10")
          .all() as Story[];
        target = stories[9];
        db.prepare("DELETE FROM article_views").run();
        const hour = Math.floor(Date.now() / 3600_000) * 3600_000;
        for (const s of stories.slice(0, 5)) db.prepare("INSERT INTO article_views VALUES (?, ?, 1)").run(s.id, hour);
      },
    });
    try {
      const path = `/berita/${target!.public_id}/${target!.slug}`;
      const ranking = async (page: Page) => {
        await page.goto(`${server.url}/`);
        return page.locator('[data-block="terpopuler"] ol > li a').evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      };

      const readers = await Promise.all([chrome(129), chrome(128)].map((userAgent) => browser.newContext({ userAgent })));
      const home = await readers[0].newPage();
      const before = await ranking(home);
      expect(before).toHaveLength(5);
      expect(before).not.toContain(path);

      for (const reader of readers) {
        const page = await reader.newPage();
        const sent = page.waitForRequest((r) => r.url().includes("/api/views?id=") && r.method() === "POST");
        await page.goto(`${server.url}${path}`);
        await sent;
      }
      await expect.poll(async () => (await ranking(home))[0], { timeout: 75_000, intervals: [1_000] }).toBe(path);
      await expect(home.locator('[data-block="terpopuler"]')).toContainText(/Diperbarui \d{2}:\d{2} WIB/);

      // A reader without JavaScript counts through the pixel.
      const noJs = await browser.newContext({ javaScriptEnabled: false, userAgent: chrome(127) });
      await (await noJs.newPage()).goto(`${server.url}${path}`);
      await expect.poll(() => viewTotals(server, [target!.id])[target!.id], { timeout: 30_000 }).toBe(3);
      for (const c of [...readers, noJs]) await c.close();
    } finally {
      await server.dispose();
    }
  });
});
