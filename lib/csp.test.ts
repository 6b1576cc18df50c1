import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ALL_PLAYER_ORIGINS, createNonce, hashPolicy, inlineScripts, noncePolicy, scriptHash } from "./csp.mjs";
import { expandEmbeds } from "./embeds";

const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src "));

describe("inlineScripts", () => {
  it("takes the bodies a browser would run, once each, and skips files and data blocks", () => {
    const html = [
      '<script src="/_next/static/a.js" async=""></script>',
      '<script id="_R_">self.__next_f=[]</script>',
      '<script>self.__next_f.push([1,"<\\u003c"])</script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script type="module">m()</script>',
      "<SCRIPT TYPE='text/javascript'>t()</SCRIPT >",
      '<script>self.__next_f=[]</script>',
      "<script></script>",
    ].join("\n");
    expect(inlineScripts(html)).toEqual(["self.__next_f=[]", 'self.__next_f.push([1,"<\\u003c"])', "m()", "t()", ""]);
  });
});

describe("scriptHash", () => {
  it("is the base64 SHA-256 of the UTF-8 body, as browsers compute it", () => {
    const body = 'document.title="Berita — Indonesia"';
    const expected = createHash("sha256").update(Buffer.from(body, "utf8")).digest("base64");
    expect(scriptHash(body)).toBe(`'sha256-${expected}'`);
  });
});

describe("hashPolicy and noncePolicy", () => {
  it("never let inline scripts run by 'unsafe-inline', and keep inline styles out too", () => {
    const hashed = hashPolicy("<script>a()</script><script>b()</script>");
    expect(scriptSrc(hashed)).toBe(`script-src 'self' ${scriptHash("a()")} ${scriptHash("b()")}`);
    const nonce = createNonce();
    const noncePage = noncePolicy(nonce);
    expect(scriptSrc(noncePage)).toBe(`script-src 'self' 'nonce-${nonce}'`);
    for (const policy of [hashed, noncePage, hashPolicy("")]) {
      expect(policy).not.toContain("unsafe-inline");
      expect(policy).not.toContain("unsafe-eval");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).not.toContain("frame-ancestors");
    }
  });

  it("names frame-ancestors only when asked (the newsroom)", () => {
    expect(noncePolicy("n", "'none'")).toMatch(/; frame-ancestors 'none'$/);
  });
});

describe("frame-src", () => {
  const frameSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("frame-src "));
  const embeds = (...nodes: string[]) => `<article>${expandEmbeds(nodes.join(""))}</article>`;

  it("allows the player of each provider a cached page embeds, and no other", () => {
    expect(frameSrc(hashPolicy("<p>tanpa sematan</p>"))).toBe("frame-src 'self'");
    expect(frameSrc(hashPolicy(embeds('<div data-embed="youtube" data-id="dQw4w9WgXcQ"></div>')))).toBe("frame-src 'self' https://www.youtube-nocookie.com");
    const all = embeds(
      '<div data-embed="tiktok" data-id="kompascom/7234567890123456789"></div>',
      '<div data-embed="x" data-id="1460323737035677698"></div>',
      '<div data-embed="x" data-id="20"></div>',
      '<div data-embed="facebook" data-id="kompascom/posts/123"></div>',
    );
    expect(frameSrc(hashPolicy(all))).toBe("frame-src 'self' https://platform.twitter.com https://www.tiktok.com https://www.facebook.com");
  });

  it("is not widened by text or attribute values that merely read like an embed", () => {
    for (const html of ['<p>data-embed="youtube"</p>', '<p>&lt;div data-embed="instagram"&gt;</p>', '<a href="https://a.id/?data-embed=&quot;x&quot;">x</a>', '<div data-embed="vimeo"></div>']) {
      expect(frameSrc(hashPolicy(html)), html).toBe("frame-src 'self'");
    }
  });

  it("gives a per-request page the players only when asked (staff previews)", () => {
    expect(frameSrc(noncePolicy("n"))).toBe("frame-src 'self'");
    expect(frameSrc(noncePolicy("n", undefined, ALL_PLAYER_ORIGINS))).toBe(`frame-src 'self' ${ALL_PLAYER_ORIGINS.join(" ")}`);
    expect(ALL_PLAYER_ORIGINS).toHaveLength(5);
  });
});

describe("createNonce", () => {
  it("is 128 random bits, different every time", () => {
    const a = createNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });
});

describe("proxy.ts matcher", () => {
  it("gives a nonce to the pages rendered per request and to no ISR page", async () => {
    const { PER_REQUEST } = await import("../proxy");
    for (const path of ["/admin", "/admin/berita/7", "/cari", "/indeks", "/pratinjau/abcdefgh"]) expect(PER_REQUEST.test(path), path).toBe(true);
    for (const path of ["/", "/berita/abcdefgh/judul", "/kanal/nasional", "/tag/banjir/halaman/2", "/cari/hasil/banjir/1", "/tidak/ada", "/penulis/dimas-prasetyo", "/administrasi"])
      expect(PER_REQUEST.test(path), path).toBe(false);
  });

  it("gives the newsroom its own headers, lets only the ad desk frame its preview, and leaves reader pages alone", async () => {
    const { adminHeaders } = await import("../proxy");
    expect(adminHeaders("/admin/masuk")).toEqual({ "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin", "X-Robots-Tag": "noindex, nofollow" });
    expect(adminHeaders("/admin")?.["X-Frame-Options"]).toBe("DENY");
    expect(adminHeaders("/admin/pratinjau-iklan/3")?.["X-Frame-Options"]).toBe("SAMEORIGIN");
    for (const path of ["/", "/administrasi", "/indeks", "/kanal/admin", "/pratinjau/admin"]) expect(adminHeaders(path), path).toBeNull();
  });

  it("leaves exactly the searches next.config.js sends to the cached route to the cache", async () => {
    const { config } = await import("../proxy");
    const nextConfig = (await import("../next.config.js")).default as { rewrites(): Promise<{ beforeFiles: { source: string; has?: { key: string; value?: string }[] }[] }> };
    const cached = (await nextConfig.rewrites()).beforeFiles.filter((r) => r.source === "/cari");
    const words = cached.map((r) => r.has!.find((h) => h.key === "q")!.value!.replace(/^\(\?<q>(.*)\)$/, "$1"));
    const pages = cached.flatMap((r) => r.has!.filter((h) => h.key === "halaman").map((h) => h.value!.replace(/^\(\?<n>(.*)\)$/, "$1")));
    const cari = config.matcher.filter((m) => typeof m !== "string");
    expect(new Set(words)).toEqual(new Set([cari[0].missing![0].value]));
    expect(pages).toEqual([cari[1].missing![0].value]);
  });
});
