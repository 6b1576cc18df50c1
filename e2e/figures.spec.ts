import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { watchCsp } from "./helpers/csp";
import { readDb } from "./helpers/db";

// Issue 16: library photos inside the story text, galleries and the "Foto" story kind, on the demo
// seed's two stories (db/seed/rich-figures.ts), with JavaScript on and off, on desktop and the phone.

type Story = { public_id: string; slug: string; title: string };
const story = (where: string) => {
  const [row] = readDb<Story>(`SELECT public_id, slug, title FROM articles WHERE ${where} AND status = 'published'`);
  if (!row) throw new Error(`seed has no story where ${where}`);
  return `/berita/${row.public_id}/${row.slug}`;
};
const fotoStory = () => story("kind = 'foto'");
const textPhotoStory = () => story("slug = 'jalur-sepeda-terlindung-kini-hubungkan-tiga-kecamatan-di-bandung'");

/** Sums layout shifts from before the first byte, as the CLS metric does. */
async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Which photo of the gallery is in view: the index of the figure at the track's left edge. */
const inView = (page: Page) =>
  page.locator(".gallery-track").evaluate((t) => {
    const left = t.getBoundingClientRect().left;
    return [...t.children].findIndex((f) => Math.abs(f.getBoundingClientRect().left - left) < 2) + 1;
  });

test.describe("a Foto story, with JavaScript", () => {
  test("opens with its gallery: next and previous by button, keyboard and swipe, without a layout shift", async ({ page }) => {
    const violations = await watchCsp(page);
    await watchLayoutShift(page);
    await page.goto(fotoStory());
    const gallery = page.locator(".photo-story .gallery");
    await expect(gallery.locator("figure")).toHaveCount(8);
    const counter = gallery.locator(".gallery-nav span");
    await expect(counter).toHaveText("1 / 8");
    await expect(gallery.getByRole("button", { name: "Foto sebelumnya" })).toBeDisabled();

    await gallery.getByRole("button", { name: "Foto berikutnya" }).click();
    await expect(counter).toHaveText("2 / 8");
    await expect.poll(() => inView(page)).toBe(2);

    await gallery.locator(".gallery-track").focus();
    await page.keyboard.press("ArrowRight");
    await expect(counter).toHaveText("3 / 8");
    await expect.poll(() => inView(page)).toBe(3);
    await page.keyboard.press("ArrowLeft");
    await expect(counter).toHaveText("2 / 8");

    // A swipe to the left is "next", to the right "previous" (pointer events, as a finger or a mouse drag makes).
    const box = (await gallery.locator(".gallery-track").boundingBox())!;
    const y = box.y + box.height / 3;
    const swipe = async (from: number, to: number) => {
      await page.mouse.move(box.x + box.width * from, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * to, y, { steps: 5 });
      await page.mouse.up();
    };
    await swipe(0.8, 0.2);
    await expect(counter).toHaveText("3 / 8");
    await expect.poll(() => inView(page)).toBe(3);
    await swipe(0.2, 0.8);
    await expect(counter).toHaveText("2 / 8");

    // The photos keep the room they were given before warta.js arrived: nothing moved.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.01);
    expect(await violations()).toEqual([]);
  });

  test("a link to one photo of the gallery shows that photo", async ({ page }) => {
    await page.goto(`${fotoStory()}#foto-5`);
    await expect(page.locator(".photo-story .gallery-nav span")).toHaveText("5 / 8");
    await expect.poll(() => inView(page)).toBe(5);
  });

  test("has no layout shift while it loads (CLS < 0.01) and passes axe", async ({ page }) => {
    await watchLayoutShift(page);
    await page.goto(fotoStory());
    await page.waitForLoadState("load");
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.01);
    await expectNoAxeViolations(page);
  });

  test("carries the FOTO mark on its card", async ({ page }) => {
    await page.goto("/kanal/gaya-hidup");
    const title = readDb<{ title: string }>("SELECT title FROM articles WHERE kind = 'foto'")[0].title;
    await expect(page.getByRole("link", { name: `FOTO ${title}` }).first()).toBeVisible();
  });
});

test.describe("a story with photos in its text", () => {
  test("draws each library photo with srcset, size, lazy loading, caption and credit", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(textPhotoStory());
    const figures = page.locator(".article-body figure.body-photo");
    await expect(figures).toHaveCount(2);
    const img = figures.first().locator("img");
    await expect(img).toHaveAttribute("srcset", / 640w, .* 1200w$/);
    await expect(img).toHaveAttribute("sizes", "(min-width: 1024px) 720px, 100vw");
    await expect(img).toHaveAttribute("width", "1200");
    await expect(img).toHaveAttribute("height", "675");
    await expect(img).toHaveAttribute("loading", "lazy");
    await expect(figures.first().locator("figcaption")).toHaveText("Pesepeda melintasi jalur terlindung di ruas Jalan Soekarno-Hatta, Bandung. Foto: Warta/Galih Permana");
    // The story's own caption over the library's.
    await expect(figures.nth(1).locator("figcaption")).toHaveText("Rambu baru dipasang di 14 persimpangan yang dilintasi jalur sepeda. Foto: Warta/Galih Permana");
    await figures.nth(1).scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    // The dateline opens the first paragraph, and Baca Juga sits between paragraphs, outside the photos.
    await expect(page.locator(".article-body p").first()).toContainText(/^WARTA\.ID, BANDUNG --/);
    await expect(page.locator(".article-body figure aside, .article-body figure section")).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(await violations()).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a gallery's photos stack as figures, each with its anchor, caption and credit", async ({ page }) => {
    await page.goto(fotoStory());
    const figures = page.locator(".photo-story figure");
    await expect(figures).toHaveCount(8);
    await expect(page.locator(".gallery-nav")).toHaveCount(0);
    const boxes = await figures.evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, left: r.left })));
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom);
      expect(Math.abs(boxes[i].left - boxes[0].left)).toBeLessThan(1);
    }
    await expect(figures.nth(3)).toHaveAttribute("id", "foto-4");
    await expect(figures.nth(3).locator("figcaption")).toContainText("Foto: Warta/Dewi Lestari");
    // (axe needs a script in the page, so the pages are checked with JavaScript on, above.)
  });

  test("photos in the text are there too", async ({ page }) => {
    await page.goto(textPhotoStory());
    await expect(page.locator(".article-body figure.body-photo img")).toHaveCount(2);
  });
});
