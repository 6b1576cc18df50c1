import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { watchCsp } from "./helpers/csp";
import { readDb } from "./helpers/db";
import { expectNoHorizontalScroll } from "./helpers/page";

// Share links on a story (issue 16; components/article/ShareLinks.tsx, `shareLinks` in public/warta.js),
// on desktop and the phone profile, with JavaScript on and off.

const NAMES = ["Bagikan ke WhatsApp", "Bagikan ke Telegram", "Bagikan ke X", "Bagikan ke Facebook", "Salin tautan"];

/** The newest published story; resolved inside a test, once the server has seeded its database. */
function storyPath(): string {
  const [a] = readDb<{ public_id: string; slug: string }>(
    "SELECT public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1",
  );
  return `/berita/${a.public_id}/${a.slug}`;
}

const groups = (page: Page) => page.getByRole("list", { name: "Bagikan berita ini" });

/** Every request to a host other than Warta's own, answered with an abort so nothing leaves the machine. */
async function watchThirdParty(page: Page, baseURL: string): Promise<string[]> {
  const own = new URL(baseURL).host;
  const seen: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.host === own || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    seen.push(url.href);
    return route.abort();
  });
  return seen;
}

/** Layout shifts from before the first byte, as the CLS metric counts them. */
async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: string[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (!e.hadRecentInput) w.__shifts.push(`${e.value.toFixed(4)} ${e.sources?.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80)).join(" | ")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
}

/** Gives the page a share sheet that records what it was asked to share. */
async function stubShareSheet(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shared: ShareData[] };
    w.__shared = [];
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value: async (data: ShareData) => void w.__shared.push(data),
    });
  });
}

/** A browser without a share sheet, whatever the one under test has. */
async function removeShareSheet(page: Page) {
  await page.addInitScript(() => {
    delete (Navigator.prototype as Partial<Navigator>).share;
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`share links with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("are plain links, WhatsApp first, each with the canonical URL encoded and no tracking", async ({ page, baseURL }) => {
      const path = storyPath();
      const thirdParty = await watchThirdParty(page, baseURL!);
      // A reader who arrived from a campaign link must not pass the campaign on.
      await page.goto(`${path}?utm_source=whatsapp&utm_medium=share&fbclid=abc`);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(canonical).toBe(`${baseURL}${path}`);
      const title = (await page.locator("h1").textContent())!.trim();

      await expect(groups(page)).toHaveCount(2);
      for (const group of await groups(page).all()) {
        const links = group.getByRole("link");
        expect(await Promise.all((await links.all()).map((l) => l.getAttribute("title")))).toEqual(NAMES);
        for (const [i, name] of NAMES.entries()) await expect(links.nth(i)).toHaveAccessibleName(name);
        const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
        expect(hrefs).toEqual([
          `https://wa.me/?text=${encodeURIComponent(`${title} ${canonical}`)}`,
          `https://t.me/share/url?url=${encodeURIComponent(canonical!)}&text=${encodeURIComponent(title)}`,
          `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${encodeURIComponent(canonical!)}`,
          `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical!)}`,
          canonical,
        ]);
        for (const href of hrefs) expect(decodeURIComponent(href)).not.toMatch(/utm_|fbclid/);
        // The services open in a new tab that cannot reach back into this one.
        for (const link of (await links.all()).slice(0, 4)) {
          await expect(link).toHaveAttribute("target", "_blank");
          await expect(link).toHaveAttribute("rel", "noopener noreferrer");
        }
      }
      expect(thirdParty, "requests to third parties on load").toEqual([]);
    });

    test("are clean for axe, fit 360 px, shift nothing and break no CSP rule", async ({ page, baseURL }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      const violations = await watchCsp(page);
      const shifts = await watchLayoutShift(page);
      const thirdParty = await watchThirdParty(page, baseURL!);
      await stubShareSheet(page); // the most that can appear: every button, "Bagikan" too
      await page.goto(storyPath());
      if (javaScriptEnabled) await expect(groups(page).first().getByRole("button", { name: "Bagikan", exact: true })).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(300);
      await expectNoHorizontalScroll(page);
      // Both rows stay one line of buttons at 360 px: a "Bagikan" that wrapped would push the story down.
      for (const group of await groups(page).all()) expect((await group.boundingBox())!.height).toBeLessThanOrEqual(40);
      // axe and the layout-shift observer need the page's JavaScript; the page without it has the same
      // markup as one without a share sheet, which the test of that case runs through axe.
      if (javaScriptEnabled) {
        await expectNoAxeViolations(page, { label: "story with share links" });
        expect(await shifts(), "layout shifts").toEqual([]);
      }
      expect(await violations()).toEqual([]);
      expect(thirdParty).toEqual([]);
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows no Bagikan button, and Salin tautan is a link to the story itself", async ({ page, baseURL }) => {
    await stubShareSheet(page); // even where the browser has a share sheet: without the script nothing can call it
    const path = storyPath();
    await page.goto(path);
    for (const group of await groups(page).all()) {
      await expect(group.getByRole("button", { name: "Bagikan", exact: true })).toBeHidden();
      await expect(group.getByRole("link", { name: "Salin tautan" })).not.toHaveAttribute("target");
    }
    await groups(page).first().getByRole("link", { name: "Salin tautan" }).click();
    await expect(page).toHaveURL(`${baseURL}${path}`);
  });
});

test.describe("with JavaScript", () => {
  test("Salin tautan copies the canonical URL and says so, without leaving the page", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const violations = await watchCsp(page);
    const path = storyPath();
    await page.goto(`${path}?utm_campaign=x`);
    await page.evaluate(() => navigator.clipboard.writeText("kosong"));
    const group = page.locator("[data-share]").last();
    await expect(group.getByRole("status")).toHaveText("");
    await group.getByRole("link", { name: "Salin tautan" }).click();
    await expect(group.getByRole("status")).toHaveText("Tautan disalin");
    await expect(page.locator("[data-share]").first().getByRole("status"), "only the row that was used speaks").toHaveText("");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}`);
    expect(page.url()).toBe(`${baseURL}${path}?utm_campaign=x`);
    // The note goes away by itself, so the next copy is announced again.
    await expect(group.getByRole("status")).toHaveText("", { timeout: 10_000 });
    expect(await violations()).toEqual([]);
  });

  test("Bagikan stays hidden where the browser has no share sheet", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await removeShareSheet(page);
    await page.goto(storyPath());
    // warta.js has run: Salin tautan copies instead of leaving.
    await groups(page).first().getByRole("link", { name: "Salin tautan" }).click();
    await expect(page.locator("[data-share]").first().getByRole("status")).toHaveText("Tautan disalin");
    await expect(page.locator("html")).not.toHaveAttribute("data-share-sheet");
    for (const group of await groups(page).all()) await expect(group.getByRole("button", { name: "Bagikan", exact: true })).toBeHidden();
    await expectNoAxeViolations(page, { label: "story without a share sheet" });
  });

  test("Bagikan opens the phone's share sheet with the story's title and canonical URL", async ({ page, baseURL }) => {
    await stubShareSheet(page);
    const path = storyPath();
    await page.goto(`${path}?utm_source=x`);
    const title = (await page.locator("h1").textContent())!.trim();
    const button = groups(page).first().getByRole("button", { name: "Bagikan", exact: true });
    await expect(button).toBeVisible();
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([{ title, url: `${baseURL}${path}` }]);
    expect(page.url()).toContain("utm_source=x"); // the page itself did not move
  });
});
