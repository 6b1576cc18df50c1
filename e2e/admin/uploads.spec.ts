import { existsSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { E2E_DATA_DIR } from "../../playwright.config";
import { goodJpeg, HOSTILE_FILES, type HostileFile, TRAVERSAL_NAME } from "../../lib/testing/uploads/hostile-files";
import { readDb } from "../helpers/db";
import { adminState } from "./accounts";
import { listTree } from "../../lib/testing/files";

// Issue #8: hostile files through the real admin forms. Each is refused beside its field, in
// Indonesian, with everything typed kept, and nothing reaches MEDIA_DIR or the temp folder.
test.describe.configure({ mode: "serial", timeout: 120_000 });
test.use({ storageState: adminState });

const MEDIA_DIR = resolve(E2E_DATA_DIR, "media");


/**
 * Files of exactly `size` bytes under temp entries that appeared since `before`: an upload parked
 * on disk while it is checked would show up here (other programs' new temp files are not that size).
 */
function parkedCopies(before: Set<string>, size: number): string[] {
  const found: string[] = [];
  for (const name of readdirSync(tmpdir())) {
    if (before.has(name)) continue;
    const path = join(tmpdir(), name);
    try {
      const files = statSync(path).isDirectory() ? listTree(path).map((f) => join(path, f)) : [path];
      found.push(...files.filter((f) => statSync(f).size === size));
    } catch {
      // Gone again, or not ours to read.
    }
  }
  return found;
}

/** Submits the form and answers the status of the server action's POST. */
async function submit(page: Page, button: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === new URL(page.url()).pathname),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return response.status();
}

const count = (table: string) => readDb<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)[0].n;

async function fillArticle(page: Page, title: string, js = true) {
  await page.goto("/admin/berita/baru");
  await page.getByLabel("Judul").fill(title);
  await page.getByLabel("Ringkasan").fill("Ringkasan uji unggahan yang cukup panjang.");
  await page.getByLabel("Dateline").fill("surabaya");
  await page.getByLabel("Kanal").selectOption({ label: "Nasional" });
  await page.getByLabel("Tag").fill("Uji Unggahan, Keamanan");
  if (js) {
    await page.getByRole("textbox", { name: "Isi berita" }).click();
    await page.keyboard.type("Isi berita uji unggahan berkas yang harus ditolak.");
  } else await page.locator("textarea#isi").fill("<p>Isi berita uji unggahan berkas yang harus ditolak.</p>");
  await page.getByLabel("Keterangan foto").fill("Keterangan yang harus tetap ada.");
  await page.getByLabel("Kredit foto").fill("Warta/Uji");
  await page.getByLabel("Teks alternatif").fill("Teks alternatif uji");
}

/** `button`: the file goes with the form's save; none: the field uploads it by itself (the article form with JavaScript). */
async function expectRefused(page: Page, file: HostileFile, field: { input: string; error: string; button?: string }, tables: string[]) {
  const bytes = await file.bytes();
  const media = listTree(MEDIA_DIR);
  const temp = new Set(readdirSync(tmpdir()));
  const rows = tables.map(count);
  const choose = () => page.getByLabel(field.input, { exact: true }).setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: bytes });
  if (field.button) {
    await choose();
    // A server action answers its form state with 200; the refusal is in the page, beside the field.
    expect(await submit(page, field.button), file.label).toBe(200);
    await expect(page.getByText("Periksa kembali isian yang ditandai.")).toBeVisible();
  } else {
    const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === "/admin/unggah-foto"), choose()]);
    expect([413, 422], file.label).toContain(response.status());
  }
  await expect(page.locator(`#${field.error}`), file.label).toHaveText(file.message);
  expect(listTree(MEDIA_DIR), `${file.label}: MEDIA_DIR changed`).toEqual(media);
  expect(parkedCopies(temp, bytes.length), `${file.label}: a copy in the temp folder`).toEqual([]);
  expect(tables.map(count), `${file.label}: rows written`).toEqual(rows);
}

for (const js of [true, false]) {
  test(`the article form ${js ? "(its upload)" : "without JavaScript (its save)"} refuses each hostile photo beside the field, keeps what was typed and writes nothing`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: adminState, javaScriptEnabled: js });
    const page = await context.newPage();
    await fillArticle(page, "Uji unggahan foto berbahaya", js);
    for (const file of HOSTILE_FILES) {
      await expectRefused(page, file, { input: "Foto", error: "foto-error", button: js ? undefined : "Simpan" }, ["articles", "media"]);
      await expect(page.getByLabel("Judul")).toHaveValue("Uji unggahan foto berbahaya");
      await expect(page.getByLabel("Tag")).toHaveValue("Uji Unggahan, Keamanan");
      await expect(page.getByLabel("Kanal").locator("option:checked")).toHaveText("Nasional");
      // The photo is the only thing wrong: no other field has a message.
      await expect(page.locator('[id$="-error"]')).toHaveCount(1);
      await expect(page.getByLabel("Keterangan foto")).toHaveValue("Keterangan yang harus tetap ada.");
      await expect(page.getByLabel("Kredit foto")).toHaveValue("Warta/Uji");
      await expect(page.getByLabel("Teks alternatif"), file.label).toHaveValue("Teks alternatif uji");
      if (js) await expect(page.getByRole("textbox", { name: "Isi berita" })).toContainText("Isi berita uji unggahan berkas");
      else await expect(page.locator("textarea#isi")).toHaveValue(/Isi berita uji unggahan berkas/);
    }
    await context.close();
  });
}

test("a valid photo named ../../evil.jpg is stored under a generated name inside MEDIA_DIR", async ({ page }) => {
  const before = new Set(listTree(MEDIA_DIR));
  await fillArticle(page, "Uji nama berkas yang memanjat folder");
  await page.getByLabel("Foto", { exact: true }).setInputFiles({ name: TRAVERSAL_NAME, mimeType: "image/jpeg", buffer: await goodJpeg() });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Tersimpan.")).toBeVisible();
  const id = Number(/\/admin\/berita\/(\d+)/.exec(page.url())![1]);
  const [row] = readDb<{ path: string; original: string }>("SELECT m.path, m.original_path AS original FROM articles a JOIN media m ON m.id = a.photo_id WHERE a.id = ?", id);
  expect(row.path).toMatch(/^uploads\/\d{4}\/\d{2}\/[A-Za-z0-9_-]{12}\.webp$/);
  // The kept original (for a later re-crop) carries the same generated name.
  expect(row.original).toBe(row.path.replace(/^uploads\//, "originals/").replace(/\.webp$/, ".jpg"));
  const added = listTree(MEDIA_DIR).filter((f) => !before.has(f));
  expect(added.sort()).toEqual([row.path, row.path.replace(/\.webp$/, "-640.webp"), row.original].sort());
  expect(existsSync(resolve(MEDIA_DIR, TRAVERSAL_NAME))).toBe(false);
  expect(listTree(resolve(E2E_DATA_DIR)).filter((f) => f.includes("evil"))).toEqual([]);
});

test("the ad form refuses each hostile picture beside the field, keeps what was typed and writes nothing", async ({ page }) => {
  await page.goto("/admin/iklan/baru");
  await page.getByLabel("Nama iklan").fill("Iklan Uji Unggahan");
  await page.getByLabel("Slot").selectOption("sidebar");
  await page.getByLabel("Teks alternatif").fill("Spanduk uji");
  await page.getByLabel("URL tujuan").fill("https://toko.example/uji");
  await page.getByLabel("Mulai tayang (WIB)").fill("2026-05-10T10:00");
  await page.getByLabel("Selesai tayang (WIB)").fill("2026-05-20T10:00");
  for (const file of HOSTILE_FILES) {
    await expectRefused(page, file, { input: "Gambar 300×250", error: "gambar-error", button: "Simpan iklan" }, ["ad_creatives", "media"]);
    await expect(page.getByLabel("Nama iklan"), file.label).toHaveValue("Iklan Uji Unggahan");
    await expect(page.getByLabel("Slot"), file.label).toHaveValue("sidebar");
    await expect(page.getByLabel("Teks alternatif"), file.label).toHaveValue("Spanduk uji");
    await expect(page.getByLabel("URL tujuan"), file.label).toHaveValue("https://toko.example/uji");
    await expect(page.getByLabel("Mulai tayang (WIB)"), file.label).toHaveValue("2026-05-10T10:00");
  }
});
