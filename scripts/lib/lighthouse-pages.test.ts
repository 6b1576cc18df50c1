import { describe, expect, it } from "vitest";
import { choosePages, sitemapLocs, storyPathIn } from "./lighthouse-pages";

describe("choosePages", () => {
  it("keeps the default (home and the newest story) when no page is named", () => {
    expect(choosePages([])).toEqual({ kind: "default" });
    expect(choosePages(["--url", "http://127.0.0.1:3000", "--build"])).toEqual({ kind: "default" });
  });

  it("takes every --path and --story, in order, beside other options", () => {
    expect(choosePages(["--url", "http://x", "--story", "pawai-budaya", "--path", "/berita/k3v9q2mz/banjir-surut", "--path", "/"])).toEqual({
      kind: "pages",
      pages: [
        { kind: "story", slug: "pawai-budaya" },
        { kind: "path", path: "/berita/k3v9q2mz/banjir-surut" },
        { kind: "path", path: "/" },
      ],
    });
  });

  it("refuses a flag without a value, a path off the site and a slug that is not one", () => {
    expect(() => choosePages(["--path"])).toThrow(/--path perlu nilai/);
    expect(() => choosePages(["--story", "--url"])).toThrow(/--story perlu nilai/);
    expect(() => choosePages(["--path", "https://example.com/x"])).toThrow(/diawali/);
    expect(() => choosePages(["--path", "//example.com/x"])).toThrow(/diawali/);
    expect(() => choosePages(["--story", "Banjir Surut"])).toThrow(/slug/);
  });
});

describe("sitemapLocs and storyPathIn", () => {
  const index = `<?xml version="1.0"?><sitemapindex><sitemap><loc>http://w.example/sitemap/halaman.xml</loc></sitemap><sitemap><loc>http://w.example/sitemap/berita-1.xml</loc></sitemap></sitemapindex>`;
  const stories = `<urlset><url><loc>http://w.example/berita/aaaa1111/pawai-budaya-solo</loc><image:image><image:loc>http://w.example/media/seed/a.webp</image:loc></image:image></url>
    <url><loc>http://w.example/berita/bbbb2222/budaya-solo</loc></url></urlset>`;

  it("reads the locations of an index and of a story sitemap", () => {
    expect(sitemapLocs(index)).toEqual(["http://w.example/sitemap/halaman.xml", "http://w.example/sitemap/berita-1.xml"]);
    // A photo's <image:loc> is not a page.
    expect(sitemapLocs(stories)).toEqual(["http://w.example/berita/aaaa1111/pawai-budaya-solo", "http://w.example/berita/bbbb2222/budaya-solo"]);
  });

  it("finds a story by its whole slug, never by the end of a longer one", () => {
    const locs = sitemapLocs(stories);
    expect(storyPathIn(locs, "budaya-solo")).toBe("/berita/bbbb2222/budaya-solo");
    expect(storyPathIn(locs, "pawai-budaya-solo")).toBe("/berita/aaaa1111/pawai-budaya-solo");
    expect(storyPathIn(locs, "solo")).toBeUndefined();
    expect(storyPathIn(["http://w.example/kanal/budaya-solo"], "budaya-solo")).toBeUndefined();
  });
});
