import { describe, expect, it } from "vitest";
import {
  adSettingsFormSchema,
  creativeToFormValues,
  newCreativeValues,
  normalizeAdsTxt,
  parseKanalIds,
  readAdForm,
  validateAdForm,
} from "./ad-form";
import { fieldErrors } from "./form-state";

const image = {
  nama: "Promo Kopi Nusantara",
  slot: "sidebar",
  jenis: "image",
  url_tujuan: "https://kopi.example/promo?utm_source=warta",
  teks_alt: "Secangkir kopi dan tulisan diskon 20 persen",
  html: "<script>tidak dipakai</script>",
  mulai: "2026-03-01T00:00",
  selesai: "2026-03-31T23:59",
  bobot: "5",
  kanal: "2,4",
  dijeda: "",
};

describe("parseKanalIds", () => {
  it("keeps positive whole ids once, in order", () => {
    expect(parseKanalIds("3,1,3,x,0,-2,1.5,")).toEqual([3, 1]);
    expect(parseKanalIds("")).toEqual([]);
  });
});

describe("validateAdForm", () => {
  it("turns an image creative into its stored fields, WIB times and all", () => {
    const r = validateAdForm(image, { hasImage: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input).toMatchObject({ name: "Promo Kopi Nusantara", slot: "sidebar", kind: "image", weight: 5, kanalIds: [2, 4], paused: false, html: "" });
    expect(r.input.startsAt.toISOString()).toBe("2026-02-28T17:00:00.000Z");
    expect(r.input.endsAt.toISOString()).toBe("2026-03-31T16:59:00.000Z");
  });

  it("needs a picture, a link and alt text for an image creative", () => {
    const r = validateAdForm({ ...image, url_tujuan: "", teks_alt: " " }, { hasImage: false });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      url_tujuan: "Isi URL tujuan iklan.",
      teks_alt: "Isi teks alternatif: jelaskan isi gambar iklan untuk pembaca tunanetra.",
      gambar: "Unggah gambar iklan (JPEG, PNG, atau WebP).",
    });
  });

  it("refuses javascript: and other non-web links, as the click route would", () => {
    for (const url_tujuan of ["javascript:alert(document.cookie)", "data:text/html,hi", "/promo", "toko.example", "https://user:pw@toko.example/"]) {
      const r = validateAdForm({ ...image, url_tujuan }, { hasImage: true });
      expect(r.ok || r.errors.url_tujuan, url_tujuan).toBe("URL tujuan harus alamat web lengkap yang diawali http:// atau https://.");
    }
  });

  it("needs the end after the start, and real times", () => {
    const same = validateAdForm({ ...image, selesai: image.mulai }, { hasImage: true });
    expect(same.ok || same.errors.selesai).toBe("Waktu selesai harus setelah waktu mulai.");
    const bad = validateAdForm({ ...image, mulai: "2026-02-30T10:00", selesai: "" }, { hasImage: true });
    expect(bad.ok || bad.errors).toEqual({ mulai: "Waktu mulai tidak valid.", selesai: "Isi waktu selesai tayang." });
  });

  it("keeps the weight between 1 and 100", () => {
    for (const bobot of ["0", "101", "2.5", "", "abc"]) {
      const r = validateAdForm({ ...image, bobot }, { hasImage: true });
      expect(r.ok || r.errors.bobot, bobot).toBe("Bobot berupa bilangan bulat 1–100.");
    }
    expect(validateAdForm({ ...image, bobot: "100" }, { hasImage: true }).ok).toBe(true);
  });

  it("needs the tag for an HTML creative, takes no picture and drops the alt text", () => {
    const html = { ...image, jenis: "html", html: "  ", url_tujuan: "", teks_alt: "sisa" };
    const r = validateAdForm(html, { hasImage: false });
    expect(r.ok || r.errors).toEqual({ html: "Tempel kode HTML iklan dari pengiklan." });
    const ok = validateAdForm({ ...html, html: '<div id="iklan"></div><script src="https://adnet.example/tag.js"></script>' }, { hasImage: false });
    expect(ok.ok && ok.input).toMatchObject({ kind: "html", altText: "", targetUrl: "", html: '<div id="iklan"></div><script src="https://adnet.example/tag.js"></script>' });
  });

  it("reports every problem at once", () => {
    const r = validateAdForm({ ...image, nama: "", url_tujuan: "javascript:x", selesai: "2026-02-01T00:00", bobot: "0" }, { hasImage: true });
    expect(r.ok || Object.keys(r.errors).sort()).toEqual(["bobot", "nama", "selesai", "url_tujuan"]);
  });

  it("refuses an unknown slot or kind with a message", () => {
    const r = validateAdForm({ ...image, slot: "popup", jenis: "video" }, { hasImage: true });
    expect(r.ok || r.errors).toMatchObject({ slot: "Pilih slot iklan.", jenis: "Pilih jenis iklan: gambar atau HTML." });
  });
});

describe("readAdForm", () => {
  it("reads every field as a string and joins the ticked kanal", () => {
    const form = new FormData();
    form.set("nama", "Iklan");
    form.append("kanal", "3");
    form.append("kanal", "5");
    form.set("gambar", new File(["x"], "x.png"));
    const values = readAdForm(form);
    expect(values.nama).toBe("Iklan");
    expect(values.kanal).toBe("3,5");
    expect(values.dijeda).toBe("");
    expect(values).not.toHaveProperty("gambar");
  });
});

describe("creativeToFormValues", () => {
  it("round-trips through the form", () => {
    const stored = {
      name: "Leaderboard Bank",
      slot: "leaderboard",
      kind: "image",
      targetUrl: "https://bank.example/",
      altText: "Logo bank",
      html: "",
      startsAt: new Date("2026-03-01T01:00:00Z"),
      endsAt: new Date("2026-04-01T01:00:00Z"),
      weight: 3,
      paused: true,
      kanalIds: [7],
    };
    const values = creativeToFormValues(stored);
    expect(values.mulai).toBe("2026-03-01T08:00");
    const r = validateAdForm(values, { hasImage: true });
    expect(r.ok && r.input).toEqual({ ...stored, slot: "leaderboard", kind: "image" });
  });
});

describe("newCreativeValues", () => {
  it("starts at the next whole hour and runs thirty days", () => {
    const v = newCreativeValues(new Date("2026-03-10T05:20:00Z"));
    expect(v.mulai).toBe("2026-03-10T13:00");
    expect(v.selesai).toBe("2026-04-09T13:00");
  });
});

describe("adSettingsFormSchema", () => {
  const base = { iklan_aktif: "1", label_iklan: " Iklan ", paragraf_iklan: "4", ads_txt: "google.com, pub-123, DIRECT, f08c47fec0942fa0\r\n" };

  it("reads the switch, label, paragraph and ads.txt", () => {
    expect(adSettingsFormSchema.parse(base)).toEqual({
      adsEnabled: true,
      adLabel: "Iklan",
      inArticleAdAfter: 4,
      adsTxt: "google.com, pub-123, DIRECT, f08c47fec0942fa0\n",
    });
    expect(adSettingsFormSchema.parse({ ...base, iklan_aktif: "" }).adsEnabled).toBe(false);
  });

  it("explains a missing label and a paragraph out of range", () => {
    for (const paragraf_iklan of ["0", "21", "", "dua"]) {
      const r = adSettingsFormSchema.safeParse({ ...base, label_iklan: "", paragraf_iklan });
      expect(r.success).toBe(false);
      if (r.success) continue;
      expect(fieldErrors(r.error.issues)).toEqual({
        label_iklan: "Isi label iklan, misalnya Advertisement atau Iklan.",
        paragraf_iklan: "Isi nomor paragraf 1–20.",
      });
    }
  });
});

describe("normalizeAdsTxt", () => {
  it("uses LF line ends and ends with one newline", () => {
    expect(normalizeAdsTxt("a, 1, DIRECT\r\nb, 2, RESELLER\r\n\r\n")).toBe("a, 1, DIRECT\nb, 2, RESELLER\n");
    expect(normalizeAdsTxt("  \r\n")).toBe("");
  });
});
