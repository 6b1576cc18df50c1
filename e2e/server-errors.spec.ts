import { expect, test } from "@playwright/test";
import { readDb } from "./helpers/db";
import { startSpareServer, type SpareServer } from "./helpers/server";

// A real failure on a real server: a database that lost a table (a restore from an old backup,
// a half-applied manual fix). Readers get a clear page in Indonesian with a 5xx; the log gets
// one JSON line they can be matched to; bad reader input on the same server logs nothing.

type LogLine = { level: string; message: string; digest?: string; method: string; path: string; route: string; routeType: string; stack?: string[] };

function errorLines(output: string): LogLine[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{") && line.includes('"level":"error"'))
    .map((line) => JSON.parse(line) as LogLine);
}

test.describe("server errors", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  let server: SpareServer;

  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== "desktop") return;
    server = await startSpareServer({
      // + 1…3 views, + 4/5 nginx, + 6 ads, + 8 XSS: all may run at the same time.
      portOffset: 7,
      // Every article page reads its pinned Baca Juga links from this table; lists never do.
      prepare: (db) => void db.exec("DROP TABLE article_related"),
    });
  });
  test.afterAll(async () => server?.dispose());
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "runs once, on the desktop project"));

  test("a broken database gives readers an Indonesian error page and the log a JSON line with path and digest", async ({ page }) => {
    const [story] = readDb<{ public_id: string; slug: string }>(
      "SELECT public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1",
    );
    const path = `/berita/${story.public_id}/${story.slug}`;
    const res = await page.goto(`${server.url}${path}?utm_source=rahasia`);
    expect([500, 503]).toContain(res?.status());
    await expect(page.locator("h1")).toHaveText("Terjadi kesalahan");
    await expect(page.locator("body")).toContainText("Maaf, halaman ini gagal dimuat");
    const shownDigest = (await page.locator('[data-part="kode-galat"]').textContent())?.trim();
    expect(shownDigest).toMatch(/^\w+$/);

    await expect.poll(() => errorLines(server.output()).length, { message: server.output() }).toBeGreaterThan(0);
    const lines = errorLines(server.output());
    const line = lines.find((l) => l.digest === shownDigest);
    expect(line, JSON.stringify(lines)).toBeDefined();
    expect(line).toMatchObject({ level: "error", method: "GET", path, route: "/berita/[id]/[[...slug]]", routeType: "render" });
    expect(line!.message).toContain("no such table: article_related");
    expect(line!.stack?.length).toBeGreaterThan(0);
    // What readers put in the address never reaches the log.
    expect(server.output()).not.toContain("rahasia");
  });

  test("bad reader input on the same server is a 404, not an error in the log", async ({ request }) => {
    const before = errorLines(server.output()).length;
    for (const path of ["/berita/abc/x", "/kanal/%FF", "/kanal/nasional?halaman=99999999999999999999", "/cari?q=NEAR(", "/indeks?tanggal=2026-13-45", "/og/berita/%FF", "/sitemap/%FF"]) {
      const res = await request.get(`${server.url}${path}`);
      expect(res.status(), path).toBeLessThan(500);
    }
    const post = await request.post(`${server.url}/api/views?id=%FF`, { data: "{", headers: { origin: server.url } });
    expect(post.status()).toBe(400);
    // Give a late log line the time to arrive before concluding there is none.
    await new Promise((r) => setTimeout(r, 500));
    expect(errorLines(server.output()).slice(before)).toEqual([]);
  });
});
