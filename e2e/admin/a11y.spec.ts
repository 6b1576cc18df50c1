import { devices, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers/axe";
import { readDb } from "../helpers/db";
import { ADMIN, adminState } from "./accounts";

// A story of its own, in a kanal and under a tag no other spec counts on.
const KEYBOARD_TITLE = `Uji Papan Ketik Redaksi ${Date.now()}`;
const KEYBOARD_TAG = "Uji Papan Ketik";

function seededStoryId(): number {
  const [row] = readDb<{ id: number }>("SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 1");
  return row.id;
}

/** The article form with Tiptap mounted (its toolbar only appears once the editor is ready). */
async function openForm(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("toolbar", { name: "Format teks" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Isi berita" })).toBeVisible();
}

const formChecks = () => {
  test("the new-story form passes axe, editor mounted", async ({ page }) => {
    await openForm(page, "/admin/berita/baru");
    await expectNoAxeViolations(page);
  });

  test("the new-story form passes axe with its validation errors shown", async ({ page }) => {
    await openForm(page, "/admin/berita/baru");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.locator("#judul-error")).toBeVisible();
    await expect(page.locator("#kanal-error")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the edit form passes axe, editor mounted, and with an error shown", async ({ page }) => {
    await openForm(page, `/admin/berita/${seededStoryId()}`);
    await expectNoAxeViolations(page, { label: "edit" });
    // Emptying the title is an error that saves nothing.
    await page.getByLabel("Judul").fill("");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.locator("#judul-error")).toBeVisible();
    await expectNoAxeViolations(page, { label: "edit with an error" });
  });
};

test.describe("article form, desktop", () => {
  test.use({ storageState: adminState });
  formChecks();
});

test.describe("article form, 360 px", () => {
  test.use({ storageState: adminState, viewport: { width: 360, height: 780 } });
  formChecks();
});

test.describe("article form, Pixel 7", () => {
  // The browser type is the project's own (Chromium either way); the rest of the profile applies here.
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices["Pixel 7"];
  test.use({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, storageState: adminState });
  formChecks();
});

// ---- Keyboard only: no click, no fill, no selectOption, only page.keyboard. ----

type Focused = { id: string; tag: string; text: string; label: string; visible: boolean; editable: boolean; style: string };

/** What has focus, and whether it shows it: an outline or a box-shadow ring (the site's focus style). */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { id: "", tag: "body", text: "", label: "", visible: false, editable: false, style: "" };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none";
    // Inside a date field Chromium moves focus between its parts (day, month, hour…) and highlights the
    // focused part itself; the field then no longer matches :focus, so its own ring cannot be read here.
    const datePart = el instanceof HTMLInputElement && /^(date|datetime-local|time)$/.test(el.type) && !el.matches(":focus");
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? "").trim().slice(0, 60),
      label: el.getAttribute("aria-label") ?? "",
      visible: outline || ring || datePart,
      editable: el.isContentEditable,
      style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `match` holds for the focused element, checking at every stop that focus is visible. */
async function tabTo(page: Page, match: (f: Focused) => boolean, { back = false, max = 40 } = {}): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    expect(f.visible, `focus ring on ${f.tag}#${f.id} “${f.text || f.label}” (${f.style})`).toBe(true);
    if (match(f)) return f;
  }
  throw new Error(`not reached with ${max} × ${back ? "Shift+Tab" : "Tab"}`);
}

const byId = (id: string) => (f: Focused) => f.id === id;

/** Picks an option of the focused <select> with the arrow keys. */
async function arrowTo(page: Page, id: string, label: string) {
  const select = page.locator(`select#${id}`);
  for (let i = 0; i < 30; i++) {
    const current = await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent?.trim() ?? "");
    if (current === label) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`${label} not reached in select#${id}`);
}

test("an editor logs in, writes and publishes a story with the keyboard alone, and readers see it", async ({ page, browser }) => {
  // Some 150 key presses, each followed by a focus check.
  test.setTimeout(120_000);
  await page.goto("/admin/masuk");
  await tabTo(page, byId("email"));
  await page.keyboard.type(ADMIN.email);
  await tabTo(page, byId("password"));
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press("Enter");
  // argon2id on a busy machine can take a few seconds.
  await expect(page).toHaveURL(/\/admin$/, { timeout: 20_000 });

  // The first Tab offers a way past the newsroom bar.
  await page.keyboard.press("Tab");
  const skip = await focused(page);
  expect(skip.text).toBe("Langsung ke konten");
  expect(skip.visible).toBe(true);
  await expect(page.getByRole("link", { name: "Langsung ke konten" })).toBeInViewport();

  await tabTo(page, (f) => f.tag === "a" && f.text === "Tulis berita");
  await page.keyboard.press("Enter");
  // The admin pages render per request: slow on a busy CI machine.
  await expect(page).toHaveURL(/\/admin\/berita\/baru$/, { timeout: 20_000 });
  await expect(page.getByRole("toolbar", { name: "Format teks" })).toBeVisible();

  await tabTo(page, byId("judul"));
  await page.keyboard.type(KEYBOARD_TITLE);
  await tabTo(page, byId("ringkasan"));
  await page.keyboard.type("Ringkasan yang diketik tanpa tetikus sama sekali.");
  await tabTo(page, byId("dateline"));
  await page.keyboard.type("Yogyakarta");

  // The body: a paragraph, a subheading set from the toolbar, bold by shortcut, another paragraph.
  await tabTo(page, (f) => f.editable);
  await page.keyboard.type("Paragraf pertama diketik dengan papan ketik.");
  await page.keyboard.press("Enter");
  await tabTo(page, (f) => f.tag === "button" && f.text === "Subjudul", { back: true });
  await page.keyboard.press("Space");
  expect((await focused(page)).editable, "the toolbar hands focus back to the text").toBe(true);
  await page.keyboard.type("Subjudul dari bilah alat");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+b");
  await page.keyboard.type("Kata tebal");
  await page.keyboard.press("Control+b");
  await page.keyboard.type(" lalu paragraf kedua.");
  // Tiptap may leave an empty paragraph at the end of a new story.
  await expect(page.locator("textarea#isi")).toHaveValue(
    /^<p>Paragraf pertama diketik dengan papan ketik\.<\/p><h2>Subjudul dari bilah alat<\/h2><p><strong>Kata tebal<\/strong> lalu paragraf kedua\.<\/p>(<p><\/p>)?$/,
  );

  // Tab leaves the editor (no keyboard trap) for the side column.
  await tabTo(page, byId("status"));
  await arrowTo(page, "status", "Terbit");
  await tabTo(page, byId("kanal"));
  await arrowTo(page, "kanal", "Gaya Hidup");
  await tabTo(page, byId("tag"));
  await page.keyboard.type(KEYBOARD_TAG);
  await tabTo(page, byId("reporter"));
  await arrowTo(page, "reporter", "Raka Reporter");
  await tabTo(page, byId("redaktur"));
  await arrowTo(page, "redaktur", ADMIN.name);
  await tabTo(page, (f) => f.tag === "button" && f.text === "Simpan");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Tersimpan.")).toBeVisible({ timeout: 20_000 });

  const [row] = readDb<{ public_id: string; slug: string; status: string }>("SELECT public_id, slug, status FROM articles WHERE title = ?", KEYBOARD_TITLE);
  expect(row.status).toBe("published");

  // A reader (no session) finds it live, as typed.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  const res = await readerPage.goto(`/berita/${row.public_id}/${row.slug}`);
  expect(res?.status()).toBe(200);
  const article = readerPage.locator("main article");
  await expect(article.locator("h1")).toHaveText(KEYBOARD_TITLE);
  await expect(article.locator('[data-part="byline"]')).toHaveText(`Rep: Raka Reporter/ Red: ${ADMIN.name}`);
  await expect(article.locator(".article-body").getByRole("heading", { level: 2, name: "Subjudul dari bilah alat" })).toBeVisible();
  await expect(article.locator(".article-body strong", { hasText: "Kata tebal" })).toHaveCount(1);
  await expect(readerPage.getByRole("navigation", { name: "Tag berita" }).getByRole("link", { name: `#${KEYBOARD_TAG}` })).toBeVisible();
  await readerPage.goto("/kanal/gaya-hidup");
  await expect(readerPage.locator("main ul > li h2").first()).toHaveText(KEYBOARD_TITLE);
  await reader.close();
});
