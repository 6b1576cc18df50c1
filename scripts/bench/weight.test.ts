import { describe, expect, it } from "vitest";
import { scriptsOf } from "./weight";

describe("scriptsOf", () => {
  const m = { polyfillFiles: ["static/chunks/polyfill.js"] };

  it("finds build chunks in tags and in the RSC payload, and the site's own scripts", () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/polyfill.js" noModule=""></script>' +
      '<script src="/warta.js?v=1d10a395" async=""></script><script>self.__next_f.push([1,"I:[\\"static\\/chunks\\/b.js\\"]"])</script>' +
      '<script type="application/ld+json">{}</script>';
    expect(scriptsOf(html, m)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/warta.js?v=1d10a395"]);
  });

  it("finds only Warta's script on a cached reader page", () => {
    expect(scriptsOf('<script src="/warta.js?v=1" async=""></script>', m)).toEqual(["/warta.js?v=1"]);
  });
});
