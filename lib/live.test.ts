import { describe, expect, it } from "vitest";
import {
  isLiveNow,
  keyEvents,
  lastLiveChange,
  liveBlogFields,
  liveUpdateFormSchema,
  orderUpdates,
  textToUpdateHtml,
  updateAnchor,
  updateHtmlToFields,
} from "./live";
import { sanitizeBody } from "./sanitize";

const at = (hhmm: string) => new Date(`2026-03-04T${hhmm}:00+07:00`);

describe("isLiveNow", () => {
  it("is live from the start until the end", () => {
    expect(isLiveNow({ liveStartedAt: null, liveEndedAt: null })).toBe(false);
    expect(isLiveNow({ liveStartedAt: at("08:00"), liveEndedAt: null })).toBe(true);
    expect(isLiveNow({ liveStartedAt: at("08:00"), liveEndedAt: at("10:00") })).toBe(false);
    expect(isLiveNow({})).toBe(false);
  });
});

describe("orderUpdates and keyEvents", () => {
  const updates = [
    { id: 1, pinned: false, keyTitle: "Gempa terasa" },
    { id: 4, pinned: false, keyTitle: "" },
    { id: 2, pinned: true, keyTitle: "" },
    { id: 3, pinned: false, keyTitle: "Posko dibuka" },
  ];
  it("puts the pinned update on top, then newest first", () => {
    expect(orderUpdates(updates).map((u) => u.id)).toEqual([2, 4, 3, 1]);
  });
  it("lists only updates with a key title, newest first", () => {
    expect(keyEvents(updates).map((u) => u.id)).toEqual([3, 1]);
  });
  it("names each update's anchor", () => {
    expect(updateAnchor(12)).toBe("pembaruan-12");
  });
});

describe("an update with an embed", () => {
  it("turns a video link alone on its line into an embed, and gives it back as the link for Sunting", () => {
    const text = "Rekaman warga dari lokasi.\n\nhttps://youtu.be/dQw4w9WgXcQ";
    const parsed = liveUpdateFormSchema.parse({ pembaruan: text, "foto-pembaruan": "", "poin-penting": "" });
    expect(parsed.html).toBe('<p>Rekaman warga dari lokasi.</p><div data-embed="youtube" data-id="dQw4w9WgXcQ"></div>');
    expect(updateHtmlToFields(sanitizeBody(parsed.html)).pembaruan).toBe("Rekaman warga dari lokasi.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ");
  });

  it("refuses a provider link that names no video or post, beside Pembaruan", () => {
    const r = liveUpdateFormSchema.safeParse({ pembaruan: "https://www.instagram.com/kompascom/", "foto-pembaruan": "", "poin-penting": "" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["pembaruan"] });
    expect(r.error?.issues[0].message).toMatch(/^https:\/\/www\.instagram\.com\/kompascom\/: Tautan Instagram/);
  });
});

describe("textToUpdateHtml and updateHtmlToFields", () => {
  it("makes paragraphs, line breaks, escaped text, a link line and the photo", () => {
    const html = textToUpdateHtml("Hujan reda <sore>.\nAir surut.\n\n  https://example.com/a?b=1&c=2 \n\n", 7);
    expect(html).toBe(
      '<p>Hujan reda &lt;sore&gt;.<br>Air surut.</p><p><a href="https://example.com/a?b=1&amp;c=2">https://example.com/a?b=1&amp;c=2</a></p><figure data-photo="7"></figure>',
    );
  });

  it("gives the form back what it stored, through the sanitizer too", () => {
    const text = "Warga mengungsi ke \"balai\" desa & masjid.\nJalan ditutup.\n\nhttps://example.com/peta";
    const stored = sanitizeBody(textToUpdateHtml(text, null));
    expect(updateHtmlToFields(stored)).toEqual({ pembaruan: text, "foto-pembaruan": "", "poin-penting": "" });
    expect(updateHtmlToFields(textToUpdateHtml(text, 31))).toMatchObject({ pembaruan: text, "foto-pembaruan": "31" });
  });

  it("makes a link alone on its line a paragraph of its own, blank line or not, so that it can become an embed", () => {
    expect(textToUpdateHtml("Siaran ulang tersedia.\nhttps://youtu.be/M7lc1UVf-VE\nSelamat menonton.", null)).toBe(
      '<p>Siaran ulang tersedia.</p><p><a href="https://youtu.be/M7lc1UVf-VE">https://youtu.be/M7lc1UVf-VE</a></p><p>Selamat menonton.</p>',
    );
    const parsed = liveUpdateFormSchema.safeParse({ pembaruan: "Siaran ulang tersedia.\nhttps://youtu.be/M7lc1UVf-VE", "foto-pembaruan": "", "poin-penting": "" });
    expect(parsed.success && parsed.data.html).toBe('<p>Siaran ulang tersedia.</p><div data-embed="youtube" data-id="M7lc1UVf-VE"></div>');
  });

  it("keeps a line that only starts with an address as text", () => {
    expect(textToUpdateHtml("https://example.com kata", null)).toBe("<p>https://example.com kata</p>");
  });
});

describe("liveUpdateFormSchema", () => {
  it("parses the form's words into the code's", () => {
    const r = liveUpdateFormSchema.safeParse({ pembaruan: " Pasukan tiba. ", "foto-pembaruan": "", "poin-penting": " Tim SAR tiba " });
    expect(r.success && r.data).toEqual({ html: "<p>Pasukan tiba.</p>", photoId: null, keyTitle: "Tim SAR tiba" });
  });

  it("refuses empty text, a bad photo number and a long key title, in Indonesian, by field", () => {
    const r = liveUpdateFormSchema.safeParse({ pembaruan: "  ", "foto-pembaruan": "12a", "poin-penting": "x".repeat(121) });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      pembaruan: "Tulis isi pembaruan.",
      "foto-pembaruan": "Nomor foto berupa angka dari pustaka foto, atau kosongkan.",
      "poin-penting": "Judul poin penting paling panjang 120 karakter.",
    });
  });
});

describe("liveBlogFields", () => {
  const url = "https://warta.test/berita/abc/banjir";
  const updates = [
    { id: 1, body: "<p>Air mulai naik di bantaran.</p>", keyTitle: "", createdAt: at("08:00"), updatedAt: at("08:00") },
    { id: 2, body: "<p>Pengungsi dipindahkan.</p>", keyTitle: "Evakuasi dimulai", createdAt: at("09:00"), updatedAt: at("09:30") },
  ];

  it("has the coverage start, no end while live, and each update with its anchor, newest first", () => {
    const ld = liveBlogFields({ startedAt: at("07:55"), endedAt: null, updates }, url);
    expect(ld["@type"]).toBe("LiveBlogPosting");
    expect(ld.coverageStartTime).toBe("2026-03-04T07:55:00+07:00");
    expect(ld).not.toHaveProperty("coverageEndTime");
    expect(ld.liveBlogUpdate).toEqual([
      {
        "@type": "BlogPosting",
        "@id": `${url}#pembaruan-2`,
        url: `${url}#pembaruan-2`,
        headline: "Evakuasi dimulai",
        articleBody: "Pengungsi dipindahkan.",
        datePublished: "2026-03-04T09:00:00+07:00",
        dateModified: "2026-03-04T09:30:00+07:00",
      },
      expect.objectContaining({ headline: "Air mulai naik di bantaran.", url: `${url}#pembaruan-1` }),
    ]);
  });

  it("reads the stored update, so an embed or a photo adds no reader-page button labels to the text", () => {
    const body = '<p>Pelari pertama tiba.</p><div data-embed="youtube" data-id="M7lc1UVf-VE" data-title="Garis finis"></div>';
    const [posting] = liveBlogFields({ startedAt: at("07:55"), endedAt: null, updates: [{ id: 3, body, keyTitle: "", createdAt: at("10:00"), updatedAt: at("10:00") }] }, url)
      .liveBlogUpdate as { articleBody: string }[];
    expect(posting.articleBody).toBe("Pelari pertama tiba.");
  });

  it("has the end once the report ended, and dateModified follows the newest change", () => {
    const live = { startedAt: at("07:55"), endedAt: at("12:00"), updates };
    expect(liveBlogFields(live, url).coverageEndTime).toBe("2026-03-04T12:00:00+07:00");
    expect(lastLiveChange(at("07:00"), live)).toEqual(at("12:00"));
    expect(lastLiveChange(at("07:00"), { ...live, endedAt: null })).toEqual(at("09:30"));
    expect(lastLiveChange(at("13:00"), live)).toEqual(at("13:00"));
  });
});
