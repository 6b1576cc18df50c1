import { readdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { E2E_PORT } from "../playwright.config";
import { visibleArticles } from "./helpers/db";

// Odd input on every reader route: each must answer with a clear message in Indonesian and
// the right 4xx (or, where the input is simply ignored, the ordinary page), never a 500.

type Case = {
  path: string;
  method?: "GET" | "POST" | "HEAD";
  body?: string;
  /** 404 unless said otherwise. */
  status?: number;
  /** What the answer must say; for pages the Indonesian 404 heading unless said otherwise. Null: no body (HEAD, 204). */
  text?: RegExp | null;
};

const NOT_FOUND_PAGE = /Halaman tidak ditemukan/;
/** A path that is not valid percent-encoded UTF-8: proxy.ts answers before any route (lib/request-path.ts). */
const BAD_ADDRESS = { status: 400, text: /Alamat tidak valid/ };
const LONG = "a".repeat(10_000);
const HUGE = "99999999999999999999";
/** Searches made only of FTS5 syntax: no word to search for, so 400 and an explanation (lib/search-query.ts). */
const FTS_ONLY = ["AND", "OR NOT", "*", '"', "NEAR(", "^", "-", ":", "( )", "()", "'", "AND OR", 'NEAR("" *) - ^:', "NOT -", "AND-OR"];
/** Words with FTS5 syntax around them: the syntax is ignored and the words are searched, 200. */
const FTS_WITH_WORDS = ['"harga cabai', "a AND (b", "kata*", "col:kata", "banjir AND", "NOT kereta", "NEAR(tarif"];
const NO_WORD = { status: 400, text: /Kata pencarian tidak bisa dipakai/ };

/** Every reader route of the app/ tree, as its folder pattern ("/berita/[id]/[[...slug]]"); /admin is not a reader route. */
function readerRoutes(dir = "app", prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      // Route groups "(site)" and private folders "_actions" add nothing to the URL.
      if (entry.name.startsWith("_")) continue;
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      routes.push(...readerRoutes(join(dir, entry.name), prefix + segment));
    } else if (/^(page|route)\.(tsx|ts)$/.test(entry.name)) {
      routes.push(prefix || "/");
    }
  }
  return routes.filter((r) => r !== "/admin" && !r.startsWith("/admin/")).sort();
}

const cases: Record<string, Case[]> = {
  // The home page takes no parameters: junk in the query is ignored, the home page answers as usual.
  "/beranda/[edisi]": [
    { path: `/?halaman=${HUGE}`, status: 200, text: /Berita Terkini/ },
    { path: "/?halaman=-1&q=%FF", status: 200, text: /Berita Terkini/ },
    { path: "/beranda/%FF", status: 200, text: /Berita Terkini/ },
  ],
  "/[...rest]": [{ path: "/%FF", ...BAD_ADDRESS }, { path: "/%C3%28", ...BAD_ADDRESS }, { path: `/${LONG}` }, { path: "/x/%00/y" }],
  "/berita/[id]/[[...slug]]": [
    { path: "/berita/abc/judul" },
    { path: "/berita/-1" },
    { path: `/berita/${HUGE}/judul` },
    { path: "/berita/%C3%28", ...BAD_ADDRESS },
    { path: "/berita/zzzzzzzz/%FF", ...BAD_ADDRESS },
    { path: `/berita/${LONG}` },
    { path: `/berita/zzzzzzzz/${LONG}` },
  ],
  "/pratinjau/[id]": [{ path: "/pratinjau/abc" }, { path: "/pratinjau/%FF", ...BAD_ADDRESS }, { path: `/pratinjau/${LONG}` }],
  "/kanal/[slug]": [
    { path: `/kanal/nasional?halaman=${HUGE}` },
    { path: "/kanal/nasional?halaman=-1" },
    { path: "/kanal/nasional?halaman=1.5" },
    { path: "/kanal/nasional?halaman=%FF" },
    { path: "/kanal/nasional?halaman=2&halaman=3" },
    { path: "/kanal/%FF", ...BAD_ADDRESS },
    { path: "/kanal/%C3%28?halaman=2", ...BAD_ADDRESS },
    { path: `/kanal/${LONG}` },
  ],
  "/kanal/[slug]/halaman/[halaman]": [
    { path: `/kanal/nasional/halaman/${HUGE}` },
    { path: "/kanal/nasional/halaman/-1" },
    { path: "/kanal/nasional/halaman/%FF" },
    { path: "/kanal/%FF/halaman/2", ...BAD_ADDRESS },
  ],
  "/tag/[slug]": [
    { path: `/tag/jakarta?halaman=${HUGE}` },
    { path: "/tag/jakarta?halaman=-5" },
    { path: "/tag/%FF", ...BAD_ADDRESS },
    { path: `/tag/${LONG}` },
  ],
  "/tag/[slug]/halaman/[halaman]": [{ path: `/tag/jakarta/halaman/${HUGE}` }, { path: "/tag/%FF/halaman/%FF", ...BAD_ADDRESS }],
  "/penulis/[slug]": [
    { path: "/penulis/%FF", ...BAD_ADDRESS },
    { path: `/penulis/${LONG}` },
    { path: `/penulis/dimas-prasetyo?halaman=${HUGE}` },
    { path: "/penulis/dimas-prasetyo?halaman=-1" },
  ],
  "/penulis/[slug]/halaman/[halaman]": [
    { path: `/penulis/dimas-prasetyo/halaman/${HUGE}` },
    { path: "/penulis/dimas-prasetyo/halaman/-1" },
    { path: "/penulis/dimas-prasetyo/halaman/%FF" },
    { path: "/penulis/%FF/halaman/2", ...BAD_ADDRESS },
  ],
  "/indeks": [
    { path: "/indeks?tanggal=2026-13-45", text: /Tanggal/ },
    { path: "/indeks?tanggal=99999-01-01", text: /Tanggal/ },
    { path: "/indeks?tanggal=%FF", text: /Tanggal/ },
    { path: "/indeks?tanggal=2026-01-01&tanggal=2026-01-02", text: /Tanggal/ },
    { path: `/indeks?tanggal=${LONG}`, text: /Tanggal/ },
    { path: `/indeks?halaman=${HUGE}` },
    { path: "/indeks?halaman=-1" },
  ],
  // A search that finds nothing is an answer, not an error: 200 with the "no results" page. A search with no
  // word in it is a question we cannot answer: 400 and what to type instead. Junk page numbers are 404.
  "/cari": [
    ...FTS_ONLY.map((q) => ({ path: `/cari?q=${encodeURIComponent(q)}`, ...NO_WORD })),
    { path: "/cari?q=AND&halaman=2", ...NO_WORD },
    ...FTS_WITH_WORDS.map((q) => ({ path: `/cari?q=${encodeURIComponent(q)}`, status: 200, text: /Hasil pencarian/ })),
    // Invalid UTF-8 in the query decodes to U+FFFD, which is no word either.
    { path: "/cari?q=%FF", ...NO_WORD },
    { path: "/cari?q=%C3%28", ...NO_WORD },
    { path: `/cari?q=${LONG}`, status: 200, text: /Hasil pencarian/ },
    { path: "/cari?q=a&q=b", status: 200, text: /Hasil pencarian/ },
    { path: `/cari?q=jakarta&halaman=${HUGE}` },
    { path: "/cari?q=jakarta&halaman=-1" },
    { path: "/cari?q=%22jakarta&halaman=%FF" },
  ],
  "/cari/hasil/[q]/[halaman]": [
    // The internal path redirects to /cari?q=%FF&halaman=1, which has no word.
    { path: "/cari/hasil/%FF/1", ...NO_WORD },
    { path: `/cari/hasil/jakarta/${HUGE}` },
    // Redirects to /cari?q=NEAR(&halaman=-1: the query is judged before the page number.
    { path: "/cari/hasil/NEAR(/-1", ...NO_WORD },
  ],
  "/koreksi/[[...halaman]]": [
    { path: `/koreksi?halaman=${HUGE}`, status: 200, text: /Ralat &amp; Koreksi|Ralat & Koreksi/ },
    { path: `/koreksi/halaman/${HUGE}` },
    { path: "/koreksi/halaman/0" },
    { path: "/koreksi/halaman/-1" },
    { path: "/koreksi/lain" },
    { path: "/koreksi/halaman/2/3" },
    { path: "/koreksi/%FF", ...BAD_ADDRESS },
  ],
  "/rss": [{ path: `/rss?halaman=${HUGE}`, status: 200, text: /<rss/ }],
  "/langsung/[id]": [
    { path: "/langsung/abc", text: /Laporan langsung tidak ditemukan/ },
    { path: "/langsung/zzzzzzzz?sejak=-1", status: 400, text: /Parameter sejak harus nomor pembaruan/ },
    { path: `/langsung/zzzzzzzz?sejak=${HUGE}`, status: 400, text: /Parameter sejak/ },
    { path: "/langsung/%FF", ...BAD_ADDRESS },
    { path: `/langsung/${LONG}`, text: /Laporan langsung tidak ditemukan/ },
  ],
  "/rss/langsung/[id]": [{ path: "/rss/langsung/abc", text: /Laporan langsung tidak ditemukan/ }, { path: "/rss/langsung/%C3%28", ...BAD_ADDRESS }],
  "/rss/koreksi": [{ path: `/rss/koreksi?halaman=${HUGE}`, status: 200, text: /<rss/ }],
  "/rss/kanal/[slug]": [{ path: "/rss/kanal/%FF", ...BAD_ADDRESS }, { path: `/rss/kanal/${LONG}`, text: /Kanal tidak ditemukan/ }],
  "/rss/tag/[slug]": [{ path: "/rss/tag/%C3%28", ...BAD_ADDRESS }, { path: `/rss/tag/${LONG}`, text: /Tag tidak ditemukan/ }],
  "/sitemap.xml": [{ path: "/sitemap.xml?x=%FF", status: 200, text: /<sitemapindex/ }],
  "/sitemap-news.xml": [{ path: "/sitemap-news.xml?halaman=-1", status: 200, text: /<urlset/ }],
  "/sitemap/[file]": [
    { path: `/sitemap/berita-${HUGE}.xml`, text: /Sitemap tidak ditemukan/ },
    { path: "/sitemap/berita--1.xml", text: /Sitemap tidak ditemukan/ },
    { path: "/sitemap/berita-999999.xml", text: /Sitemap tidak ditemukan/ },
    { path: "/sitemap/%FF", ...BAD_ADDRESS },
    { path: `/sitemap/${LONG}`, text: /Sitemap tidak ditemukan/ },
  ],
  "/media/[...path]": [
    { path: "/media/%FF", ...BAD_ADDRESS },
    { path: "/media/%2e%2e/%2e%2e/etc/passwd", text: /tidak ditemukan/ },
    { path: "/media/seed/%2e%2e%2fwarta.db", text: /Berkas tidak ditemukan/ },
    { path: `/media/${LONG}.webp`, text: /Berkas tidak ditemukan/ },
  ],
  "/og/berita/[id]": [
    { path: "/og/berita/abc", text: /Berita tidak ditemukan/ },
    { path: "/og/berita/%FF", ...BAD_ADDRESS },
    { path: `/og/berita/${LONG}`, text: /Berita tidak ditemukan/ },
    { path: "/og/berita/zzzzzzzz?v=%FF", text: /Berita tidak ditemukan/ },
  ],
  "/iklan/klik/[id]": [
    { path: "/iklan/klik/abc", text: /Iklan tidak ditemukan/ },
    { path: "/iklan/klik/-1", text: /Iklan tidak ditemukan/ },
    { path: `/iklan/klik/${HUGE}`, text: /Iklan tidak ditemukan/ },
    { path: "/iklan/klik/%FF", ...BAD_ADDRESS },
    { path: "/iklan/klik/999999", text: /Iklan tidak ditemukan/ },
  ],
  "/iklan/html/[id]": [
    { path: "/iklan/html/abc", text: /tidak ditemukan/ },
    { path: `/iklan/html/${HUGE}`, text: /tidak ditemukan/ },
    { path: "/iklan/html/%C3%28", ...BAD_ADDRESS },
  ],
  "/api/views": [
    { path: "/api/views", method: "POST", body: "{", status: 400, text: /tidak valid/ },
    { path: "/api/views?id=%FF", method: "POST", body: "\u0000\u0001", status: 400, text: /tidak valid/ },
    { path: `/api/views?id=${LONG}`, method: "POST", body: LONG, status: 400, text: /tidak valid/ },
    { path: "/api/views?id=abc&id=def", method: "POST", status: 400, text: /tidak valid/ },
    { path: "/api/views?id=zzzzzzzz", method: "GET", status: 405, text: /tidak diizinkan/ },
  ],
  "/api/views/pixel": [
    { path: "/api/views/pixel?id=%FF", status: 400, text: /tidak valid/ },
    { path: `/api/views/pixel?id=${HUGE}`, status: 400, text: /tidak valid/ },
    { path: "/api/views/pixel?id=zzzzzzzz", method: "HEAD", status: 405, text: null },
  ],
  "/api/ads/impressions": [
    { path: "/api/ads/impressions", method: "POST", body: "bukan json", status: 400, text: /tidak valid/ },
    { path: "/api/ads/impressions", method: "POST", body: "[", status: 400, text: /tidak valid/ },
    { path: "/api/ads/impressions", method: "POST", body: '{"id":1}', status: 400, text: /tidak valid/ },
    { path: "/api/ads/impressions", method: "POST", body: `[${HUGE}]`, status: 400, text: /tidak valid/ },
    { path: "/api/ads/impressions", method: "POST", body: "[-1, 1.5, null]", status: 400, text: /tidak valid/ },
    { path: "/api/ads/impressions", method: "POST", body: JSON.stringify(Array.from({ length: 5000 }, (_, i) => i + 1)), status: 413, text: /terlalu besar/ },
    { path: "/api/ads/impressions", method: "GET", status: 405, text: /tidak diizinkan/ },
  ],
  "/ads.txt": [{ path: "/ads.txt?x=%FF", status: 200, text: /DIRECT|RESELLER|^$/ }],
  "/robots.txt": [{ path: "/robots.txt?x=%FF", status: 200, text: /User-agent/ }],
  "/logo.png": [{ path: "/logo.png?v=-1", status: 200, text: null }],
};

async function send(request: APIRequestContext, c: Case) {
  const options = { data: c.body, maxRedirects: 5, failOnStatusCode: false };
  // Our own Origin, as a browser sends it, so the odd body itself is what gets judged (docs/security.md, "Origin").
  if (c.method === "POST") return request.post(c.path, { ...options, headers: { origin: `http://127.0.0.1:${E2E_PORT}` } });
  if (c.method === "HEAD") return request.head(c.path, options);
  return request.get(c.path, options);
}

test.describe("odd input on reader routes", () => {
  // The answers do not depend on the device: one project is enough.
  test.skip(({ isMobile }) => isMobile, "server answers only");

  test("every reader route in app/ has its odd-input cases", () => {
    expect(Object.keys(cases).sort()).toEqual(readerRoutes());
  });

  for (const [route, list] of Object.entries(cases)) {
    test(`${route} answers odd input with a clear Indonesian 4xx, never a 500`, async ({ request }) => {
      for (const c of list) {
        const label = `${c.method ?? "GET"} ${c.path.slice(0, 120)}`;
        const res = await send(request, c);
        expect(res.status(), label).toBe(c.status ?? 404);
        if (c.text === null) continue;
        const body = await res.text();
        // Booleans, not the body: a failure names the case without printing 10 kB of HTML.
        expect((c.text ?? NOT_FOUND_PAGE).test(body), `${label}: says ${c.text ?? NOT_FOUND_PAGE}`).toBe(true);
      }
    });
  }

  test("a search with no word in it says why in a browser, keeps the text in the form, and a word then searches", async ({ page }) => {
    const res = await page.goto(`/cari?q=${encodeURIComponent('AND OR NEAR("*")')}`);
    expect(res?.status()).toBe(400);
    await expect(page.locator("h1")).toHaveText("Kata pencarian tidak bisa dipakai");
    await expect(page.locator('[data-state="tanpa-kata"]')).toContainText("Operator seperti AND, OR, NOT dan NEAR");
    const field = page.getByRole("search", { name: "Pencarian" }).getByRole("searchbox");
    await expect(field).toHaveValue('AND OR NEAR("*")');
    await expect(page.locator('[data-list="hasil"]')).toHaveCount(0);

    // The same words with operators around them are searched as words.
    await field.fill("harga AND NOT");
    const [next] = await Promise.all([page.waitForResponse((r) => r.url().includes("/cari?q=") && r.request().resourceType() === "document"), field.press("Enter")]);
    expect(next.status()).toBe(200);
    await expect(page.locator("h1")).toHaveText("Hasil pencarian “harga AND NOT”");
  });

  test("the ad impression beacon answers a chunked body past 1 kB with 413, without waiting for the rest", async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("Tidak ada jawaban: server menunggu sisa badan permintaan.")), 10_000);
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: E2E_PORT,
          path: "/api/ads/impressions",
          method: "POST",
          headers: { origin: `http://127.0.0.1:${E2E_PORT}`, "content-type": "application/json", "user-agent": "Mozilla/5.0 Chrome/140.0" },
        },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => {
            clearTimeout(timer);
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body });
          });
        },
      );
      req.on("error", reject);
      // No Content-Length, so Node sends it chunked: 2 kB in 256-byte chunks, and the body is never
      // ended. Only a server that stops reading at 1 kB can answer at all.
      for (let i = 0; i < 8; i++) req.write(" ".repeat(256));
    });
    expect(answer).toEqual({ status: 413, body: "Permintaan terlalu besar." });
  });

  test("a real article with an odd or 10 kB slug moves to its canonical address", async ({ request }) => {
    const [story] = visibleArticles();
    for (const slug of ["%C3%A9%E2%80%9C", "-1", LONG]) {
      const res = await request.get(`/berita/${story.public_id}/${slug}`, { maxRedirects: 0 });
      expect(res.status(), slug.slice(0, 20)).toBe(308);
      // Next repeats the Location header; every copy must be the canonical address.
      const locations = res.headersArray().filter((h) => h.name.toLowerCase() === "location").map((h) => h.value);
      expect(new Set(locations)).toEqual(new Set([`/berita/${story.public_id}/${story.slug}`]));
    }
  });
});
