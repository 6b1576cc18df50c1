import { describe, expect, it } from "vitest";
import { bacaJugaAfter, escapeHtml, htmlToText, paragraphsToHtml, splitBlocks, withLeadIn } from "./html";

describe("escapeHtml", () => {
  it("escapes markup characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("paragraphsToHtml", () => {
  it("wraps and escapes each paragraph", () => {
    expect(paragraphsToHtml([" Satu ", "Dua <3"])).toBe("<p>Satu</p><p>Dua &lt;3</p>");
  });
});

describe("splitBlocks", () => {
  it("splits top-level blocks and keeps nested markup inside them", () => {
    const html = '<p>Satu <strong>tebal</strong></p><h2>Sub</h2><ul><li><p>a</p></li><li>b</li></ul><blockquote><p>k</p></blockquote>';
    expect(splitBlocks(html)).toEqual([
      { tag: "p", html: "<p>Satu <strong>tebal</strong></p>" },
      { tag: "h2", html: "<h2>Sub</h2>" },
      { tag: "ul", html: "<ul><li><p>a</p></li><li>b</li></ul>" },
      { tag: "blockquote", html: "<blockquote><p>k</p></blockquote>" },
    ]);
  });

  it("treats void elements and stray text as blocks", () => {
    expect(splitBlocks("teks lepas<hr><p>a<br>b</p>")).toEqual([
      { tag: "p", html: "<p>teks lepas</p>" },
      { tag: "hr", html: "<hr>" },
      { tag: "p", html: "<p>a<br>b</p>" },
    ]);
  });

  it("returns nothing for an empty body", () => {
    expect(splitBlocks("  ")).toEqual([]);
  });

  it("keeps an unclosed block rather than dropping text", () => {
    expect(splitBlocks("<p>a</p><p>b")).toEqual([
      { tag: "p", html: "<p>a</p>" },
      { tag: "p", html: "<p>b" },
    ]);
  });
});

describe("bacaJugaAfter", () => {
  const p = { tag: "p" };
  const h = { tag: "h2" };
  it("goes after the second paragraph", () => {
    expect(bacaJugaAfter([p, p, p, p])).toBe(1);
    expect(bacaJugaAfter([h, p, h, p, p])).toBe(3);
  });
  it("goes after the first when there are only two", () => {
    expect(bacaJugaAfter([p, p])).toBe(0);
    expect(bacaJugaAfter([p])).toBe(0);
  });
  it("has no place without paragraphs", () => {
    expect(bacaJugaAfter([h])).toBeNull();
  });
});

describe("withLeadIn", () => {
  it("goes inside the opening tag", () => {
    expect(withLeadIn('<p class="a">Isi</p>', "<b>X --</b> ")).toBe('<p class="a"><b>X --</b> Isi</p>');
  });
  it("prefixes text without a tag", () => {
    expect(withLeadIn("Isi", "X ")).toBe("X Isi");
  });
});

describe("htmlToText", () => {
  it("drops tags, separates blocks and decodes entities", () => {
    expect(htmlToText("<p>Satu &amp; <strong>dua</strong></p><ul><li>a</li><li>b&#39;c</li></ul><p>x<br>y &#8212; z</p>")).toBe(
      "Satu & dua\n\na\n\nb'c\n\nx\ny — z",
    );
  });
  it("round-trips paragraphsToHtml", () => {
    expect(htmlToText(paragraphsToHtml(["A <b> & \"C\"", "D"]))).toBe('A <b> & "C"\n\nD');
  });
});

describe("library photos in the body (issue 16)", () => {
  const stored = '<p>Satu</p><figure data-photo="41"><figcaption>Warga &amp; relawan</figcaption></figure><div data-gallery=""><figure data-photo="42"></figure><figure data-photo="43"><figcaption>Sore</figcaption></figure></div><p>Dua</p><p>Tiga</p>';

  it("indexes the captions a story gives, never the library ids", () => {
    const text = htmlToText(stored);
    expect(text).toBe("Satu\n\nWarga & relawan\n\nSore\n\nDua\n\nTiga");
    expect(text).not.toMatch(/4[123]/);
  });

  it("keeps a figure and a whole gallery as one block each, so Baca Juga never lands inside a gallery", () => {
    const blocks = splitBlocks(stored);
    expect(blocks.map((b) => b.tag)).toEqual(["p", "figure", "div", "p", "p"]);
    expect(blocks[2].html).toBe('<div data-gallery=""><figure data-photo="42"></figure><figure data-photo="43"><figcaption>Sore</figcaption></figure></div>');
    // After the second paragraph, counting paragraphs only: past the photos.
    expect(bacaJugaAfter(blocks)).toBe(3);
  });
});
