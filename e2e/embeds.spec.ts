import { expect, type Page, test, type TestInfo } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { watchCsp } from "./helpers/csp";
import { readDb } from "./helpers/db";
import { EDITOR, logIn, startDeskServer } from "./helpers/desk";
import type { SpareServer } from "./helpers/server";
import { interceptThirdParty, pageBox, PLAYERS, STUB, watchEveryShift } from "./helpers/third-party";

// Typed embeds (issue 16): the seeded story with one embed of each provider. Every request that
// leaves localhost is intercepted: none may happen before a tap; after "Putar video" or "Tampilkan
// unggahan" the player's request is answered with a stub page, so the frame really loads under the
// page's CSP (a blocked frame would report a violation and never show the stub).

function embedStory() {
  const [row] = readDb<{ public_id: string; slug: string }>("SELECT public_id, slug FROM articles WHERE body LIKE '%data-embed=\"tiktok\"%' AND status = 'published' LIMIT 1");
  if (!row) throw new Error("the seed has no story with embeds");
  return `/berita/${row.public_id}/${row.slug}`;
}

test.describe("embeds on a reader page, JavaScript on", () => {
  test("a preview per provider, nothing from a third party before the tap, the player in the same box after it", async ({ page }) => {
    // Five taps, five frames and two axe runs: more than the default 30 s on a busy shared machine.
    test.slow();
    const thirdParty = await interceptThirdParty(page);
    const violations = await watchCsp(page);
    const shift = await watchEveryShift(page);
    const response = await page.goto(embedStory());
    const frameSrc = response!.headers()["content-security-policy"].split("; ").find((d) => d.startsWith("frame-src "));
    expect(frameSrc).toBe(`frame-src 'self' ${PLAYERS.join(" ")}`);

    const boxes = page.locator(".embed");
    await expect(boxes).toHaveCount(5);
    await expect(page.getByRole("button", { name: "Putar video" })).toHaveCount(2);
    await expect(page.getByRole("button", { name: "Tampilkan unggahan" })).toHaveCount(3);
    await expect(page.getByRole("button", { name: "Putar video" }).first()).toBeVisible();
    await expectNoAxeViolations(page, { label: "embeds before the tap" });
    expect(thirdParty, "requests before any tap").toEqual([]);

    const tapped: string[] = [];
    for (let i = 0; i < 5; i++) {
      const box = boxes.nth(i);
      await box.scrollIntoViewIfNeeded();
      const player = (await box.getAttribute("data-player"))!;
      const before = await pageBox(box);
      await box.getByRole("button").click();
      const frame = box.locator("iframe");
      await expect(frame).toHaveAttribute("src", player);
      await expect(frame).toHaveAttribute("title", /^(Video|Unggahan) (YouTube|X|Instagram|TikTok|Facebook)/);
      await expect(frame).toHaveAttribute("sandbox", /^allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation$/);
      await expect(frame.contentFrame().getByText(STUB)).toBeVisible();
      expect(await pageBox(box), "the box keeps its size and place").toEqual(before);
      tapped.push(player);
      expect(thirdParty, "after a tap, one request: to that provider's player").toEqual(tapped);
    }
    expect(await violations()).toEqual([]);
    expect(await shift()).toBeLessThan(0.01);
    // The players' frames are the providers' pages (here the stub); their title is checked above.
    await expectNoAxeViolations(page, { label: "embeds after the taps", exclude: [".embed iframe"] });
  });
});

test.describe("embeds on a reader page, JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("each embed is a plain link to the original, with no button and no third-party request", async ({ page }) => {
    const thirdParty = await interceptThirdParty(page);
    const violations = await watchCsp(page);
    await page.goto(embedStory());
    await expect(page.locator(".embed")).toHaveCount(5);
    for (const name of ["Putar video", "Tampilkan unggahan"]) await expect(page.getByRole("button", { name })).toHaveCount(0);
    await expect(page.locator(".embed-load").first()).toBeHidden();
    await expect(page.getByRole("link", { name: "Buka di YouTube" })).toHaveAttribute("href", "https://www.youtube.com/watch?v=M7lc1UVf-VE");
    await expect(page.getByRole("link", { name: "Buka di X" })).toHaveAttribute("href", "https://x.com/i/status/20");
    await expect(page.getByRole("link", { name: "Buka di TikTok" })).toHaveAttribute("href", /^https:\/\/www\.tiktok\.com\/@infobandungraya\/video\/\d+$/);
    await expect(page.locator(".embed iframe")).toHaveCount(0);
    expect(thirdParty).toEqual([]);
    expect(await violations()).toEqual([]);
  });
});

test.describe("embeds on a reader page, as a reader without JavaScript gets them", () => {
  // axe cannot run in a page without JavaScript (its checks are scripts): the same page with warta.js refused
  // is the page a reader without JavaScript gets, since a cached reader page has no other script.
  test("the previews pass axe", async ({ page }) => {
    await interceptThirdParty(page);
    await page.route(/\/warta\.js/, (route) => route.abort());
    await page.goto(embedStory());
    await expect(page.locator(".embed").first()).toBeVisible();
    await expect(page.locator(".embed-on")).toHaveCount(0);
    // The ad frames are e2e/ads.spec.ts's business (axe waits on them here, with the page's script refused).
    await expectNoAxeViolations(page, { label: "embeds without JavaScript", exclude: ["iframe"] });
  });
});

test.describe("embeds in the editor", () => {
  // One worker for the group: under fullyParallel each test would get a worker and a beforeAll of its
  // own, and the second would find the first's server on the port.
  test.describe.configure({ mode: "default" });
  // A server of its own with an editor account (the shared server's accounts belong to the admin projects).
  let server: SpareServer;
  test.beforeAll(async ({}, info) => {
    server = await startDeskServer(info.project.name === "mobile" ? 36 : 35);
  });
  test.afterAll(async () => {
    await server?.dispose();
  });

  const fillStory = async (page: Page, title: string) => {
    await page.goto("/admin/berita/baru");
    await page.getByLabel("Judul").fill(title);
    await page.getByLabel("Ringkasan").fill("Ringkasan uji sematan yang cukup panjang.");
    await page.getByLabel("Kanal").selectOption({ label: "Teknologi" });
  };
  /** The project's device (desktop or phone), on the spare server rather than the shared one. */
  const device = ({ baseURL, ...rest }: TestInfo["project"]["use"]) => (void baseURL, rest);
  const savedBody = (title: string) => server.query<{ body: string }>("SELECT body FROM articles WHERE title = ?", title)[0]?.body;

  test("pasting a supported link on its own line makes an embed; an unsupported one stays a link, with a message", async ({ browser }, info) => {
    const context = await logIn(browser, server, EDITOR, device(info.project.use));
    const page = await context.newPage();
    const title = `Uji sematan tempel ${info.project.name}`;
    await fillStory(page, title);
    const body = page.getByRole("textbox", { name: "Isi berita" });
    await body.click();
    await page.keyboard.type("Paragraf pembuka uji sematan.");
    await page.keyboard.press("Enter");
    const paste = (text: string) =>
      body.evaluate((el, t) => {
        const data = new DataTransfer();
        data.setData("text/plain", t);
        el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    await paste("https://youtu.be/M7lc1UVf-VE");
    await expect(page.getByText("Sematan YouTube (video)")).toBeVisible();
    await page.getByLabel("Judul sematan").fill("Penjelasan prakirawan");
    // A second embed, removed with its own button; the first stays.
    await body.locator(":scope > p").last().click();
    await paste("https://x.com/jack/status/20");
    const post = page.getByRole("group", { name: "Sematan X (unggahan)" });
    await expect(post).toBeVisible();
    await post.getByRole("button", { name: "Hapus sematan" }).click();
    await expect(post).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Sematan YouTube (video)" })).toBeVisible();
    await expectNoAxeViolations(page, { label: "the editor with an embed", include: "form" });
    await body.locator(":scope > p").last().click();
    await paste("https://vimeo.com/76979871");
    await expect(page.getByRole("status").filter({ hasText: "Tautan dari vimeo.com tidak bisa disematkan; ia tetap tautan biasa." })).toBeVisible();
    await expect(body).toContainText("https://vimeo.com/76979871");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/berita\/\d+\?tersimpan=1$/, { timeout: 20_000 });
    expect(savedBody(title)).toContain('<div data-embed="youtube" data-id="M7lc1UVf-VE" data-title="Penjelasan prakirawan"></div>');
    expect(savedBody(title)).toMatch(/<p><a [^>]*href="https:\/\/vimeo\.com\/76979871"[^>]*>https:\/\/vimeo\.com\/76979871<\/a><\/p>/);
    expect(savedBody(title)).not.toContain('data-embed="x"');
    await context.close();
  });

  test("without JavaScript a lone link becomes an embed at save, and a provider link that names nothing gets a message", async ({ browser }, info) => {
    const context = await logIn(browser, server, EDITOR, { ...device(info.project.use), javaScriptEnabled: false });
    const page = await context.newPage();
    const title = `Uji sematan tanpa JS ${info.project.name}`;
    await fillStory(page, title);
    const typed = "<p>Paragraf pembuka uji sematan.</p>\n<p>https://x.com/jack/status/20</p>\n<p>https://www.instagram.com/kompascom/</p>";
    await page.locator("textarea#isi").fill(typed);
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(page.locator("#isi-error")).toContainText("https://www.instagram.com/kompascom/: Tautan Instagram ini tidak menunjuk ke satu video atau unggahan");
    await expect(page.locator("textarea#isi")).toHaveValue(typed);
    expect(savedBody(title)).toBeUndefined();
    await page.locator("textarea#isi").fill("<p>Paragraf pembuka uji sematan.</p>\n<p>https://x.com/jack/status/20</p>");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/berita\/\d+\?tersimpan=1$/, { timeout: 20_000 });
    expect(savedBody(title)).toContain('<div data-embed="x" data-id="20"></div>');
    await context.close();
  });
});
