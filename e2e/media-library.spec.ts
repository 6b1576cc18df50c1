import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { goodJpeg } from "../lib/testing/uploads/hostile-files";
import { expectNoAxeViolations } from "./helpers/axe";
import { EDITOR, logIn, PHONE, startDeskServer } from "./helpers/desk";
import { expectNoHorizontalScroll } from "./helpers/page";
import type { SpareServer } from "./helpers/server";

// Issue 16, the photo library ("Pustaka foto"), on a server of its own (E2E_PORT + 33) with a copy of
// the e2e database: uploads, edits and deletions here never touch the shared server's photos. Each
// journey runs on desktop and on the phone at 360 px; the JavaScript-off ones in their own contexts.

let server: SpareServer;
let desktop: BrowserContext;
let phone: BrowserContext;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  server = await startDeskServer(33);
  desktop = await logIn(browser, server, EDITOR);
  phone = await logIn(browser, server, EDITOR, PHONE);
});

test.afterAll(async () => {
  await desktop?.close();
  await phone?.close();
  await server?.dispose();
});

type Photo = { id: number; caption: string; credit: string; alt: string };
const seedPhoto = (): Photo =>
  server.query<Photo>("SELECT id, caption, credit, alt FROM media WHERE path LIKE 'seed/%' AND caption <> '' ORDER BY id LIMIT 1 OFFSET 3")[0];

const devices = () => [
  { name: "desktop", context: desktop },
  { name: "phone", context: phone },
];

async function openPicker(page: Page) {
  await page.goto("/admin/berita/baru");
  await page.getByRole("button", { name: "Pilih dari pustaka" }).click();
  const dialog = page.getByRole("dialog", { name: "Pilih dari pustaka" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("status")).toContainText(/\d+ foto, halaman 1 dari \d+/);
  return dialog;
}

test.describe("MediaPicker: Pilih dari pustaka for the main photo", () => {
  for (const d of [0, 1]) {
    test(`search and pick a library photo; its words fill the form (${d === 0 ? "desktop" : "phone"})`, async () => {
      const { context, name } = devices()[d];
      const photo = seedPhoto();
      const page = await context.newPage();
      const dialog = await openPicker(page);
      if (name === "phone") {
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page, { label: "picker at 360 px" });
      }
      await expect(dialog.getByLabel("Cari foto")).toBeFocused();
      await dialog.getByLabel("Cari foto").fill(photo.credit.slice(-8).toUpperCase());
      await dialog.getByLabel("Cari foto").press("Enter");
      const card = dialog.getByRole("button", { name: new RegExp(`#${photo.id}\\b`) });
      await expect(card).toBeVisible();
      await card.click();
      await expect(dialog).toBeHidden();
      await expect(page.locator('input[name="foto_id"]')).toHaveValue(String(photo.id));
      await expect(page.getByLabel("Keterangan foto")).toHaveValue(photo.caption);
      await expect(page.getByLabel("Kredit foto")).toHaveValue(photo.credit);
      await expect(page.getByLabel("Teks alternatif")).toHaveValue(photo.alt);
      await expect(page.getByRole("status").filter({ hasText: "Foto dipilih" })).toBeVisible();
      await page.close();
    });
  }

  test("Esc closes, focus returns to the button, and Tab stays inside the dialog", async () => {
    const page = await desktop.newPage();
    const dialog = await openPicker(page);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Pilih dari pustaka" })).toBeFocused();
    await page.close();
  });

  test("a photo uploaded in the picker is stored in the library and picked", async () => {
    const page = await desktop.newPage();
    const before = server.query<{ n: number }>("SELECT max(id) AS n FROM media")[0].n;
    const dialog = await openPicker(page);
    await dialog.getByLabel("Unggah foto baru").setInputFiles({ name: "baru.jpg", mimeType: "image/jpeg", buffer: await goodJpeg() });
    await expect(dialog).toBeHidden();
    const id = Number(await page.locator('input[name="foto_id"]').inputValue());
    expect(id).toBeGreaterThan(before);
    expect(server.query<{ n: number }>("SELECT count(*) AS n FROM media WHERE id = ?", id)[0].n).toBe(1);
    await page.close();
  });

  test("the picker's route is for staff only", async ({ browser }: { browser: Browser }) => {
    const stranger = await browser.newContext({ baseURL: server.url });
    const answer = await stranger.request.get("/admin/media/pilih?q=a");
    expect(answer.status()).toBe(401);
    expect(await answer.json()).toEqual({ message: "Sesi berakhir; masuk lagi." });
    await stranger.close();
    const bad = await desktop.request.get("/admin/media/pilih?dari=2026-02-30");
    expect(bad.status()).toBe(400);
  });
});
