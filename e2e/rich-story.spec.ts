import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { watchCsp } from "./helpers/csp";
import { readDb } from "./helpers/db";
import { interceptThirdParty, watchEveryShift } from "./helpers/third-party";

// The measured page (issue 16): a story with a gallery and three embeds (the seeded "Foto"
// story of the Palembang carnival). Scrolled through, its gallery paged and every embed tapped, the
// page shifts less than 0.01 in total, asks no third party for anything before a tap, and breaks
// no CSP rule. Runs on the desktop and phone projects.

function richStory() {
  const [row] = readDb<{ public_id: string; slug: string }>(
    "SELECT public_id, slug FROM articles WHERE body LIKE '%data-gallery%' AND body LIKE '%data-embed%' AND status = 'published' LIMIT 1",
  );
  if (!row) throw new Error("the seed has no story with a gallery and embeds");
  return `/berita/${row.public_id}/${row.slug}`;
}

test("a story with a gallery and three embeds: no shift, no third-party request before a tap, no CSP violation, axe clean", async ({ page }) => {
  test.slow();
  const thirdParty = await interceptThirdParty(page);
  const violations = await watchCsp(page);
  const shift = await watchEveryShift(page);
  await page.goto(richStory());

  const gallery = page.locator(".gallery").first();
  await expect(gallery.getByRole("button", { name: "Foto berikutnya" })).toBeVisible();
  await expect(page.locator(".embed")).toHaveCount(3);
  await expectNoAxeViolations(page, { label: "gallery and embeds" });

  // Scrolled to the end and back, as a reader does: lazy photos load in the space kept for them.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
    window.scrollTo(0, 0);
  });
  await gallery.getByRole("button", { name: "Foto berikutnya" }).click();
  await expect(gallery.getByText(/^2 \/ 8$/)).toBeVisible();
  expect(thirdParty, "requests before any tap").toEqual([]);

  // Box by box: a tapped box's button gives way to the player's frame.
  for (let i = 0; i < 3; i++) {
    const button = page.locator(".embed").nth(i).locator(".embed-load");
    await button.scrollIntoViewIfNeeded();
    await button.click();
  }
  await expect(page.locator(".embed iframe")).toHaveCount(3);
  expect(new Set(thirdParty.map((u) => new URL(u).origin))).toEqual(new Set(["https://www.youtube-nocookie.com", "https://www.instagram.com", "https://platform.twitter.com"]));
  expect(await shift(), "layout shift, all of it").toBeLessThan(0.01);
  expect(await violations()).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the gallery's photos stack as figures and each embed is a link to the original, with nothing from a third party", async ({ page }) => {
    const thirdParty = await interceptThirdParty(page);
    await page.goto(richStory());
    const photos = page.locator(".gallery figure");
    await expect(photos).toHaveCount(8);
    // Stacked: each photo below the one before.
    const [a, b] = [await photos.nth(0).boundingBox(), await photos.nth(1).boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    await expect(page.getByRole("link", { name: "Buka di YouTube" })).toHaveAttribute("href", "https://www.youtube.com/watch?v=M7lc1UVf-VE");
    await expect(page.getByRole("button", { name: "Putar video" })).toHaveCount(0);
    expect(thirdParty).toEqual([]);
  });
});
