import { describe, expect, it } from "vitest";
import { articleFormSchema } from "./article-form";
import { articleToFormValues } from "./article-form-values";

describe("articleToFormValues", () => {
  it("round-trips through the form schema", () => {
    const values = articleToFormValues({
      title: "Banjir Rob Rendam Pesisir Utara",
      slug: "banjir-rob",
      kanalId: 3,
      lead: "Air laut pasang merendam permukiman warga.",
      dateline: "JAKARTA",
      body: "<p>Air laut pasang merendam ratusan rumah di pesisir.</p>",
      reporterId: 2,
      editorId: null,
      status: "published",
      publishedAt: new Date("2026-11-28T01:00:00Z"),
      version: 4,
      noAds: true,
      kind: "foto",
      tagNames: ["Banjir", "Jakarta"],
      related: [{ publicId: "k3v9q2mz" }],
      photo: { caption: "Rob", credit: "Warta/Andi", alt: "Rumah tergenang" },
    });
    expect(values.waktu_terbit).toBe("2026-11-28T08:00");
    const parsed = articleFormSchema.parse(values);
    expect(parsed).toMatchObject({
      title: "Banjir Rob Rendam Pesisir Utara",
      slug: "banjir-rob",
      kanalId: 3,
      tags: ["Banjir", "Jakarta"],
      relatedPublicIds: ["k3v9q2mz"],
      version: 4,
      photoAlt: "Rumah tergenang",
      noAds: true,
      kind: "foto",
    });
    expect(parsed.publishAt?.toISOString()).toBe("2026-11-28T01:00:00.000Z");
  });
});
