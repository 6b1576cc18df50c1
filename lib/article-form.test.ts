import { describe, expect, it } from "vitest";
import { articleFormSchema, parseRelatedRefs, parseTagNames, withStatusIntent } from "./article-form";
import { fieldErrors } from "./form-state";

const base = {
  judul: "Banjir Rob Rendam Pesisir Utara",
  slug: "",
  kanal: "1",
  tag: "Banjir, Jakarta",
  ringkasan: "Air laut pasang merendam permukiman warga.",
  dateline: "jakarta",
  isi: "<p>Air laut pasang merendam ratusan rumah di pesisir.</p><script>alert(1)</script>",
  reporter: "2",
  redaktur: "",
  keterangan_foto: "",
  kredit_foto: "",
  alt_foto: "",
  terkait: "",
  status: "published",
  waktu_terbit: "",
  version: "",
};

describe("articleFormSchema", () => {
  it("derives the slug, upper-cases the dateline and sanitizes the body", () => {
    const r = articleFormSchema.safeParse(base);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.slug).toBe("banjir-rob-rendam-pesisir-utara");
    expect(r.data.dateline).toBe("JAKARTA");
    expect(r.data.body).toBe("<p>Air laut pasang merendam ratusan rumah di pesisir.</p>");
    expect(r.data.bodyText).toBe("Air laut pasang merendam ratusan rumah di pesisir.");
    expect(r.data.tags).toEqual(["Banjir", "Jakarta"]);
    expect(r.data.reporterId).toBe(2);
    expect(r.data.editorId).toBeNull();
    expect(r.data.noAds).toBe(false);
  });

  it("reads Jenis berita, Berita when an older form leaves it out", () => {
    expect(articleFormSchema.parse(base).kind).toBe("berita");
    expect(articleFormSchema.parse({ ...base, jenis_berita: "foto" }).kind).toBe("foto");
    expect(fieldErrors(articleFormSchema.safeParse({ ...base, jenis_berita: "video" }).error!.issues).jenis_berita).toBe("Pilih jenis berita.");
  });

  it("refuses a gallery of more than 30 photos beside Isi berita, cutting nothing", () => {
    const figures = Array.from({ length: 31 }, (_, i) => `<figure data-photo="${i + 1}"></figure>`).join("");
    const r = articleFormSchema.safeParse({ ...base, isi: `${base.isi}<div data-gallery="">${figures}</div>` });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!.issues).isi).toMatch(/^Galeri berisi 31 foto; maksimal 30 foto per galeri/);
  });

  it("turns a line holding only a video or post link into an embed (the textarea with JavaScript off)", () => {
    const r = articleFormSchema.parse({ ...base, isi: `${base.isi}<p>https://www.youtube.com/watch?v=dQw4w9WgXcQ</p>` });
    expect(r.body).toBe('<p>Air laut pasang merendam ratusan rumah di pesisir.</p><div data-embed="youtube" data-id="dQw4w9WgXcQ"></div>');
  });

  it("refuses a lone provider link it cannot embed, beside Isi berita, rather than store a plain link silently", () => {
    const r = articleFormSchema.safeParse({ ...base, isi: `${base.isi}<p>https://www.instagram.com/kompascom/</p>` });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(fieldErrors(r.error.issues).isi).toMatch(/^https:\/\/www\.instagram\.com\/kompascom\/: Tautan Instagram ini tidak menunjuk ke satu video atau unggahan/);
  });

  it("reads the Tanpa iklan checkbox", () => {
    expect(articleFormSchema.parse({ ...base, tanpa_iklan: "1" }).noAds).toBe(true);
    expect(articleFormSchema.parse({ ...base, tanpa_iklan: "" }).noAds).toBe(false);
  });

  it("reports each problem on its field, in Indonesian", () => {
    const r = articleFormSchema.safeParse({ ...base, judul: "abc", slug: "Bukan Slug!", status: "scheduled", isi: "", kanal: "" });
    expect(r.success).toBe(false);
    if (r.success) return;
    const byField = Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField.judul).toBe("Judul minimal 5 karakter.");
    expect(byField.kanal).toBe("Pilih kanal.");
  });

  it("lets a draft be incomplete but not a scheduled story without a time", () => {
    expect(articleFormSchema.safeParse({ ...base, status: "draft", isi: "", ringkasan: "" }).success).toBe(true);
    const r = articleFormSchema.safeParse({ ...base, status: "scheduled" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toContain("waktu_terbit");
  });

  it("reads the publish time as WIB", () => {
    const r = articleFormSchema.safeParse({ ...base, status: "scheduled", waktu_terbit: "2026-12-01T07:00" });
    expect(r.data?.publishAt?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });
});

describe("withStatusIntent", () => {
  const now = new Date("2026-12-01T03:30:20Z"); // 10:30 WIB

  it("leaves Simpan (no button named) to the Status field", () => {
    expect(withStatusIntent({ ...base, status: "draft" }, null, now).status).toBe("draft");
    expect(withStatusIntent({ ...base, status: "draft" }, "", now).status).toBe("draft");
  });

  it("saves the typed fields with the button's status", () => {
    for (const status of ["published", "draft", "review"]) {
      const values = withStatusIntent({ ...base, status: "draft", isi: "<p>Diketik</p>" }, status, now);
      expect([values.status, values.isi]).toEqual([status, "<p>Diketik</p>"]);
    }
  });

  it("publishes now: a time still ahead comes back to the current minute, a past one stays", () => {
    expect(withStatusIntent({ ...base, waktu_terbit: "2026-12-03T08:00" }, "published", now).waktu_terbit).toBe("2026-12-01T10:30");
    expect(withStatusIntent({ ...base, waktu_terbit: "2026-11-28T08:00" }, "published", now).waktu_terbit).toBe("2026-11-28T08:00");
    expect(withStatusIntent({ ...base, waktu_terbit: "2026-12-03T08:00" }, "draft", now).waktu_terbit).toBe("2026-12-03T08:00");
  });

  // The buttons carry no time, so a crafted "scheduled" would be a Terjadwal story that never appears.
  it("still refuses Terjadwal without a time, beside Waktu terbit", () => {
    const r = articleFormSchema.safeParse(withStatusIntent({ ...base, status: "draft", waktu_terbit: "" }, "scheduled", now));
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error?.issues ?? [])).toEqual({ waktu_terbit: "Berita terjadwal perlu waktu terbit." });
  });

  it("refuses a status that does not exist", () => {
    const r = articleFormSchema.safeParse(withStatusIntent(base, "terbit-dong", now));
    expect(fieldErrors(r.error?.issues ?? [])).toEqual({ status: "Pilih status." });
  });
});

describe("parseRelatedRefs", () => {
  it("takes links and bare ids, once each", () => {
    expect(parseRelatedRefs("https://warta.id/berita/k3v9q2mz/judul\nq4nwbfaj, k3v9q2mz")).toEqual({ ids: ["k3v9q2mz", "q4nwbfaj"], invalid: [] });
    expect(parseRelatedRefs("https://contoh.id/lain")).toEqual({ ids: [], invalid: ["https://contoh.id/lain"] });
  });
});

describe("parseTagNames", () => {
  it("trims and drops duplicates by slug", () => {
    expect(parseTagNames("Banjir, jakarta,  banjir ,, Jakarta")).toEqual(["Banjir", "jakarta"]);
  });
});
