import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { goodJpeg } from "../lib/testing/uploads/hostile-files";
import { expectNoAxeViolations } from "./helpers/axe";
import { ADMIN, EDITOR, logIn, PHONE, startDeskServer } from "./helpers/desk";
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
/** A seed photo of a story readers see, past the library's first page (newest first). */
const seedPhoto = (): Photo =>
  server.query<Photo>(
    "SELECT m.id, m.caption, m.credit, m.alt FROM media m JOIN articles a ON a.photo_id = m.id WHERE m.path LIKE 'seed/%' AND a.status = 'published' AND a.published_at <= ? ORDER BY m.id LIMIT 1 OFFSET 3",
    Date.now(),
  )[0];

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

test.describe("Pustaka foto: list, edit, focal point, uses and delete", () => {
  for (const d of [0, 1]) {
    test(`the list finds seed photos by credit and by WIB date, with the search in the address (${d === 0 ? "desktop" : "phone"})`, async () => {
      const { context, name } = devices()[d];
      const photo = seedPhoto();
      const page = await context.newPage();
      await page.goto("/admin");
      await page.getByRole("link", { name: "Pustaka foto" }).click();
      await expect(page.getByRole("heading", { name: "Pustaka foto" })).toBeVisible();
      if (name === "phone") {
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page, { label: "/admin/media at 360 px" });
      }
      await page.getByLabel("Cari", { exact: true }).fill(photo.credit.toLowerCase());
      await page.getByRole("button", { name: "Cari", exact: true }).click();
      await expect(page).toHaveURL(/\/admin\/media\?q=/);
      await expect(page.getByText(`#${photo.id} ·`)).toBeVisible();
      await expect(page.getByText("Dipakai di 1 berita").first()).toBeVisible();
      await page.getByLabel("Dari tanggal").fill("2026-02-28");
      await page.getByLabel("Sampai tanggal").fill("2026-02-01");
      await page.getByRole("button", { name: "Cari", exact: true }).click();
      await expect(page.getByText("Tanggal akhir tidak boleh sebelum tanggal awal.")).toBeVisible();
      await expect(page.getByLabel("Cari", { exact: true })).toHaveValue(photo.credit.toLowerCase());
      await page.close();
    });
  }

  test("the focal point moves with the arrow keys and is saved with the words; bad input is named beside its field", async () => {
    const photo = seedPhoto();
    const page = await phone.newPage();
    await page.goto(`/admin/media/${photo.id}`);
    await expect(page.getByRole("heading", { name: "Dipakai di 1 berita" })).toBeVisible();
    await expectNoAxeViolations(page, { label: "edit page at 360 px" });
    const chooser = page.getByRole("button", { name: /Titik fokus foto: 50% dari kiri, 50% dari atas/ });
    await chooser.focus();
    await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("button", { name: /Titik fokus foto: 30% dari kiri, 51% dari atas/ })).toBeFocused();
    await expect(page.getByLabel("Titik fokus X (%)")).toHaveValue("30");
    await page.getByLabel("Teks alternatif").fill("");
    await page.getByLabel("Keterangan foto").fill("Keterangan baru dari pustaka");
    await page.getByRole("button", { name: "Simpan foto" }).click();
    await expect(page.getByText("Isi teks alternatif untuk foto.")).toBeVisible();
    await expect(page.getByLabel("Keterangan foto")).toHaveValue("Keterangan baru dari pustaka");
    await page.getByLabel("Teks alternatif").fill("Alt baru dari pustaka");
    await page.getByRole("button", { name: "Simpan foto" }).click();
    await expect(page.getByText("Foto tersimpan.")).toBeVisible();
    expect(server.query("SELECT caption, alt, focus_x, focus_y FROM media WHERE id = ?", photo.id)).toEqual([
      { caption: "Keterangan baru dari pustaka", alt: "Alt baru dari pustaka", focus_x: 30, focus_y: 51 },
    ]);
    // The story that uses it draws its cards with the focal point.
    const story = server.query<{ public_id: string; slug: string }>("SELECT public_id, slug FROM articles WHERE photo_id = ?", photo.id)[0];
    const reader = await page.context().browser()!.newContext({ baseURL: server.url });
    const article = await reader.newPage();
    await article.goto(`/berita/${story.public_id}/${story.slug}`);
    await expect(article.locator("figure img").first()).toHaveClass(/focal focus-x-30 focus-y-50/);
    await reader.close();
    await page.close();
  });

  test("Hapus foto is refused while a story uses it, naming the count; an unused photo goes with its files", async ({ browser }) => {
    const photo = seedPhoto();
    const admin = await logIn(browser, server, ADMIN);
    const page = await admin.newPage();
    await page.goto(`/admin/media/${photo.id}`);
    await page.getByRole("button", { name: "Hapus foto" }).click();
    await expect(page.getByText("Foto ini dipakai di 1 berita, jadi tidak dapat dihapus.")).toBeVisible();
    const unused = server.query<{ id: number; path: string }>(
      "SELECT id, path FROM media WHERE id NOT IN (SELECT media_id FROM article_photo_uses) AND id NOT IN (SELECT photo_id FROM staff WHERE photo_id IS NOT NULL) ORDER BY id DESC LIMIT 1",
    )[0];
    await page.goto(`/admin/media/${unused.id}`);
    await expect(page.getByRole("heading", { name: "Dipakai di 0 berita" })).toBeVisible();
    await page.getByRole("button", { name: "Hapus foto" }).click();
    await expect(page).toHaveURL(/\/admin\/media\?dihapus=/);
    expect(server.query("SELECT id FROM media WHERE id = ?", unused.id)).toEqual([]);
    expect((await page.request.get(`/media/${unused.path}`)).status()).toBe(404);
    await admin.close();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the list searches with a plain GET form, and Nomor foto pustaka sets a story's main photo", async ({ browser }) => {
    const photo = seedPhoto();
    for (const options of [{}, PHONE]) {
      const context = await logIn(browser, server, EDITOR, { ...options, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto("/admin/media");
      await page.getByLabel("Cari", { exact: true }).fill(photo.caption.slice(0, 12));
      await page.getByRole("button", { name: "Cari", exact: true }).click();
      await expect(page.getByText(`#${photo.id} ·`)).toBeVisible();

      const draft = server.query<{ id: number }>("SELECT id FROM articles WHERE status = 'draft' ORDER BY id LIMIT 1")[0];
      await page.goto(`/admin/berita/${draft.id}`);
      await page.getByLabel("Nomor foto pustaka").fill("99999");
      await page.getByRole("button", { name: "Simpan", exact: true }).click();
      await expect(page.getByText("Foto nomor 99999 tidak ada di pustaka.")).toBeVisible();
      await expect(page.getByLabel("Nomor foto pustaka")).toHaveValue("99999");
      await page.getByLabel("Nomor foto pustaka").fill(String(photo.id));
      await page.getByRole("button", { name: "Simpan", exact: true }).click();
      await expect(page.getByText("Tersimpan.")).toBeVisible();
      expect(server.query("SELECT photo_id FROM articles WHERE id = ?", draft.id)).toEqual([{ photo_id: photo.id }]);
      // The library's words came with it, and the library keeps them.
      await expect(page.getByLabel("Keterangan foto")).toHaveValue(photo.caption);
      expect(server.query("SELECT caption, credit, alt FROM media WHERE id = ?", photo.id)).toEqual([{ caption: photo.caption, credit: photo.credit, alt: photo.alt }]);
      await context.close();
    }
  });
});
