import { describe, expect, it } from "vitest";
import { breadcrumbJsonLd, type NewsArticleInput, newsArticleJsonLd, profilePageJsonLd, serializeJsonLd } from "./structured-data";

const publisher = { name: "Warta", url: "https://warta.example", logo: { url: "https://warta.example/logo.png", width: 512, height: 512 } };

const article: NewsArticleInput = {
  url: "https://warta.example/berita/k3v9q2mz/banjir-surut",
  title: "Banjir Surut",
  lead: "Air mulai surut.",
  publishedAt: new Date("2026-02-03T06:30:00Z"),
  updatedAt: new Date("2026-02-03T08:05:00Z"),
  kanal: { name: "Nasional" },
  reporter: { slug: "ahmad-fauzi", name: "Ahmad Fauzi" },
  editor: { slug: "hendra-kusuma", name: "Hendra Kusuma" },
  image: { url: "https://warta.example/media/seed/k3v9q2mz.webp", width: 1200, height: 675, caption: "Warga membersihkan rumah.", credit: "Warta/Galih" },
  tags: [{ name: "Banjir" }, { name: "Jakarta" }],
};

describe("newsArticleJsonLd", () => {
  it("has the fields Google News reads", () => {
    expect(newsArticleJsonLd(article, publisher)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      mainEntityOfPage: { "@type": "WebPage", "@id": article.url },
      url: article.url,
      headline: "Banjir Surut",
      description: "Air mulai surut.",
      inLanguage: "id",
      datePublished: "2026-02-03T13:30:00+07:00",
      dateModified: "2026-02-03T15:05:00+07:00",
      author: [{ "@type": "Person", name: "Ahmad Fauzi", url: "https://warta.example/penulis/ahmad-fauzi" }],
      editor: { "@type": "Person", name: "Hendra Kusuma", url: "https://warta.example/penulis/hendra-kusuma" },
      image: [
        {
          "@type": "ImageObject",
          url: "https://warta.example/media/seed/k3v9q2mz.webp",
          width: 1200,
          height: 675,
          caption: "Warga membersihkan rumah.",
          creditText: "Warta/Galih",
        },
      ],
      articleSection: "Nasional",
      keywords: ["Banjir", "Jakarta"],
      isAccessibleForFree: true,
      publisher: {
        "@type": "NewsMediaOrganization",
        name: "Warta",
        url: "https://warta.example",
        logo: { "@type": "ImageObject", url: "https://warta.example/logo.png", width: 512, height: 512 },
      },
    });
  });

  it("leaves out missing people and an empty caption", () => {
    const ld = newsArticleJsonLd({ ...article, reporter: null, editor: null, image: { url: "https://x/og", width: 1200, height: 630 } }, publisher);
    expect(ld.author).toBeUndefined();
    expect(ld.editor).toBeUndefined();
    expect(ld.image).toEqual([{ "@type": "ImageObject", url: "https://x/og", width: 1200, height: 630 }]);
  });
});

describe("breadcrumbJsonLd", () => {
  it("numbers the trail and keeps only crumbs with pages, plus the last", () => {
    expect(
      breadcrumbJsonLd([
        { name: "Beranda", url: "https://w.example/" },
        { name: "Tag" },
        { name: "Haji" },
      ]),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Beranda", item: "https://w.example/" },
        { "@type": "ListItem", position: 2, name: "Haji" },
      ],
    });
  });
});

describe("profilePageJsonLd", () => {
  it("describes the person", () => {
    const ld = profilePageJsonLd({ slug: "rina", name: "Rina", bio: "Reporter ekonomi.", jobTitle: "Reporter" }, publisher);
    expect(ld.mainEntity).toMatchObject({ "@type": "Person", name: "Rina", url: "https://warta.example/penulis/rina", description: "Reporter ekonomi." });
    expect(ld.mainEntity).not.toHaveProperty("sameAs");
    expect(ld.mainEntity).not.toHaveProperty("image");
  });

  it("names the photo and the profile links", () => {
    const ld = profilePageJsonLd(
      { slug: "rina", name: "Rina", bio: "", jobTitle: "Reporter", imageUrl: "https://warta.example/media/rina.webp", links: ["https://x.com/rina"] },
      publisher,
    );
    expect(ld.mainEntity).toMatchObject({ image: "https://warta.example/media/rina.webp", sameAs: ["https://x.com/rina"] });
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element", () => {
    const json = serializeJsonLd({ headline: "</script><script>alert(1)</script>\u2028" });
    expect(json).not.toContain("<");
    expect(json).not.toContain("\u2028");
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script>\u2028" });
  });
});

describe("newsArticleJsonLd with corrections", () => {
  it("lists the notes as correction, and leaves the property out when there are none", () => {
    const note = { id: 1, kind: "koreksi" as const, note: "Angka korban 12, bukan 21.", createdAt: new Date("2026-02-03T08:05:00Z") };
    expect(newsArticleJsonLd({ ...article, corrections: [note] }, publisher).correction).toEqual([
      { "@type": "CorrectionComment", text: "Koreksi: Angka korban 12, bukan 21.", datePublished: "2026-02-03T15:05:00+07:00" },
    ]);
    expect(newsArticleJsonLd({ ...article, corrections: [] }, publisher)).not.toHaveProperty("correction");
  });
});

describe("newsArticleJsonLd for a live report", () => {
  it("becomes a LiveBlogPosting with its coverage, updates and the newest change as dateModified", () => {
    const base = newsArticleJsonLd({ ...article, live: null }, publisher);
    expect(base["@type"]).toBe("NewsArticle");
    const startedAt = new Date("2026-02-03T01:00:00Z");
    const update = { id: 7, body: "<p>Jembatan dibuka.</p>", keyTitle: "", createdAt: new Date("2026-02-03T09:00:00Z"), updatedAt: new Date("2026-02-03T09:10:00Z") };
    const ld = newsArticleJsonLd({ ...article, live: { startedAt, endedAt: null, updates: [update] } }, publisher);
    expect(ld).toMatchObject({
      "@type": "LiveBlogPosting",
      headline: article.title,
      coverageStartTime: "2026-02-03T08:00:00+07:00",
      dateModified: "2026-02-03T16:10:00+07:00",
      liveBlogUpdate: [{ "@type": "BlogPosting", url: `${article.url}#pembaruan-7`, articleBody: "Jembatan dibuka." }],
    });
    expect(ld).not.toHaveProperty("coverageEndTime");
  });
});
