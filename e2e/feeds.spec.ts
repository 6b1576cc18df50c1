import { expect, test } from "@playwright/test";
import { toRfc822Wib, toWibIso } from "../lib/wib";
import { biggestTag, hiddenArticles, readDb, visibleArticles } from "./helpers/db";
import { fetchXml, publicIdOf } from "./helpers/xml";

const CACHE = "public, s-maxage=60, stale-while-revalidate=300";

// Feeds and sitemaps are HTTP only: the desktop profile is enough.
test.skip(({ isMobile }) => isMobile, "HTTP only");

type ItemRow = { public_id: string; lead: string; title: string; published_at: number; reporter: string; credit: string; caption: string; path: string };
function itemRows(publicIds: string[]): Map<string, ItemRow> {
  const rows = readDb<ItemRow>(
    `SELECT a.public_id, a.lead, a.title, a.published_at, r.name AS reporter, m.credit, m.caption, m.path
       FROM articles a JOIN staff r ON r.id = a.reporter_id JOIN media m ON m.id = a.photo_id
      WHERE a.public_id IN (${publicIds.map(() => "?").join(",")})`,
    ...publicIds,
  );
  return new Map(rows.map((r) => [r.public_id, r]));
}

test.describe("RSS feeds", () => {
  test("the site feed is valid RSS 2.0 with every published story, full lead, image and author", async ({ request, baseURL }) => {
    const { doc, headers } = await fetchXml(request, "/rss");
    expect(headers["content-type"]).toContain("application/rss+xml");
    expect(headers["cache-control"]).toBe(CACHE);
    expect(doc.rss["@version"]).toBe("2.0");
    const channel = doc.rss.channel;
    expect(channel.language).toBe("id");
    expect(channel["atom:link"]["@href"]).toBe(`${baseURL}/rss`);

    const items: Record<string, any>[] = channel.item; // eslint-disable-line @typescript-eslint/no-explicit-any
    const expected = visibleArticles().slice(0, 50);
    expect(items.map((i) => publicIdOf(i.link))).toEqual(expected.map((a) => a.public_id));

    const rows = itemRows(expected.map((a) => a.public_id));
    for (const item of items) {
      const row = rows.get(publicIdOf(item.link))!;
      expect(item.title).toBe(row.title);
      expect(item.description, row.public_id).toBe(row.lead);
      expect(item["dc:creator"]).toBe(row.reporter);
      expect(item.pubDate).toBe(toRfc822Wib(new Date(row.published_at)));
      expect(item.guid["@isPermaLink"]).toBe("true");
      expect(item.enclosure["@url"]).toBe(`${baseURL}/media/${row.path}`);
      expect(item.enclosure["@type"]).toBe("image/webp");
      expect(Number(item.enclosure["@length"])).toBeGreaterThan(0);
      expect(item["media:content"]["@url"]).toBe(item.enclosure["@url"]);
      expect(item["media:content"]["media:credit"]).toBe(row.credit);
      expect(item["media:content"]["media:description"]).toBe(row.caption);
    }

    // The enclosure length is the real size of the file it points to.
    const first = items[0].enclosure;
    const image = await request.get(first["@url"]);
    expect(image.status()).toBe(200);
    expect((await image.body()).length).toBe(Number(first["@length"]));
    // The guid is a working permalink: it leads to the story.
    const guid = await request.get(items[0].guid["#text"], { maxRedirects: 0 });
    expect(guid.status()).toBe(308);
  });

  test("kanal and tag feeds hold exactly their visible stories", async ({ request }) => {
    const kanal = await fetchXml(request, "/rss/kanal/internasional");
    expect(kanal.headers["cache-control"]).toBe(CACHE);
    const inKanal = visibleArticles(
      "a.kanal_id IN (SELECT id FROM kanal WHERE slug IN ('internasional', 'dunia-islam'))",
    ).slice(0, 30);
    expect(kanal.doc.rss.channel.item.map((i: { link: string }) => publicIdOf(i.link))).toEqual(inKanal.map((a) => a.public_id));
    expect(kanal.doc.rss.channel.title).toBe("Warta — Internasional");

    const tag = biggestTag();
    const feed = await fetchXml(request, `/rss/tag/${tag.slug}`);
    const tagged = visibleArticles(
      "a.id IN (SELECT article_id FROM article_tags WHERE tag_id = (SELECT id FROM tags WHERE slug = ?))",
      tag.slug,
    ).slice(0, 30);
    expect(feed.doc.rss.channel.item.map((i: { link: string }) => publicIdOf(i.link))).toEqual(tagged.map((a) => a.public_id));
    for (const item of feed.doc.rss.channel.item) expect(item.category).toContain(tag.name);

    expect((await request.get("/rss/kanal/tidak-ada")).status()).toBe(404);
    expect((await request.get("/rss/tag/tidak-ada")).status()).toBe(404);
  });

  test("home, kanal and tag pages link their feeds", async ({ page, request, baseURL }) => {
    const tag = biggestTag();
    for (const [path, feeds] of [
      ["/", ["/rss"]],
      ["/kanal/olahraga", ["/rss/kanal/olahraga", "/rss"]],
      [`/tag/${tag.slug}`, [`/rss/tag/${tag.slug}`, "/rss"]],
    ] as const) {
      await page.goto(path);
      const links = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
      const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute("href")));
      expect(hrefs, path).toEqual(feeds.map((f) => `${baseURL}${f}`));
      for (const href of hrefs) await fetchXml(request, href!);
    }
  });

  test("no feed ever lists a draft or a future story", async ({ request }) => {
    const bodies = await Promise.all(
      ["/rss", "/rss/kanal/nasional", "/rss/kanal/internasional", "/rss/kanal/dunia-islam", `/rss/tag/${biggestTag().slug}`].map(
        async (u) => (await fetchXml(request, u)).text,
      ),
    );
    for (const hidden of hiddenArticles()) {
      for (const body of bodies) {
        expect(body).not.toContain(hidden.public_id);
        expect(body).not.toContain(hidden.title);
      }
    }
  });
});

test.describe("sitemaps", () => {
  test("the sitemap index lists chunks that hold every published story once, and nothing hidden", async ({ request, baseURL }) => {
    const index = await fetchXml(request, "/sitemap.xml");
    expect(index.headers["cache-control"]).toBe(CACHE);
    const locs: string[] = index.doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(locs).toContain(`${baseURL}/sitemap/halaman.xml`);
    expect(locs).toContain(`${baseURL}/sitemap/berita-1.xml`);
    expect(locs).toContain(`${baseURL}/sitemap-news.xml`);

    const articleUrls: string[] = [];
    const allUrls: string[] = [];
    for (const loc of locs.filter((l) => l.includes("/sitemap/"))) {
      const { doc, text } = await fetchXml(request, loc);
      const urls: { loc: string; lastmod?: string; "image:image"?: { "image:loc": string }[] }[] = doc.urlset.url;
      expect(urls.length, loc).toBeLessThanOrEqual(50_000);
      for (const u of urls) {
        expect(u.loc.startsWith(`${baseURL}/`), u.loc).toBe(true);
        if (u.lastmod) expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      }
      for (const hidden of hiddenArticles()) expect(text, loc).not.toContain(hidden.public_id);
      allUrls.push(...urls.map((u) => u.loc));
      if (loc.includes("/berita-")) {
        articleUrls.push(...urls.map((u) => u.loc));
        for (const u of urls) expect(u["image:image"]?.[0]["image:loc"], u.loc).toMatch(/\/media\//);
      }
    }
    const expected = visibleArticles().map((a) => `${baseURL}/berita/${a.public_id}/${a.slug}`);
    expect([...articleUrls].sort()).toEqual([...expected].sort());
    expect(new Set(allUrls).size).toBe(allUrls.length);
    expect(allUrls).toContain(`${baseURL}/`);
    expect(allUrls).toContain(`${baseURL}/indeks`);
    for (const k of readDb<{ slug: string }>("SELECT slug FROM kanal")) expect(allUrls).toContain(`${baseURL}/kanal/${k.slug}`);
    expect(allUrls).toContain(`${baseURL}/tag/${biggestTag().slug}`);
    expect(allUrls).toContain(`${baseURL}/penulis/dimas-prasetyo`);

    expect((await request.get("/sitemap/berita-999.xml")).status()).toBe(404);
    expect((await request.get("/sitemap/lain.xml")).status()).toBe(404);
  });

  test("the Google News sitemap holds the last 48 hours with name, language and +07:00 dates", async ({ request, baseURL }) => {
    const before = Date.now();
    const { doc, text, headers } = await fetchXml(request, "/sitemap-news.xml");
    const after = Date.now();
    expect(headers["cache-control"]).toBe(CACHE);
    expect(doc.urlset["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const urls: { loc: string; "news:news": Record<string, any> }[] = doc.urlset.url; // eslint-disable-line @typescript-eslint/no-explicit-any
    const listed = new Set(urls.map((u) => publicIdOf(u.loc)));
    const window = 48 * 3600_000;
    const rows = visibleArticles();
    // The server read the clock between `before` and `after`: stories inside the window at both ends must be there, outside at both must not.
    const mustList = rows.filter((a) => a.published_at! >= after - window);
    const mustNotList = rows.filter((a) => a.published_at! < before - window);
    expect(mustList.length).toBeGreaterThan(0);
    for (const a of mustList) expect(listed.has(a.public_id), a.title).toBe(true);
    for (const a of mustNotList) expect(listed.has(a.public_id), a.title).toBe(false);
    for (const hidden of hiddenArticles()) expect(text).not.toContain(hidden.public_id);

    const byId = new Map(rows.map((a) => [a.public_id, a]));
    for (const u of urls) {
      const a = byId.get(publicIdOf(u.loc))!;
      expect(u.loc).toBe(`${baseURL}/berita/${a.public_id}/${a.slug}`);
      expect(u["news:news"]["news:publication"]).toEqual({ "news:name": "Warta", "news:language": "id" });
      expect(u["news:news"]["news:publication_date"]).toBe(toWibIso(new Date(a.published_at!)));
      expect(u["news:news"]["news:title"]).toBe(a.title);
    }
  });

  test("robots.txt points to both sitemaps", async ({ request, baseURL }) => {
    const res = await request.get("/robots.txt");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/plain");
    const lines = (await res.text()).split("\n");
    expect(lines).toContain("User-agent: *");
    expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${baseURL}/sitemap-news.xml`);
  });
});
