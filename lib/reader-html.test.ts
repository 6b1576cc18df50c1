import { describe, expect, it } from "vitest";
import { inlineScripts } from "./csp.mjs";
import { withoutFrameworkScripts } from "./reader-html.mjs";

// The shape of a page Next 16 writes: build chunks, their preload hints, the RSC payload inline.
const page = [
  '<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<link rel="preload" as="image" imageSrcSet="/media/a-640.webp 640w" fetchPriority="high"/>',
  '<script src="/_next/static/chunks/w.js" async=""></script>',
  '<script src="/warta.js?v=1234abcd" async="" data-views="/api/views"></script>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  "</head><body><p>Isi berita</p><noscript><img src=\"/api/views/pixel?id=x\"/></noscript>",
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{}"])</script>',
  '<script type="module">import "/x.js"</script>',
  "</body></html>",
].join("");

describe("withoutFrameworkScripts", () => {
  const out = withoutFrameworkScripts(page);

  it("drops Next's build files, their hints and every inline script that runs", () => {
    expect(out).not.toContain("/_next/static/chunks/w.js");
    expect(out).not.toContain("modulepreload");
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("import");
    expect(inlineScripts(out)).toEqual([]);
  });

  it("keeps Warta's script, JSON-LD, styles, the image hint and the content", () => {
    expect(out).toContain('<script src="/warta.js?v=1234abcd" async="" data-views="/api/views"></script>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(out).toContain('rel="preload" as="image"');
    expect(out).toContain('<p>Isi berita</p><noscript><img src="/api/views/pixel?id=x"/></noscript>');
  });

  it("changes nothing the second time", () => {
    expect(withoutFrameworkScripts(out)).toBe(out);
  });
});
