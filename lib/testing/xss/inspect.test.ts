import { describe, expect, it } from "vitest";
import { unsafeHref, unsafeParts } from "./inspect";
import { loadXssPayloads } from "./payloads";

// The fuzz tests pass only if this check finds nothing, so it must find what it is meant to.
describe("unsafeParts", () => {
  it("passes what the editor makes", () => {
    expect(
      unsafeParts('<h2>Sub</h2><p>a <a href="https://contoh.id/x?a=1&amp;b=2" rel="noopener noreferrer nofollow">b</a></p><ul><li>c</li></ul><p><a href="/kanal/x" rel="noopener noreferrer nofollow">d</a></p>'),
    ).toEqual([]);
  });

  it("finds elements, handlers, script URLs and escapes from the wrapper", () => {
    expect(unsafeParts("<img src=x onerror=alert(1)>")).toEqual(["element <img> (http://www.w3.org/1999/xhtml)"]);
    expect(unsafeParts("<p onclick=x>a</p>")).toEqual(["attribute onclick on <p>"]);
    expect(unsafeParts('<a href="jav&#x09;ascript:alert(1)" rel="noopener noreferrer nofollow">a</a>')).toEqual([
      'href "jav\\tascript:alert(1)": scheme javascript:',
    ]);
    expect(unsafeParts("</div><p>lolos</p>")[0]).toMatch(/^escaped its container/);
    expect(unsafeParts("<svg><p>x</p></svg>")).toContain("element <svg> (http://www.w3.org/2000/svg)");
    expect(unsafeParts("<template><script>alert(1)</script></template>")).toContain("element <script> (http://www.w3.org/1999/xhtml)");
  });

  it("reads link schemes as a browser does", () => {
    expect(unsafeHref(" \u0001java\nscript:alert(1)")).toBe("scheme javascript:");
    expect(unsafeHref("VBScript:x")).toBe("scheme VBScript:");
    expect(unsafeHref("/\\evil.example")).toBe("protocol-relative");
    expect([unsafeHref("https://contoh.id"), unsafeHref("mailto:a@b.id"), unsafeHref("/berita/x"), unsafeHref("#catatan")]).toEqual([null, null, null, null]);
  });

  it("flags nearly every raw payload of the list", () => {
    const payloads = loadXssPayloads();
    expect(payloads.length).toBeGreaterThanOrEqual(150);
    const missed = payloads.filter((p) => unsafeParts(p).length === 0);
    // Those left are text or comments that only look like markup, and tricks the standard parser
    // itself defuses (a NUL becomes U+FFFD, <frame> and <frameset> are ignored inside a body, the
    // first of two href attributes wins).
    expect(missed).toEqual([
      "<frameset onload=alert(1)>",
      "<a href=\"java\u0000script:alert(1)\">klik</a>",
      "<a href=\"https:javascript:alert(1)\">klik</a>",
      "<frame src=\"javascript:alert(1)\">",
      "<p>&lt;img src=x onerror=alert(1)&gt;</p>",
      "<p>&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;</p>",
      "<!--<img src=x onerror=alert(1)>-->",
      "<!--!><img src=x onerror=alert(1)>-->",
      "<![CDATA[<img src=x onerror=alert(1)>]]>",
      '<a href="https://contoh.id/?q=</a><img src=x onerror=alert(1)>">ok</a>',
      '<a href="https://contoh.id" href="javascript:alert(1)">klik</a>',
    ]);
  });

  it("accepts library photos in their stored form only", () => {
    const ok = '<figure data-photo="3"><figcaption>Teks</figcaption></figure><div data-gallery=""><figure data-photo="1"></figure><figure data-photo="2"></figure></div>';
    expect(unsafeParts(ok)).toEqual([]);
    for (const bad of [
      '<figure data-photo="x"></figure>',
      '<figure data-photo="1"><img src="a.jpg"></figure>',
      '<figure data-photo="1"><figcaption><strong>b</strong></figcaption></figure>',
      '<ul><li><figure data-photo="1"></figure></li></ul>',
      '<div data-gallery=""><figure data-photo="1"></figure></div>',
      '<div data-gallery="x"><figure data-photo="1"></figure><figure data-photo="2"></figure></div>',
      '<div data-gallery=""><p>a</p><figure data-photo="1"></figure><figure data-photo="2"></figure></div>',
      "<div><p>a</p></div>",
    ]) {
      expect(unsafeParts(bad), bad).not.toEqual([]);
    }
  });
});
