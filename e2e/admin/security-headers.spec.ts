import { expect, test } from "@playwright/test";
import { expectHydrated, expectInjectedScriptBlocked, expectPageHeaders, watchCsp } from "../helpers/csp";
import { readDb } from "../helpers/db";
import { adminState } from "./accounts";

// The newsroom's page templates in Chromium: a nonce policy on each, no violation, and the parts
// that need scripts (the Tiptap editor, the ad desk's preview frames) still working.
test.describe.configure({ mode: "serial", timeout: 120_000 });
test.use({ storageState: adminState });

const frameAncestors = (csp: string) => /frame-ancestors ([^;]+)/.exec(csp)?.[1];

test("the login page has a nonce policy and may not be framed", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const violations = await watchCsp(page);
  const response = await page.goto("/admin/masuk");
  const csp = await expectPageHeaders(response, "nonce", "masuk");
  expect(frameAncestors(csp)).toBe("'none'");
  expect(response!.headers()["x-frame-options"]).toBe("DENY");
  // One Referrer-Policy, the newsroom's own: proxy.ts sets it over next.config.js's site-wide one.
  expect((await response!.headersArray()).filter((h) => h.name.toLowerCase() === "referrer-policy").map((h) => h.value)).toEqual(["same-origin"]);
  expect(response!.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  await expectHydrated(page, "masuk");
  expect(await violations()).toEqual([]);
  await expectInjectedScriptBlocked(page, violations);
  await context.close();
});

test("every newsroom page template runs without a violation, the editor included", async ({ page }) => {
  const violations = await watchCsp(page);
  const [story] = readDb<{ id: number }>("SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 1");
  const [draft] = readDb<{ public_id: string }>("SELECT public_id FROM articles WHERE status = 'draft' ORDER BY id LIMIT 1");
  const [image] = readDb<{ id: number }>("SELECT id FROM ad_creatives WHERE kind = 'image' ORDER BY id LIMIT 1");
  const pages = [
    { name: "article list", path: "/admin" },
    { name: "new article", path: "/admin/berita/baru", editor: true },
    { name: "edit article", path: `/admin/berita/${story.id}`, editor: true },
    { name: "staff", path: "/admin/staf" },
    { name: "account", path: "/admin/akun" },
    { name: "ad desk", path: "/admin/iklan" },
    { name: "new ad", path: "/admin/iklan/baru" },
    { name: "ad settings", path: "/admin/iklan/pengaturan" },
    { name: "edit picture ad", path: `/admin/iklan/${image.id}` },
  ];
  for (const p of pages) {
    const response = await page.goto(p.path);
    expect(response?.status(), p.name).toBe(200);
    const csp = await expectPageHeaders(response, "nonce", p.name);
    expect(frameAncestors(csp), p.name).toBe("'none'");
    await expectHydrated(page, p.name);
    if (p.editor) {
      // Tiptap mounted: its toolbar appears only once the editor is created.
      await expect(page.getByRole("toolbar", { name: "Format teks" })).toBeVisible();
      await page.getByRole("textbox", { name: "Isi berita" }).click();
      await page.keyboard.type(" Uji CSP.");
      await expect(page.getByRole("textbox", { name: "Isi berita" })).toContainText("Uji CSP.");
    }
    expect(await violations(), p.name).toEqual([]);
  }

  // The staff preview of a draft: the reader page, per request, with a nonce.
  const preview = await page.goto(`/pratinjau/${draft.public_id}`);
  expect(preview?.status()).toBe(200);
  await expectPageHeaders(preview, "nonce", "pratinjau");
  await expectHydrated(page, "pratinjau");
  expect(await violations(), "pratinjau").toEqual([]);
});

test("the ad desk's preview frames: framed by the desk only, and an HTML tag still runs in its sandbox", async ({ page }) => {
  const violations = await watchCsp(page);
  const [html] = readDb<{ id: number }>("SELECT id FROM ad_creatives WHERE kind = 'html' ORDER BY id LIMIT 1");
  await page.goto(`/admin/iklan/${html.id}`);
  expect(await violations()).toEqual([]);

  const framed = await page.request.get(`/admin/pratinjau-iklan/${html.id}`);
  const policies = framed.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(1);
  expect(frameAncestors(policies[0].value)).toBe("'self'");
  expect(framed.headers()["x-frame-options"]).toBe("SAMEORIGIN");

  // Preview frame -> sandboxed creative frame -> the tag's script marks its body.
  const preview = page.frameLocator('iframe[title^="Pratinjau Desktop"]');
  const creative = preview.locator("iframe");
  await expect(creative).toHaveAttribute("sandbox", "allow-scripts allow-popups allow-popups-to-escape-sandbox");
  const frame = await (await creative.elementHandle())!.contentFrame();
  await expect.poll(() => frame!.evaluate(() => document.body.dataset.jam), { timeout: 10_000 }).toBe("jalan");
  expect(await violations()).toEqual([]);
});
