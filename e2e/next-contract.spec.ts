import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { type APIResponse, expect, test } from "@playwright/test";
import { hashPolicy, inlineScripts } from "../lib/csp.mjs";
import { articlePath } from "../lib/urls";
import { expectInjectedScriptBlocked, expectPageHeaders, expectReaderScriptOnly, watchCsp } from "./helpers/csp";
import { visibleArticles } from "./helpers/db";

// The server half of the contract with Next's internals listed in lib/next-internals.mjs (the unit half
// is lib/next-internals.test.ts): what a reader gets from a cached route, on the render that fills the
// cache above all. After an upgrade of `next`, each failure names what to re-check.
// Server behaviour: one browser profile is enough.
test.skip(({ isMobile }) => isMobile, "server behaviour: one profile");

const UPGRADE = "Next's behaviour changed (see lib/next-internals.mjs):";
const NOTICE = /<h1\b[^>]*>Halaman tidak ditemukan<\/h1>/;
const hex = () => randomBytes(4).toString("hex");

/** The one Content-Security-Policy of a response: the policy lib/isr-cache-handler.mjs computed from this very HTML. */
function expectStoredPolicy(res: APIResponse, html: string, which: string) {
  const policies = res.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);
  expect(policies, `${UPGRADE} ${which} does not carry the Content-Security-Policy stored with its HTML: Next no longer sends an entry's headers on it, or builds it before the cache handler's set() returns (lib/isr-cache-handler.mjs asReaderPage())`).toEqual([hashPolicy(html)]);
}

/** The build's preview-mode id: Next's on-demand revalidation (x-prerender-revalidate) takes it as its password. */
function previewModeId(): string {
  return JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")).preview.previewModeId;
}

test("a notFound() inside <Suspense> in an ISR route answers 404 with its notice in the server HTML", async ({ request }) => {
  // A story nobody published, at an address nobody asked for: the first answer is the render itself.
  const path = `/berita/zzzzzzzz/kontrak-${hex()}`;
  const render = await request.get(path);
  expect(render.headers()["x-nextjs-cache"], `${UPGRADE} ${path} no longer renders through the ISR cache, and components/shared/CachedNotFound.tsx needs an ISR render: a per-request one answers 200`).toBe("MISS");
  const recheck = "re-check components/shared/CachedNotFound.tsx (notFound() thrown inside <Suspense>)";
  for (const [which, res] of [["the render", render], ["the next request", await request.get(path)]] as const) {
    const html = await res.text();
    expect(res.status(), `${UPGRADE} ${which} of an unknown story no longer answers 404; ${recheck}`).toBe(404);
    expect(html, `${UPGRADE} ${which} of an unknown story has no Indonesian notice in the server HTML, so it is blank without JavaScript; ${recheck}`).toMatch(NOTICE);
    expectStoredPolicy(res, html, `${which} of an unknown story`);
  }
});

test("a cached article goes out without Next's scripts, and with its policy, on the first response after a revalidation", async ({ request }) => {
  const [story] = visibleArticles();
  const path = articlePath({ publicId: story.public_id, slug: story.slug });
  expect((await request.get(path)).status(), path).toBe(200);
  // Next's on-demand revalidation: this request renders the page again, stores the render and is answered
  // with it, the way the first reader after an editor's save is.
  const res = await request.get(path, { headers: { "x-prerender-revalidate": previewModeId() } });
  expect(res.headers()["x-nextjs-cache"], `could not force a render of ${path}: Next no longer revalidates on x-prerender-revalidate with the build's previewModeId (.next/prerender-manifest.json); force one another way in this test`).toBe("REVALIDATED");
  expect(res.status(), path).toBe(200);
  const html = await res.text();
  const which = "the first response after a revalidation";
  const rewritten = `the cache handler's set() no longer rewrites the HTML that response is built from (lib/isr-cache-handler.mjs asReaderPage(), lib/reader-html.mjs)`;
  expect(html, `${UPGRADE} ${which} still loads Next's client runtime (/_next/…): ${rewritten}`).not.toMatch(/<(?:script|link)\b[^>]*\b(?:src|href)="\/_next\/[^"]*\.js"/);
  expect(inlineScripts(html), `${UPGRADE} ${which} still has Next's inline scripts: ${rewritten}`).toEqual([]);
  expect(html, `${which}: Warta's own script stays`).toMatch(/<script\b[^>]*\bsrc="\/warta\.js\?v=[0-9a-f]{8}"/);
  expectStoredPolicy(res, html, which);
});

test("an ISR page carries its policy, and no Next runtime, on the render that fills the cache and on the hits after it", async ({ page, request }) => {
  const violations = await watchCsp(page);
  // Words nobody searched before: the first answer is the render itself.
  const path = `/cari?q=csp${hex()}`;
  const miss = await page.goto(path);
  expect(miss?.headers()["x-nextjs-cache"]).toBe("MISS");
  const first = `${UPGRADE} the render that fills the cache (the response must be built from the entry after lib/isr-cache-handler.mjs set() returns)`;
  const missPolicy = await expectPageHeaders(miss, "cached", first);
  await expectReaderScriptOnly(page, first);
  expect(await violations()).toEqual([]);
  await expectInjectedScriptBlocked(page, violations);

  const hit = await page.reload();
  expect(hit?.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
  const later = `${UPGRADE} a cache hit (Next sends the headers and HTML stored with an entry)`;
  expect(await expectPageHeaders(hit, "cached", later)).toBe(missPolicy);
  await expectReaderScriptOnly(page, later);
  expect(await violations()).toEqual([]);
  // A cache hit costs no proxy work: no nonce, and nothing telling nginx not to keep it.
  const again = await request.get(path);
  expect(again.headers()["x-accel-expires"]).toBeUndefined();
});
