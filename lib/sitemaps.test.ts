import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  chunkIdRange,
  chunkOfId,
  parseSitemapFileName,
  renderNewsSitemap,
  renderRobotsTxt,
  renderSitemapIndex,
  renderUrlset,
  SITEMAP_MAX_URLS,
  sitemapFileName,
} from "./sitemaps";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => ["url", "sitemap", "image:image"].includes(n) });
const at = new Date("2026-02-03T06:30:00Z");

describe("renderUrlset", () => {
  it("lists URLs with WIB lastmod and photos", () => {
    const xml = renderUrlset([
      { loc: "https://w.example/berita/a/b?x=1&y=2", lastmod: at, images: ["https://w.example/media/a.webp"] },
      { loc: "https://w.example/" },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const set = parser.parse(xml).urlset;
    expect(set["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(set.url[0]).toEqual({
      loc: "https://w.example/berita/a/b?x=1&y=2",
      lastmod: "2026-02-03T13:30:00+07:00",
      "image:image": [{ "image:loc": "https://w.example/media/a.webp" }],
    });
    expect(set.url[1]).toEqual({ loc: "https://w.example/" });
  });

  it("refuses more URLs than a sitemap may hold", () => {
    const urls = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({ loc: `https://w.example/${i}` }));
    expect(() => renderUrlset(urls)).toThrow(/50000/);
    expect(() => renderUrlset(urls.slice(1))).not.toThrow();
  });
});

describe("renderSitemapIndex", () => {
  it("points to each sitemap", () => {
    const xml = renderSitemapIndex([{ loc: "https://w.example/sitemap/berita-1.xml", lastmod: at }, { loc: "https://w.example/sitemap/halaman.xml" }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).sitemapindex.sitemap).toEqual([
      { loc: "https://w.example/sitemap/berita-1.xml", lastmod: "2026-02-03T13:30:00+07:00" },
      { loc: "https://w.example/sitemap/halaman.xml" },
    ]);
  });
});

describe("renderNewsSitemap", () => {
  it("uses the news namespace with publication name and language", () => {
    const xml = renderNewsSitemap([{ loc: "https://w.example/berita/a/b", title: "Haji & Umrah <2026>", publishedAt: at }], "Warta");
    expect(XMLValidator.validate(xml)).toBe(true);
    const set = parser.parse(xml).urlset;
    expect(set["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(set.url[0]["news:news"]).toEqual({
      "news:publication": { "news:name": "Warta", "news:language": "id" },
      "news:publication_date": "2026-02-03T13:30:00+07:00",
      "news:title": "Haji & Umrah <2026>",
    });
  });
});

describe("sitemap files", () => {
  it("round-trip their names", () => {
    for (const f of [{ kind: "halaman" as const }, { kind: "berita" as const, chunk: 1 }, { kind: "tag" as const, chunk: 12 }]) {
      expect(parseSitemapFileName(sitemapFileName(f))).toEqual(f);
    }
  });

  it("reject names the index never links", () => {
    for (const bad of ["berita-0.xml", "berita-01.xml", "berita.xml", "berita-1", "kanal-1.xml", "../x.xml", "halaman"]) {
      expect(parseSitemapFileName(bad), bad).toBeNull();
    }
  });

  it("split ids into chunks of at most the limit", () => {
    expect(chunkIdRange(1, 50_000)).toEqual({ minId: 1, maxId: 50_000 });
    expect(chunkIdRange(2, 50_000)).toEqual({ minId: 50_001, maxId: 100_000 });
    expect([1, 50_000, 50_001, 100_000, 100_001].map((id) => chunkOfId(id, 50_000))).toEqual([1, 1, 2, 2, 3]);
    for (const id of [1, 7, 10, 11]) {
      const { minId, maxId } = chunkIdRange(chunkOfId(id, 10), 10);
      expect(id >= minId && id <= maxId).toBe(true);
      expect(maxId - minId + 1).toBe(10);
    }
  });
});

describe("renderRobotsTxt", () => {
  it("announces both sitemaps and keeps crawlers out of search results", () => {
    const txt = renderRobotsTxt("https://w.example");
    expect(txt.split("\n")).toEqual(
      expect.arrayContaining(["User-agent: *", "Disallow: /cari", "Disallow: /iklan/", "Sitemap: https://w.example/sitemap.xml", "Sitemap: https://w.example/sitemap-news.xml"]),
    );
  });
});
