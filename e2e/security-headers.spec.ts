import { expect, test } from "@playwright/test";
import { expectHydrated, expectInjectedScriptBlocked, expectPageHeaders, expectReaderScriptOnly, type PolicyKind, scriptSrc, watchCsp } from "./helpers/csp";
import { mediaUrl } from "../lib/urls";
import { biggestTag, readDb, visibleArticles } from "./helpers/db";

// Every reader page template in Chromium: a Content-Security-Policy without 'unsafe-inline' for
// scripts (ISR-cached pages keep none inline, lib/reader-html.mjs; per-request ones carry a nonce), and not one violation.
// Headers and one browser engine: the desktop profile is enough.
test.skip(({ isMobile }) => isMobile, "headers and CSP: one profile");

type Template = { name: string; path: string; kind: PolicyKind; status?: number; check?: "terpopuler" | "beacon" };

function templates(): Template[] {
  const [story] = visibleArticles();
  const tag = biggestTag();
  // The kanal with the most stories (sub-kanal included): it certainly has a page 2.
  const [kanal] = readDb<{ slug: string }>(
    `SELECT k.slug FROM kanal k JOIN articles a ON a.kanal_id = k.id OR a.kanal_id IN (SELECT id FROM kanal WHERE parent_id = k.id)
      WHERE a.status = 'published' GROUP BY k.id ORDER BY count(*) DESC LIMIT 1`,
  );
  const [author] = readDb<{ slug: string }>("SELECT slug FROM staff WHERE role = 'reporter' ORDER BY id LIMIT 1");
  return [
    { name: "home", path: "/", kind: "cached", check: "terpopuler" },
    { name: "article", path: `/berita/${story.public_id}/${story.slug}`, kind: "cached", check: "beacon" },
    { name: "kanal", path: "/kanal/nasional", kind: "cached", check: "terpopuler" },
    { name: "kanal page 2", path: `/kanal/${kanal.slug}?halaman=2`, kind: "cached" },
    { name: "tag", path: `/tag/${tag.slug}`, kind: "cached" },
    { name: "tag page 2", path: `/tag/${tag.slug}?halaman=2`, kind: "cached" },
    { name: "search, plain words", path: "/cari?q=banjir", kind: "cached" },
    { name: "search, odd query", path: "/cari?q=%22banjir%22", kind: "nonce" },
    { name: "search, bad page number", path: "/cari?q=banjir&halaman=abc", kind: "nonce", status: 404 },
    { name: "search form", path: "/cari", kind: "nonce" },
    { name: "indeks", path: "/indeks", kind: "nonce" },
    { name: "penulis", path: `/penulis/${author.slug}`, kind: "cached" },
    { name: "404, unknown path", path: "/tidak/ada/halaman-ini", kind: "cached", status: 404 },
    { name: "404 under a cached route", path: "/berita/zzzzzzzz/tidak-ada", kind: "cached", status: 404 },
    { name: "preview, reader", path: "/pratinjau/abcdefgh", kind: "nonce", status: 404 },
  ];
}

test("every reader page template has a strict policy and runs without a violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchCsp(page);
  for (const t of templates()) {
    const beacon = t.check === "beacon" ? page.waitForRequest((r) => r.url().includes("/api/views") && r.method() === "POST") : null;
    const response = await page.goto(t.path);
    expect(response?.status(), t.name).toBe(t.status ?? 200);
    await expectPageHeaders(response, t.kind, t.name);
    // A 404 inside a cached route keeps Next's scripts (lib/isr-cache-handler.mjs).
    if (t.kind === "cached" && !t.status) await expectReaderScriptOnly(page, t.name);
    else await expectHydrated(page, t.name);
    if (t.check === "terpopuler") await expect(page.getByRole("heading", { name: "Terpopuler" }), t.name).toBeVisible();
    if (beacon) await beacon;
    // The article's HTML ad frame (its own sandbox policy) loads and runs too.
    if (t.name === "article") {
      const frame = page.locator('[data-ad-slot="in-article"] iframe');
      if ((await frame.count()) > 0) {
        await frame.scrollIntoViewIfNeeded();
        const content = await (await frame.elementHandle())!.contentFrame();
        await expect.poll(() => content!.evaluate(() => document.body.dataset.jam)).toBe("jalan");
      }
    }
    expect(await violations(), t.name).toEqual([]);
  }
});

// An ISR page's policy on the render that fills the cache and on the hits after it: e2e/next-contract.spec.ts.

test("a per-request page gets a fresh nonce every time, kept out of nginx's cache, and blocks injected scripts", async ({ page, request }) => {
  const nonceOf = async () => {
    const res = await request.get("/indeks");
    expect(res.headers()["x-accel-expires"]).toBe("0");
    return /'nonce-([^']+)'/.exec(scriptSrc(res.headers()["content-security-policy"] ?? ""))?.[1];
  };
  const [a, b] = [await nonceOf(), await nonceOf()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);

  const violations = await watchCsp(page);
  const response = await page.goto("/indeks");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc(await expectPageHeaders(response, "nonce", "indeks")))![1];
  // Every script Next wrote carries it (JSON-LD is data and needs none).
  const html = await response!.text();
  // warta.js comes from 'self' and needs none.
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]).filter((attrs) => !attrs.includes("application/ld+json") && !attrs.includes("/warta.js"));
  expect(scripts.length).toBeGreaterThan(1);
  for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
  await expectHydrated(page, "indeks");
  await expectInjectedScriptBlocked(page, violations);
});

test("HSTS only over https, and nosniff on files, feeds and route handlers too", async ({ request }) => {
  const plain = await request.get("/");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  for (const path of ["/", "/indeks", "/robots.txt"]) {
    const tls = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(tls.headers()["strict-transport-security"], path).toBe("max-age=31536000");
  }

  const home = await (await request.get("/")).text();
  const styles = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(home)![1];
  const [photo] = readDb<{ path: string }>("SELECT path FROM media ORDER BY id LIMIT 1");
  for (const path of [styles, "/warta.js", mediaUrl(photo.path), "/robots.txt", "/rss", "/sitemap.xml", "/ads.txt", "/logo.png"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers()["referrer-policy"], path).toBeTruthy();
    expect(res.headers()["content-security-policy"], `${path}: no page policy on a file`).toBeUndefined();
  }

  // An HTML creative's frame keeps its own sandbox policy, and no page policy on top.
  const [creative] = readDb<{ id: number }>("SELECT id FROM ad_creatives WHERE kind = 'html' ORDER BY id LIMIT 1");
  const frame = await request.get(`/iklan/html/${creative.id}`);
  const policies = frame.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(policies.map((h) => h.value)).toEqual(["sandbox allow-scripts allow-popups allow-popups-to-escape-sandbox; frame-ancestors 'self'"]);
  expect(frame.headers()["referrer-policy"]).toBe("no-referrer");
});
