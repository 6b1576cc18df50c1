import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { toWibIso } from "../lib/wib";
import { biggestTag, readDb } from "./helpers/db";

type Ld = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function jsonLd(page: import("@playwright/test").Page): Promise<Ld[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b));
}

function newestArticle() {
  const [a] = readDb<{
    id: number;
    public_id: string;
    slug: string;
    title: string;
    lead: string;
    published_at: number;
    updated_at: number;
    kanal: string;
    kanal_slug: string;
    parent: string | null;
    reporter: string;
    reporter_slug: string;
    editor: string;
    editor_slug: string;
    path: string;
    width: number;
    height: number;
    caption: string;
    credit: string;
  }>(
    `SELECT a.id, a.public_id, a.slug, a.title, a.lead, a.published_at, a.updated_at, k.name AS kanal, k.slug AS kanal_slug,
            p.name AS parent, r.name AS reporter, r.slug AS reporter_slug, e.name AS editor, e.slug AS editor_slug,
            m.path, m.width, m.height, m.caption, m.credit
       FROM articles a JOIN kanal k ON k.id = a.kanal_id LEFT JOIN kanal p ON p.id = k.parent_id
       JOIN staff r ON r.id = a.reporter_id JOIN staff e ON e.id = a.editor_id JOIN media m ON m.id = a.photo_id
      WHERE a.status = 'published' ORDER BY a.published_at DESC LIMIT 1`,
  );
  const tags = readDb<{ name: string }>(
    "SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = ? ORDER BY x.position",
    a.id,
  ).map((t) => t.name);
  return { ...a, tags };
}

test.describe("metadata", () => {
  test("every reader page has a canonical URL, a title and a description", async ({ page, baseURL }) => {
    const a = newestArticle();
    const pages: [string, string][] = [
      ["/", "/"],
      [`/berita/${a.public_id}/${a.slug}`, `/berita/${a.public_id}/${a.slug}`],
      ["/kanal/nasional?halaman=2", "/kanal/nasional?halaman=2"],
      [`/tag/${biggestTag().slug}`, `/tag/${biggestTag().slug}`],
      ["/penulis/dimas-prasetyo", "/penulis/dimas-prasetyo"],
      ["/indeks", "/indeks"],
      ["/cari", "/cari"],
      ["/cari?q=harga%20cabai", "/cari?q=harga%20cabai"],
    ];
    for (const [path, canonical] of pages) {
      await page.goto(path);
      const href = await page.locator('head link[rel="canonical"]').getAttribute("href");
      expect(new URL(href!).href, path).toBe(new URL(canonical, baseURL).href);
      expect((await page.title()).trim().length, path).toBeGreaterThan(5);
      const description = await page.locator('head meta[name="description"]').getAttribute("content");
      expect(description?.trim().length ?? 0, path).toBeGreaterThan(10);
      await expect(page.locator('head meta[property="og:title"]'), path).toHaveCount(1);
    }
  });

  test("an article has OpenGraph article tags, a Twitter card and a 1200×630 share image", async ({ page, request, baseURL }) => {
    const a = newestArticle();
    await page.goto(`/berita/${a.public_id}/${a.slug}`);
    const meta = (sel: string) => page.locator(`head meta[${sel}]`).first().getAttribute("content");
    expect(await meta('property="og:type"')).toBe("article");
    expect(await meta('property="og:url"')).toBe(`${baseURL}/berita/${a.public_id}/${a.slug}`);
    expect(await meta('property="og:title"')).toBe(a.title);
    expect(await meta('property="og:description"')).toBe(a.lead);
    expect(await meta('property="og:site_name"')).toBe("Warta");
    expect(await meta('property="article:published_time"')).toBe(toWibIso(new Date(a.published_at)));
    expect(await meta('property="article:modified_time"')).toBe(toWibIso(new Date(a.updated_at)));
    expect(await meta('property="article:section"')).toBe(a.kanal);
    expect(await meta('property="og:image:width"')).toBe("1200");
    expect(await meta('property="og:image:height"')).toBe("630");
    expect(await meta('name="twitter:card"')).toBe("summary_large_image");
    const ogImage = (await meta('property="og:image"'))!;
    expect(await meta('name="twitter:image"')).toBe(ogImage);
    expect(ogImage.startsWith(`${baseURL}/og/berita/${a.public_id}?v=`)).toBe(true);

    const res = await request.get(ogImage);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/jpeg");
    expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const info = await sharp(await res.body()).metadata();
    expect([info.format, info.width, info.height]).toEqual(["jpeg", 1200, 630]);
    // An outdated version still answers with the current image, but only for a short while.
    const stale = await request.get(`${baseURL}/og/berita/${a.public_id}?v=lama`);
    expect(stale.headers()["cache-control"]).toBe("public, max-age=300");
  });

  test("share images of hidden stories do not exist", async ({ request }) => {
    for (const status of ["draft", "scheduled"]) {
      const [row] = readDb<{ public_id: string }>("SELECT public_id FROM articles WHERE status = ? LIMIT 1", status);
      expect((await request.get(`/og/berita/${row.public_id}`)).status(), status).toBe(404);
    }
  });

  test("an article carries NewsArticle and BreadcrumbList JSON-LD matching the seeded story", async ({ page, request, baseURL }) => {
    const a = newestArticle();
    const url = `${baseURL}/berita/${a.public_id}/${a.slug}`;
    await page.goto(url);
    const blocks = await jsonLd(page);
    const article = blocks.find((b) => b["@type"] === "NewsArticle")!;
    expect(article).toBeDefined();
    expect(article["@context"]).toBe("https://schema.org");
    expect(article.headline).toBe(a.title);
    expect(article.description).toBe(a.lead);
    expect(article.url).toBe(url);
    expect(article.mainEntityOfPage["@id"]).toBe(url);
    expect(article.datePublished).toBe(toWibIso(new Date(a.published_at)));
    expect(article.dateModified).toBe(toWibIso(new Date(a.updated_at)));
    expect(article.datePublished).toMatch(/\+07:00$/);
    expect(article.author).toEqual([{ "@type": "Person", name: a.reporter, url: `${baseURL}/penulis/${a.reporter_slug}` }]);
    expect(article.editor).toEqual({ "@type": "Person", name: a.editor, url: `${baseURL}/penulis/${a.editor_slug}` });
    expect(article.image).toEqual([
      { "@type": "ImageObject", url: `${baseURL}/media/${a.path}`, width: a.width, height: a.height, caption: a.caption, creditText: a.credit },
    ]);
    expect(article.articleSection).toBe(a.kanal);
    expect(article.keywords).toEqual(a.tags);
    expect(article.inLanguage).toBe("id");
    expect(article.publisher["@type"]).toBe("NewsMediaOrganization");
    expect(article.publisher.name).toBe("Warta");
    expect(article.publisher.url).toBe(baseURL);
    expect(article.publisher.logo["@type"]).toBe("ImageObject");
    const logo = await request.get(article.publisher.logo.url);
    expect(logo.status()).toBe(200);
    const logoInfo = await sharp(await logo.body()).metadata();
    expect([logoInfo.format, logoInfo.width, logoInfo.height]).toEqual(["png", article.publisher.logo.width, article.publisher.logo.height]);
    for (const field of [article.author[0].url, article.editor.url, article.image[0].url]) {
      expect((await request.get(field)).status(), field).toBe(200);
    }

    const crumbs = blocks.find((b) => b["@type"] === "BreadcrumbList")!;
    const trail = [
      { name: "Beranda", item: `${baseURL}/` },
      ...(a.parent ? [{ name: a.parent }] : []),
      { name: a.kanal, item: `${baseURL}/kanal/${a.kanal_slug}` },
    ];
    expect(crumbs.itemListElement).toHaveLength(trail.length);
    trail.forEach((t, i) => expect(crumbs.itemListElement[i]).toMatchObject({ "@type": "ListItem", position: i + 1, name: t.name }));
    expect(crumbs.itemListElement.at(-1).item).toBe(`${baseURL}/kanal/${a.kanal_slug}`);
    // The visible trail and the structured one name the same places.
    const visible = await page.getByRole("navigation", { name: "Remah roti" }).getByRole("link").allTextContents();
    expect(crumbs.itemListElement.map((c: { name: string }) => c.name)).toEqual(visible);
  });

  test("kanal pages carry BreadcrumbList JSON-LD", async ({ page, baseURL }) => {
    await page.goto("/kanal/dunia-islam");
    const crumbs = (await jsonLd(page)).find((b) => b["@type"] === "BreadcrumbList")!;
    expect(crumbs.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Beranda", item: `${baseURL}/` },
      { "@type": "ListItem", position: 2, name: "Internasional", item: `${baseURL}/kanal/internasional` },
      { "@type": "ListItem", position: 3, name: "Dunia Islam" },
    ]);
  });
});
