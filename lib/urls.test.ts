import { describe, expect, it } from "vitest";
import {
  adClickPath,
  adHtmlPath,
  absoluteUrl,
  articlePath,
  authorPath,
  indeksPath,
  kanalFeedPath,
  kanalPath,
  koreksiPagePath,
  mediaSrcSet,
  mediaUrl,
  mediaVariantPath,
  ogImagePath,
  originalPathFor,
  safeMediaPath,
  searchPath,
  tagFeedPath,
  tagPath,
} from "./urls";

describe("urls", () => {
  it("builds reader paths", () => {
    expect(articlePath({ publicId: "k3v9q2mz", slug: "banjir-surut" })).toBe("/berita/k3v9q2mz/banjir-surut");
    expect(kanalPath("dunia-islam")).toBe("/kanal/dunia-islam");
    expect(tagPath("haji")).toBe("/tag/haji");
    expect(mediaUrl("seed/a b.webp")).toBe("/media/seed/a%20b.webp");
    expect(mediaSrcSet({ path: "seed/a.webp", width: 1180 })).toBe("/media/seed/a-640.webp 640w, /media/seed/a.webp 1180w");
    expect(authorPath("dimas-prasetyo")).toBe("/penulis/dimas-prasetyo");
    expect(indeksPath()).toBe("/indeks");
    expect(indeksPath("2026-02-03")).toBe("/indeks?tanggal=2026-02-03");
  });

  it("encodes search queries", () => {
    expect(searchPath("harga cabai & bawang")).toBe("/cari?q=harga%20cabai%20%26%20bawang");
  });

  it("builds feed paths and absolute URLs", () => {
    expect(kanalFeedPath("nasional")).toBe("/rss/kanal/nasional");
    expect(tagFeedPath("haji")).toBe("/rss/tag/haji");
    expect(absoluteUrl("/rss", "https://warta.example")).toBe("https://warta.example/rss");
  });

  it("versions the share image by the last edit", () => {
    const a = ogImagePath({ publicId: "k3v9q2mz", updatedAt: new Date(1_000_000_000_000) });
    const b = ogImagePath({ publicId: "k3v9q2mz", updatedAt: new Date(1_000_000_060_000) });
    expect(a).toMatch(/^\/og\/berita\/k3v9q2mz\?v=[0-9a-z]+$/);
    expect(a).not.toBe(b);
  });

  it("versions the share image by the photo's focal point too, leaving the default out", () => {
    const at = new Date(1_000_000_000_000);
    expect(ogImagePath({ publicId: "k3v9q2mz", updatedAt: at, photo: { focusX: 50, focusY: 50 } })).toBe(ogImagePath({ publicId: "k3v9q2mz", updatedAt: at }));
    expect(ogImagePath({ publicId: "k3v9q2mz", updatedAt: at, photo: { focusX: 30, focusY: 70 } })).toBe("/og/berita/k3v9q2mz?v=cre66i9s-30-70");
  });

  it("keeps an upload's original under originals/, which /media/ never serves", () => {
    expect(originalPathFor("uploads/2026/12/k3v9q2mz.webp", "jpg")).toBe("originals/2026/12/k3v9q2mz.jpg");
    expect(safeMediaPath(["originals", "2026", "12", "k3v9q2mz.jpg"])).toBeNull();
  });

  it("names variants by width", () => {
    expect(mediaVariantPath("seed/k3v9q2mz.webp", 640)).toBe("seed/k3v9q2mz-640.webp");
    expect(mediaVariantPath("noext", 640)).toBe("noext-640");
  });

  it("refuses paths that leave the media folder", () => {
    expect(safeMediaPath(["seed", "a.webp"])).toBe("seed/a.webp");
    // About one stored name in 32 starts like these (base64url); they must stay reachable.
    expect(safeMediaPath(["uploads", "2026", "11", "-oXDjFXtuZqp.webp"])).toBe("uploads/2026/11/-oXDjFXtuZqp.webp");
    expect(safeMediaPath(["iklan", "_a9.webp"])).toBe("iklan/_a9.webp");
    for (const bad of [[".."], ["seed", "..", "x"], ["..%2f"], [".hidden"], ["a..b"], []]) {
      expect(safeMediaPath(bad), bad.join("/")).toBeNull();
    }
  });

  it("names the ad routes by creative id", () => {
    expect(adClickPath(7)).toBe("/iklan/klik/7");
    expect(adHtmlPath(12)).toBe("/iklan/html/12");
  });

  it("gives page 1 of /koreksi the bare path and later pages a path of their own", () => {
    expect(koreksiPagePath(1)).toBe("/koreksi");
    expect(koreksiPagePath(3)).toBe("/koreksi/halaman/3");
  });
});
