import { describe, expect, it } from "vitest";
import { shareableUrl, shareTargets } from "./share";

const story = "https://warta.example/berita/k3v9q2mz/banjir-surut";

/** The query of a target's href as the service reads it (decoded). */
function query(href: string): Record<string, string> {
  return Object.fromEntries(new URL(href).searchParams);
}

describe("shareableUrl", () => {
  it("leaves a canonical URL as it is", () => {
    expect(shareableUrl(story)).toBe(story);
  });

  it("drops utm_* and click ids, in any case, and the bare ? they leave", () => {
    expect(shareableUrl(`${story}?utm_source=wa&UTM_Medium=x&fbclid=1&gclid=2`)).toBe(story);
  });

  it("keeps other parameters and the fragment", () => {
    expect(shareableUrl("https://warta.example/indeks?tanggal=2026-02-03&utm_campaign=a#foto-3")).toBe(
      "https://warta.example/indeks?tanggal=2026-02-03#foto-3",
    );
    expect(shareableUrl(`${story}#pembaruan-12`)).toBe(`${story}#pembaruan-12`);
  });

  it("refuses what is not an absolute URL", () => {
    expect(() => shareableUrl("/berita/k3v9q2mz/banjir-surut")).toThrow();
  });
});

describe("shareTargets", () => {
  const title = "Banjir surut, warga Kampung Melayu kembali & bersih-bersih";

  it("lists WhatsApp first, then Telegram, X, Facebook and Salin tautan", () => {
    expect(shareTargets(story, title).map((t) => [t.id, t.name])).toEqual([
      ["whatsapp", "Bagikan ke WhatsApp"],
      ["telegram", "Bagikan ke Telegram"],
      ["x", "Bagikan ke X"],
      ["facebook", "Bagikan ke Facebook"],
      ["copy", "Salin tautan"],
    ]);
  });

  it("points each service at its share page with the title and the URL encoded", () => {
    const [wa, tg, x, fb, copy] = shareTargets(story, title);
    expect(wa.href).toBe(`https://wa.me/?text=${encodeURIComponent(`${title} ${story}`)}`);
    expect(query(wa.href)).toEqual({ text: `${title} ${story}` });
    expect(tg.href.startsWith("https://t.me/share/url?")).toBe(true);
    expect(query(tg.href)).toEqual({ url: story, text: title });
    expect(x.href.startsWith("https://x.com/intent/post?")).toBe(true);
    expect(query(x.href)).toEqual({ text: title, url: story });
    expect(fb.href.startsWith("https://www.facebook.com/sharer/sharer.php?")).toBe(true);
    expect(query(fb.href)).toEqual({ u: story });
    expect(copy.href).toBe(story);
    // "&" in a title must not start a parameter of its own.
    expect(tg.href).toContain("kembali%20%26%20bersih");
  });

  it("keeps a fragment inside the shared URL instead of handing it to the service", () => {
    const update = `${story}#pembaruan-12`;
    for (const t of shareTargets(update, title)) {
      expect(new URL(t.href).hash, t.id).toBe(t.id === "copy" ? "#pembaruan-12" : "");
      expect(t.href, t.id).toContain(t.id === "copy" ? "#pembaruan-12" : "%23pembaruan-12");
    }
    expect(query(shareTargets(`${story}#foto-3`, title)[3].href)).toEqual({ u: `${story}#foto-3` });
  });

  it("shares no tracking parameter, even when the URL given has some", () => {
    for (const t of shareTargets(`${story}?utm_source=newsletter&fbclid=abc#foto-3`, title)) {
      expect(decodeURIComponent(t.href), t.id).not.toMatch(/utm_|fbclid/);
      expect(decodeURIComponent(t.href), t.id).toContain(`${story}#foto-3`);
    }
  });
});
