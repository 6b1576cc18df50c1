import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { readDb } from "./helpers/db";
import { startSpareServer, type SpareServer } from "./helpers/server";

// Reader-side ads on the seeded house creatives: reserved boxes, no layout shift, the
// sandbox of HTML creatives, scheduling, impressions and clicks.

type Story = { id: number; public_id: string; slug: string };

/** The longest visible story without "Tanpa iklan": it certainly reaches the in-article slot. */
function storyWithAds(query: <T>(sql: string, ...p: unknown[]) => T[] = readDb): Story {
  const [row] = query<Story>(
    `SELECT id, public_id, slug FROM articles
      WHERE status = 'published' AND published_at <= ? AND no_ads = 0
      ORDER BY length(body) DESC LIMIT 1`,
    Date.now(),
  );
  return row;
}
const storyPath = (s: Story) => `/berita/${s.public_id}/${s.slug}`;

function creativeId(name: string, query: <T>(sql: string, ...p: unknown[]) => T[] = readDb): number {
  const [row] = query<{ id: number }>("SELECT id FROM ad_creatives WHERE name LIKE ?", `%${name}%`);
  return row.id;
}

/** Starts summing layout shifts before the page's first byte, as the CLS metric does. */
async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (e.hadRecentInput) continue;
        w.__cls += e.value;
        w.__shifts.push(`${e.value.toFixed(4)} ${e.sources?.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80)).join(" | ")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Scrolls to the bottom a screen at a time, then back up, letting lazy ads load on the way. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()!.height * 0.8;
  for (let y = 0; y <= height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(150);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(400);
  for (let y = height; y >= 0; y -= step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
}

/** Every visible slot: its name, the size of its box and whether its picture or frame has loaded. */
async function renderedSlots(page: Page) {
  return page.locator("[data-ad-slot]:visible").evaluateAll((slots) =>
    slots.map((slot) => {
      const box = slot.querySelector("img, iframe")!;
      const rect = box.getBoundingClientRect();
      const img = box instanceof HTMLImageElement ? box : null;
      return {
        slot: slot.getAttribute("data-ad-slot"),
        size: `${Math.round(rect.width)}x${Math.round(rect.height)}`,
        loaded: img ? img.complete && img.naturalWidth > 0 : true,
      };
    }),
  );
}

const isPhone = (page: Page) => page.viewportSize()!.width < 768;

test.describe("ad slots", () => {
  const pages = { home: () => "/", article: () => storyPath(storyWithAds()) };

  for (const [name, path] of Object.entries(pages)) {
    test(`${name}: every slot shows a labelled creative in its exact box, and nothing shifts (CLS < 0.01)`, async ({ page }) => {
      await watchLayoutShift(page);
      await page.goto(path());
      await page.waitForLoadState("load");
      await scrollThrough(page);

      const phone = isPhone(page);
      const wide = phone ? "320x100" : "728x90";
      const expected: Record<string, string> =
        name === "home"
          ? { leaderboard: wide, sidebar: "300x250", "between-sections": wide, "above-footer": wide }
          : { leaderboard: wide, "in-article": "300x250", sidebar: "300x250", "above-footer": wide };
      if (!phone) expected["half-page"] = "300x600";
      const slots = await renderedSlots(page);
      expect(Object.fromEntries(slots.map((s) => [s.slot, s.size]))).toEqual(expected);
      // The pictures really arrived, so a box that did not hold its size would have shifted the page.
      expect(slots.filter((s) => !s.loaded)).toEqual([]);
      await expect(page.locator("[data-ad-slot]:visible > p")).toHaveText(Object.keys(expected).map(() => "Advertisement"));
      // The half-page is for wide screens only; on a phone it is not even laid out.
      await expect(page.locator('[data-ad-slot="half-page"]')).toBeVisible({ visible: !phone });

      const { cls, shifts } = await page.evaluate(() => {
        const w = window as unknown as { __cls: number; __shifts: string[] };
        return { cls: w.__cls, shifts: w.__shifts };
      });
      expect(cls, shifts.join("\n")).toBeLessThan(0.01);

      // The observer is live: a box pushed in above the content is caught as a shift.
      await page.evaluate(() => document.querySelector("main")!.prepend(Object.assign(document.createElement("div"), { style: "height:300px" })));
      await expect.poll(() => page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeGreaterThan(0.01);
    });
  }

  test("image creatives link through the click route with rel=sponsored noopener; the leaderboard loads at once, the rest lazily", async ({ page }) => {
    await page.goto("/");
    const links = page.locator("[data-ad-slot] a");
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const a of await links.all()) {
      await expect(a).toHaveAttribute("rel", "sponsored noopener");
      await expect(a).toHaveAttribute("href", /^\/iklan\/klik\/\d+$/);
      await expect(a.locator("img")).toHaveAttribute("alt", /\S/);
    }
    await expect(page.locator('[data-ad-slot="leaderboard"] img')).toHaveAttribute("loading", "eager");
    for (const slot of ["sidebar", "between-sections", "above-footer"]) {
      await expect(page.locator(`[data-ad-slot="${slot}"] img`)).toHaveAttribute("loading", "lazy");
    }
  });

  test("an HTML creative runs its script in a sandbox that cannot reach the page", async ({ page }) => {
    await page.goto(storyPath(storyWithAds()));
    const frameEl = page.locator('[data-ad-slot="in-article"] iframe');
    await expect(frameEl).toHaveAttribute("sandbox", "allow-scripts allow-popups allow-popups-to-escape-sandbox");
    await expect(frameEl).toHaveAttribute("title", /\S/);
    await expect(frameEl).toHaveAttribute("loading", "lazy");
    await frameEl.scrollIntoViewIfNeeded();
    const frame = await (await frameEl.elementHandle())!.contentFrame();
    await expect.poll(() => frame!.evaluate(() => document.body.dataset.jam)).toBe("jalan");
    const reach = await frame!.evaluate(() => {
      const attempt = (f: () => unknown) => {
        try {
          f();
          return "reached";
        } catch (e) {
          return (e as Error).name;
        }
      };
      return {
        origin: window.origin,
        parentDocument: attempt(() => window.parent.document.title),
        topDocument: attempt(() => window.top!.document.cookie),
        cookie: attempt(() => document.cookie),
      };
    });
    expect(reach).toEqual({ origin: "null", parentDocument: "SecurityError", topDocument: "SecurityError", cookie: "SecurityError" });
  });

  test("creatives before their start or after their end never appear, and their links lead nowhere", async ({ page, request }) => {
    const hidden = [creativeId("terjadwal"), creativeId("sudah berakhir")];
    for (const path of ["/", storyPath(storyWithAds()), "/kanal/ekonomi"]) {
      await page.goto(path);
      await expect(page.locator("[data-ad-id]").first()).toBeAttached();
      for (const id of hidden) await expect(page.locator(`[data-ad-id="${id}"]`), `${path} #${id}`).toHaveCount(0);
    }
    for (const id of [...hidden, 999_999]) {
      const res = await request.get(`/iklan/klik/${id}`, { maxRedirects: 0 });
      expect(res.status()).toBe(404);
      expect(await res.text()).toContain("Iklan tidak ditemukan");
    }
    expect((await request.get("/iklan/klik/bukan-angka", { maxRedirects: 0 })).status()).toBe(404);
  });

  test("a kanal-targeted creative stays on its kanal", async ({ page }) => {
    const olahraga = creativeId("Liga dan Timnas");
    await page.goto("/kanal/ekonomi");
    await expect(page.locator('[data-ad-slot="sidebar"]')).toBeVisible();
    await expect(page.locator(`[data-ad-id="${olahraga}"]`)).toHaveCount(0);
  });

  test("a Tanpa iklan story shows no slot and no label, not even the leaderboard", async ({ page }) => {
    const [story] = readDb<Story>("SELECT id, public_id, slug FROM articles WHERE no_ads = 1 AND status = 'published'");
    const reports: string[] = [];
    page.on("request", (r) => r.url().includes("/api/ads/") && reports.push(r.url()));
    await page.goto(storyPath(story));
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator("[data-ad-slot], [data-ad-id]")).toHaveCount(0);
    await expect(page.getByText("Advertisement", { exact: true })).toHaveCount(0);
    await page.waitForTimeout(1500);
    expect(reports).toEqual([]);
  });

  test("ads are plain links and pictures that work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator('[data-ad-slot="leaderboard"] a[rel="sponsored noopener"] img')).toBeVisible();
    await context.close();
  });

  test("an article with every slot filled, the HTML creative's frame included, passes axe", async ({ page }) => {
    await page.goto(storyPath(storyWithAds()));
    await page.locator('[data-ad-slot="in-article"] iframe').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-ad-slot="above-footer"] img')).toBeAttached();
    await expectNoAxeViolations(page);
  });

  test("/ads.txt serves the text from the settings", async ({ request }) => {
    const res = await request.get("/ads.txt");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toContain("example.com, pub-0000000000000000, DIRECT");
  });
});

test.describe("counting ads on a server of its own", () => {
  // Exact counts need a database nobody else writes to; the counts are about the server, so one device is enough.
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  let server: SpareServer;

  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== "desktop") return;
    server = await startSpareServer({
      // E2E_PORT + 4 and + 5 belong to the nginx project, which may run at the same time.
      portOffset: 6,
      env: { VIEW_FLUSH_MS: "100" },
      prepare: (db) => {
        // Counts start from zero: the shared server may have counted the other tests' page loads.
        db.prepare("DELETE FROM ad_stats_daily").run();
        // No creative for the slot between the home sections: that slot must vanish, label and all.
        db.prepare("DELETE FROM ad_creatives WHERE slot = 'between-sections'").run();
      },
    });
  });
  test.afterAll(async () => server?.dispose());
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "runs once, on the desktop project"));

  const stats = (id: number) =>
    server.query<{ impressions: number; clicks: number }>(
      "SELECT coalesce(sum(impressions), 0) AS impressions, coalesce(sum(clicks), 0) AS clicks FROM ad_stats_daily WHERE creative_id = ?",
      id,
    )[0];

  // First on this server: no other page load may have counted anything yet.
  test("an impression counts only for an ad half in view for a second", async ({ page }) => {
    const q = <T,>(sql: string, ...p: unknown[]) => server.query<T>(sql, ...p);
    const leaderboard = creativeId("Indeks Berita", q);
    const aboveFooter = creativeId("Gaya Hidup", q);
    const inArticle = creativeId("Jam WIB", q);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${server.url}${storyPath(storyWithAds(q))}`);

    // Left at the top: the leaderboard is seen, the slots further down are not.
    await expect.poll(() => stats(leaderboard).impressions, { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(2500);
    expect(stats(aboveFooter).impressions).toBe(0);
    expect(stats(inArticle).impressions).toBe(0);

    // Jumping past the in-article ad to the bottom does not count the ad it skipped.
    await page.locator('[data-ad-slot="above-footer"]').scrollIntoViewIfNeeded();
    await expect.poll(() => stats(aboveFooter).impressions, { timeout: 15_000 }).toBe(1);
    expect(stats(leaderboard).impressions).toBe(1);
    expect(stats(inArticle).impressions).toBe(0);
  });

  test("a slot without a creative renders nothing at all", async ({ page }) => {
    await page.goto(`${server.url}/`);
    await expect(page.locator('[data-ad-slot="leaderboard"]')).toBeVisible();
    await expect(page.locator('[data-ad-slot="between-sections"]')).toHaveCount(0);
    await expect(page.getByText("Advertisement", { exact: true })).toHaveCount(await page.locator("[data-ad-slot]").count());
  });

  test("a click counts, then lands on the advertiser's page", async ({ page }) => {
    const leaderboard = creativeId("Indeks Berita", <T,>(sql: string, ...p: unknown[]) => server.query<T>(sql, ...p));
    const before = stats(leaderboard).clicks;
    await page.goto(`${server.url}/`);
    const link = page.locator('[data-ad-slot="leaderboard"] a');
    await expect(link).toHaveAttribute("rel", "sponsored noopener");
    const [landing] = await Promise.all([page.waitForEvent("popup"), link.click()]);
    await landing.waitForLoadState();
    expect(new URL(landing.url()).pathname).toBe("/indeks");
    await expect.poll(() => stats(leaderboard).clicks, { timeout: 10_000 }).toBe(before + 1);
  });
});
