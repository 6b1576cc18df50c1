import { describe, expect, it } from "vitest";
import { type BodyPhoto, expandPhotos, galleryProblem, leadGallery, photoIdsIn } from "./body-photos";
import { splitBlocks } from "./html";
import { sanitizeBody } from "./sanitize";

describe("photoIdsIn", () => {
  it("finds figures and gallery photos once each, in order", () => {
    const html = '<p>a</p><figure data-photo="7"></figure><div data-gallery=""><figure data-photo="2"></figure><figure data-photo="7"></figure></div>';
    expect(photoIdsIn(html)).toEqual([7, 2]);
  });
  it("ignores text that only looks like a reference", () => {
    expect(photoIdsIn('<p>data-photo="5"</p><figure data-photo="x"></figure>')).toEqual([]);
  });
});

const photo = (id: number, extra: Partial<BodyPhoto> = {}): BodyPhoto => ({
  id,
  path: `2026/01/f${id}.webp`,
  width: 1200,
  height: 800,
  alt: `Alt ${id}`,
  caption: `Keterangan ${id}`,
  credit: "Ani/Warta",
  ...extra,
});
const library = new Map([1, 2, 3].map((id) => [id, photo(id)]));
const fig = (id: number, caption?: string) => `<figure data-photo="${id}">${caption === undefined ? "" : `<figcaption>${caption}</figcaption>`}</figure>`;

describe("expandPhotos", () => {
  it("draws a figure with srcset, sizes, size, lazy loading, caption and credit", () => {
    expect(expandPhotos(`<p>a</p>${fig(2)}`, library)).toBe(
      '<p>a</p><figure id="foto-1" class="body-photo">' +
        '<img src="/media/2026/01/f2.webp" srcset="/media/2026/01/f2-640.webp 640w, /media/2026/01/f2.webp 1200w" sizes="(min-width: 1024px) 720px, 100vw" width="1200" height="800" alt="Alt 2" loading="lazy" decoding="async">' +
        '<figcaption>Keterangan 2 <span class="photo-credit">Foto: Ani/Warta</span></figcaption></figure>',
    );
  });

  it("prints the story's caption over the library's, and escapes the library's words", () => {
    const lib = new Map([[1, photo(1, { caption: "<b>x</b>", credit: 'A "B"', alt: "<i>" })]]);
    const out = expandPhotos(`${fig(1, "Pengganti &amp; lain")}${fig(1)}`, lib);
    expect(out).toContain("<figcaption>Pengganti &amp; lain <span");
    expect(out).toContain("<figcaption>&lt;b&gt;x&lt;/b&gt; <span class=\"photo-credit\">Foto: A &quot;B&quot;</span>");
    expect(out).toContain('alt="&lt;i&gt;"');
    expect(out).not.toContain("<b>");
  });

  it("leaves out the caption when there are no words and no credit", () => {
    const out = expandPhotos(fig(1), new Map([[1, photo(1, { caption: "", credit: "" })]]));
    expect(out).not.toContain("figcaption");
  });

  it("draws a gallery as a track of figures with their own anchors, numbered through the body", () => {
    const out = expandPhotos(`${fig(3)}<div data-gallery="">${fig(1)}${fig(2, "Dua")}</div>`, library);
    expect(out.match(/id="foto-\d"/g)).toEqual(['id="foto-1"', 'id="foto-2"', 'id="foto-3"']);
    expect(out).toMatch(/^<figure id="foto-1"[^]*<div class="gallery" data-gallery=""><div class="gallery-track" tabindex="0" role="region" aria-label="Galeri foto, 2 foto"><figure id="foto-2"[^]*<figcaption>Dua /);
    expect(out.endsWith("</figure></div></div>")).toBe(true);
  });

  it("gives gallery photos share links for their own anchors, and a live update's photos anchors of its own", () => {
    const share = { url: "https://warta.example/berita/a/b", title: "Karnaval" };
    const out = expandPhotos(`${fig(3)}<div data-gallery="">${fig(1)}${fig(2)}</div>`, library, { share });
    // The photo in the text is not a gallery photo: no share row there.
    expect(out.match(/data-share-url="[^"]+"/g)).toEqual(['data-share-url="https://warta.example/berita/a/b#foto-2"', 'data-share-url="https://warta.example/berita/a/b#foto-3"']);
    expect(out).toContain('aria-label="Bagikan foto 2"');
    const update = expandPhotos(`<div data-gallery="">${fig(1)}${fig(2)}</div>`, library, { anchorPrefix: "pembaruan-7-foto-" });
    expect(update.match(/id="[^"]+"/g)).toEqual(['id="pembaruan-7-foto-1"', 'id="pembaruan-7-foto-2"']);
    expect(update).not.toContain("data-share");
  });

  it("leaves out a photo no longer in the library; a gallery left with one is a figure", () => {
    expect(expandPhotos(`<p>a</p>${fig(9)}<p>b</p>`, library)).toBe("<p>a</p><p>b</p>");
    const out = expandPhotos(`<div data-gallery="">${fig(9)}${fig(1)}</div>`, library);
    expect(out).not.toContain("gallery");
    expect(out).toMatch(/^<figure id="foto-1" class="body-photo">/);
    expect(expandPhotos(`<div data-gallery="">${fig(8)}${fig(9)}</div>`, library)).toBe("");
  });

  it("draws what the sanitizer stores, and every figure and gallery stays one block", () => {
    const stored = sanitizeBody(`<p>a</p><figure data-photo="1"><figcaption>x</figcaption></figure><div data-gallery="">${fig(2)}${fig(3)}</div><p>b</p>`);
    const blocks = splitBlocks(expandPhotos(stored, library));
    expect(blocks.map((b) => b.tag)).toEqual(["p", "figure", "div", "p"]);
    expect(blocks[2].html.match(/<figure/g)).toHaveLength(2);
  });
});

describe("galleryProblem", () => {
  const gallery = (n: number) => `<div data-gallery="">${Array.from({ length: n }, (_, i) => fig(i + 1)).join("")}</div>`;
  it("accepts 30 photos and refuses 31 with a message", () => {
    expect(galleryProblem(`<p>a</p>${gallery(30)}`)).toBeNull();
    expect(galleryProblem(`${gallery(2)}${gallery(31)}`)).toMatch(/^Galeri berisi 31 foto; maksimal 30 foto per galeri/);
  });
});

describe("leadGallery", () => {
  it("takes the first gallery out of the body", () => {
    const g = `<div data-gallery="">${fig(1)}${fig(2)}</div>`;
    expect(leadGallery(`<p>a</p>${g}<p>b</p>${g}`)).toEqual({ gallery: g, rest: `<p>a</p><p>b</p>${g}` });
    expect(leadGallery(`<p>a</p>${fig(1)}`)).toBeNull();
  });
});
