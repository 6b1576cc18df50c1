import { describe, expect, it } from "vitest";
import { sanitizeBody } from "./sanitize";

const fig = (id: string | number, caption?: string) => `<figure data-photo="${id}">${caption === undefined ? "" : `<figcaption>${caption}</figcaption>`}</figure>`;

describe("sanitizeBody: library photos", () => {
  it("keeps a figure by library id, with a plain-text caption override", () => {
    const html = `<p>a</p>${fig(12)}${fig(7, "Teks pengganti &amp; lain")}`;
    expect(sanitizeBody(html)).toBe(html);
  });

  it("keeps a gallery of figures", () => {
    const html = `<div data-gallery="">${fig(1)}${fig(2, "Dua")}${fig(3)}</div>`;
    expect(sanitizeBody(html)).toBe(html);
  });

  it("strips an <img>, a src and every other attribute, and the markup inside a caption", () => {
    const dirty = '<figure data-photo="5" class="x" src="https://evil.example/a.jpg" onclick="x()"><img src="https://evil.example/a.jpg"><figcaption>Hujan <strong>deras</strong> <img src=x onerror=alert(1)>di kota</figcaption><p>lain</p></figure>';
    expect(sanitizeBody(dirty)).toBe(fig(5, "Hujan deras di kota"));
  });

  it("drops a figure that names no library id", () => {
    for (const id of ["", "x", "0", "012", "-3", "1e3", "1234567890", "javascript:alert(1)", " 5"]) {
      expect(sanitizeBody(`<p>a</p><figure data-photo="${id}"><figcaption>k</figcaption></figure>`), id).toBe("<p>a</p>");
    }
    expect(sanitizeBody("<figure><img src=x><figcaption>Tanpa id</figcaption></figure>")).toBe("");
  });

  it("keeps photos at the top level only", () => {
    expect(sanitizeBody(`<ul><li>a${fig(3)}</li></ul><blockquote>${fig(4)}<p>q</p></blockquote>`)).toBe("<ul><li>a</li></ul><blockquote><p>q</p></blockquote>");
    // A browser closes the paragraph before a figure: the figure then stands at the top level.
    expect(sanitizeBody(`<p>a${fig(3)}b</p>`)).toBe(`<p>a</p>${fig(3)}b<p></p>`);
  });

  it("unwraps other divs and stray captions to their text, as before", () => {
    expect(sanitizeBody('<div class="x"><p>a</p></div><figcaption>lepas</figcaption>')).toBe("<p>a</p>lepas");
  });

  it("keeps only the figures of a gallery; one photo left is a figure, none is nothing", () => {
    expect(sanitizeBody(`<div data-gallery="x" class="y"><p>teks</p>${fig(1)}<img src=x>${fig("x")}${fig(2)}</div>`)).toBe(
      `<div data-gallery="">${fig(1)}${fig(2)}</div>`,
    );
    expect(sanitizeBody(`<div data-gallery="">${fig(9, "satu")}${fig("x")}</div>`)).toBe(fig(9, "satu"));
    expect(sanitizeBody(`<div data-gallery=""><p>kosong</p></div>`)).toBe("");
  });

  it("never nests galleries", () => {
    expect(sanitizeBody(`<div data-gallery="">${fig(1)}<div data-gallery="">${fig(2)}${fig(3)}</div></div>`)).toBe(fig(1));
  });

  it("keeps a gallery over 30 whole: the save refuses it, nothing is cut silently", () => {
    const html = `<div data-gallery="">${Array.from({ length: 31 }, (_, i) => fig(i + 1)).join("")}</div>`;
    expect(sanitizeBody(html)).toBe(html);
  });

  it("is idempotent on photo nodes", () => {
    for (const html of [`<p>x</p><figure data-photo="5"><figcaption> a  &lt;b&gt; </figcaption></figure>`, `<div data-gallery="">${fig(1, "&amp;")}${fig(2)}</div>`]) {
      const once = sanitizeBody(html);
      expect(sanitizeBody(once)).toBe(once);
    }
  });
});
