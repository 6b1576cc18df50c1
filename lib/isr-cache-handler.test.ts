import { describe, expect, it } from "vitest";
import { IsrCacheHandler, lookupStartsRender, revalidatedSince, UNKNOWN_START_MS } from "./isr-cache-handler.mjs";
import { appPage, appPageLookup as ctx, appPageStore as setCtx, memoryStoreContext } from "./testing/next-cache";

const TAG = "_N_T_/(site)/berita/[id]/[[...slug]]/page";

function handler() {
  return new IsrCacheHandler(memoryStoreContext());
}

/** The HTML of a cache entry, typed loosely: Next's entry types are a union of every route kind. */
function html(entry: unknown) {
  return (entry as { value: { html: string } } | null)?.value.html;
}

function page(html: string, status = 200) {
  return appPage(html, { "x-next-cache-tags": `_N_T_/layout,${TAG}` }, status);
}

describe("IsrCacheHandler", () => {
  it("keeps a page rendered with no change in between", async () => {
    const cache = handler();
    const key = `/keep-${Math.random()}`;
    expect(await cache.get(key, ctx)).toBeNull();
    await cache.set(key, page("lama"), setCtx);
    expect(html(await cache.get(key, ctx))).toBe("lama");
  });

  it("refuses a page whose render began before its tags were revalidated", async () => {
    const cache = handler();
    const key = `/race-${Math.random()}`;
    // A reader's request misses and starts a render from the data as it was...
    expect(await cache.get(key, ctx)).toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    // ...an editor unpublishes the story meanwhile...
    await cache.revalidateTag([TAG]);
    await new Promise((r) => setTimeout(r, 5));
    // ...and the render finishes after the save. Next's own store would keep it as fresh.
    await cache.set(key, page("sudah ditarik"), setCtx);
    expect(await cache.get(key, ctx)).toBeNull();
    // The next render starts after the change and is kept.
    await cache.set(key, page("baru"), setCtx);
    expect(html(await cache.get(key, ctx))).toBe("baru");
  });

  it("stores a page without Next's scripts, with the policy of what is left, and sends that even when it refuses the page", async () => {
    const cache = handler();
    const key = `/csp-${Math.random()}`;
    await cache.get(key, ctx);
    const kept = '<script type="application/ld+json">{}</script><script src="/warta.js?v=1" async=""></script>';
    const entry = page(`<p>ok</p><script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script>${kept}`);
    await cache.set(key, entry, setCtx);
    const stored = (await cache.get(key, ctx)) as { value: { html: string; headers: Record<string, string> } } | null;
    expect(stored?.value.html).toBe(`<p>ok</p>${kept}`);
    expect(stored?.value.headers["content-security-policy"]).toContain("script-src 'self';");

    // A refused render is still the answer to the request that made it: same object, same treatment.
    const tag = `_N_T_/csp-${Math.random()}`;
    await cache.revalidateTag([tag]);
    const refused = appPage("<p>x</p><script>b()</script>", { "x-next-cache-tags": tag });
    await cache.set(`/refused-${Math.random()}`, refused, setCtx);
    expect(refused.html).toBe("<p>x</p>");
    expect(refused.headers?.["content-security-policy"]).toContain("script-src 'self';");
  });

  it("keeps Next's scripts on a page that did not render (a 404 inside a cached route)", async () => {
    const cache = handler();
    const key = `/404-${Math.random()}`;
    await cache.get(key, ctx);
    const notFound = page('<html id="__next_error__"><script>self.__next_f.push([1,"Halaman tidak ditemukan"])</script></html>', 404);
    await cache.set(key, notFound, setCtx);
    expect(html(await cache.get(key, ctx))).toContain("Halaman tidak ditemukan");
    expect(notFound.headers?.["content-security-policy"]).toContain("'sha256-");
  });

  it("treats a render it never saw start as having started a while ago", async () => {
    const cache = handler();
    const key = `/unseen-${Math.random()}`;
    const tag = `_N_T_/unseen-${Math.random()}`;
    await cache.revalidateTag([tag]);
    await cache.set(key, appPage("x", { "x-next-cache-tags": tag }), setCtx);
    expect(await cache.get(key, ctx)).toBeNull();
  });
});

describe("revalidatedSince", () => {
  const manifest = new Map([["a", { expired: 1_000 }], ["b", { stale: 5_000 }]]);
  it("looks only at expiry times at or after the start", () => {
    expect(revalidatedSince(["a"], 1_000, manifest)).toBe(true);
    expect(revalidatedSince(["a"], 1_001, manifest)).toBe(false);
    expect(revalidatedSince(["b", "c"], 0, manifest)).toBe(false);
    expect(UNKNOWN_START_MS).toBeGreaterThan(1_000);
  });
});

describe("lookupStartsRender", () => {
  it("is true for a miss and for an entry past its revalidate time", () => {
    expect(lookupStartsRender(null, 0)).toBe(true);
    const entry = { lastModified: 10_000, cacheControl: { revalidate: 30 } };
    expect(lookupStartsRender(entry, 39_999)).toBe(false);
    expect(lookupStartsRender(entry, 40_000)).toBe(true);
    expect(lookupStartsRender({ lastModified: 0 }, 10 ** 12)).toBe(false);
  });
});
