import { expect, test } from "@playwright/test";
import { biggestTag, visibleArticles } from "./helpers/db";

// Headers only: one browser profile is enough.
test.skip(({ isMobile }) => isMobile, "HTTP only");

const isShared = (cc: string) => /(^|,\s*)s-maxage=30(,|$)/.test(cc) && /stale-while-revalidate=\d+/.test(cc);
const isPrivate = (cc: string) => cc.includes("private") && cc.includes("no-store");

test("reader pages come from the ISR cache and tell a CDN how long it may keep them", async ({ playwright, baseURL }) => {
  const reader = await playwright.request.newContext({ baseURL });
  const [story] = visibleArticles();
  const tag = biggestTag();
  const pages = [
    "/",
    `/berita/${story.public_id}/${story.slug}`,
    "/kanal/nasional",
    `/tag/${tag.slug}`,
    `/tag/${tag.slug}?halaman=2`,
    "/cari?q=banjir",
    "/cari?q=harga%20beras&halaman=1",
  ];
  for (const path of pages) {
    await reader.get(path);
    const again = await reader.get(path);
    expect(again.status(), path).toBe(200);
    expect(again.headers()["x-nextjs-cache"], path).toMatch(/^(HIT|STALE)$/);
    expect(isShared(again.headers()["cache-control"] ?? ""), `${path}: ${again.headers()["cache-control"]}`).toBe(true);
  }
  // Page 2 is cached apart from page 1, not served page 1's copy.
  const [first, second] = await Promise.all([reader.get(`/tag/${tag.slug}`), reader.get(`/tag/${tag.slug}?halaman=2`)]);
  expect(await second.text()).not.toBe(await first.text());
  await reader.dispose();
});

test("per-visitor and staff pages are never stored by a shared cache", async ({ request }) => {
  for (const path of ["/cari", "/cari?q=%22banjir%22", "/cari?q=50%25", "/indeks", "/admin/masuk", "/admin/mulai", "/pratinjau/abcdefgh"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(isPrivate(res.headers()["cache-control"] ?? ""), `${path}: ${res.headers()["cache-control"]}`).toBe(true);
    expect(res.headers()["x-nextjs-cache"], path).toBeUndefined();
  }
});

test("the internal cache paths redirect to the addresses readers share", async ({ request }) => {
  const home = await request.get("/beranda/terkini", { maxRedirects: 0 });
  expect(home.status()).toBe(308);
  expect(home.headers().location).toBe("/");
  const search = await request.get("/cari/hasil/banjir/1", { maxRedirects: 0 });
  expect(search.status()).toBe(308);
  expect(search.headers().location).toBe("/cari?q=banjir&halaman=1");
  const page2 = await request.get("/kanal/nasional/halaman/2", { maxRedirects: 0 });
  expect(page2.status()).toBe(308);
  expect(page2.headers().location).toBe("/kanal/nasional?halaman=2");
  // Anything that is not a page number is still a 404, and is not turned into page 1.
  for (const bad of ["abc", "0", "-1", "1.5", "9999999"]) {
    expect((await request.get(`/kanal/nasional?halaman=${bad}`)).status(), bad).toBe(404);
  }
});
