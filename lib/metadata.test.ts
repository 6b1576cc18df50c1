import { describe, expect, it } from "vitest";
import { articleMetadata, feedTitle, pageMetadata } from "./metadata";

describe("feedTitle", () => {
  it("names the site and the subject", () => {
    expect(feedTitle()).toBe("Warta — Berita Terkini");
    expect(feedTitle("Nasional")).toBe("Warta — Nasional");
  });
});

describe("pageMetadata", () => {
  it("sets title, description, canonical URL and cards", () => {
    expect(pageMetadata({ title: "Nasional", description: "Berita nasional.", path: "/kanal/nasional" })).toEqual({
      title: "Nasional",
      description: "Berita nasional.",
      alternates: { canonical: "/kanal/nasional" },
      openGraph: { type: "website", url: "/kanal/nasional", title: "Nasional", description: "Berita nasional.", siteName: "Warta", locale: "id_ID" },
      twitter: { card: "summary", title: "Nasional", description: "Berita nasional." },
    });
  });

  it("announces feeds and can keep a page out of the index", () => {
    const m = pageMetadata({ title: "Cari", description: "d", path: "/cari?q=a", feeds: [{ title: "Warta", path: "/rss" }], noindex: true, absoluteTitle: true });
    expect(m.title).toEqual({ absolute: "Cari" });
    expect(m.alternates?.types).toEqual({ "application/rss+xml": [{ url: "/rss", title: "Warta" }] });
    expect(m.robots).toEqual({ index: false, follow: true });
  });
});

describe("articleMetadata", () => {
  const article = {
    publicId: "k3v9q2mz",
    slug: "banjir-surut",
    title: "Banjir Surut",
    lead: "Air mulai surut.",
    publishedAt: new Date("2026-02-03T06:30:00Z"),
    updatedAt: new Date("2026-02-03T08:05:00Z"),
    kanal: { name: "Nasional" },
    reporter: { slug: "ahmad-fauzi" },
    photo: { alt: "Warga membersihkan rumah" },
    tags: [{ name: "Banjir" }],
  };

  it("is an OpenGraph article with WIB times and a 1200×630 image", () => {
    const m = articleMetadata(article);
    expect(m.alternates?.canonical).toBe("/berita/k3v9q2mz/banjir-surut");
    expect(m.openGraph).toMatchObject({
      type: "article",
      publishedTime: "2026-02-03T13:30:00+07:00",
      modifiedTime: "2026-02-03T15:05:00+07:00",
      section: "Nasional",
      tags: ["Banjir"],
      authors: [expect.stringMatching(/^https?:\/\/[^/]+\/penulis\/ahmad-fauzi$/)],
    });
    const [image] = m.openGraph!.images as { url: string; width: number; height: number; alt: string }[];
    expect(image).toMatchObject({ width: 1200, height: 630, alt: "Warga membersihkan rumah" });
    expect(image.url).toMatch(/^\/og\/berita\/k3v9q2mz\?v=/);
    expect(m.twitter).toMatchObject({ card: "summary_large_image", images: [image] });
  });

  it("describes the generated image by the headline when there is no photo", () => {
    const [image] = articleMetadata({ ...article, photo: null, reporter: null }).openGraph!.images as { alt: string }[];
    expect(image.alt).toBe("Banjir Surut");
  });
});
