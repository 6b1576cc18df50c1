import { expect as baseExpect, type Locator, type Page } from "@playwright/test";
import { readDb } from "../helpers/db";

// Steps through the article form shared by the specs about editing (edits, autosave).

// Admin pages render per request and every save runs the full checks: slow on a busy shared machine.
export const expect = baseExpect.configure({ timeout: 20_000 });

export const button = (page: Page | Locator, name: string) => page.getByRole("button", { name, exact: true });
export const editor = (page: Page) => page.getByRole("textbox", { name: "Isi berita" });

/** The POSTs the page sends to itself (server actions and plain form posts alike), not its autosaves or uploads. */
export function countPosts(page: Page): { readonly n: number } {
  const seen = { n: 0 };
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === new URL(page.url()).pathname) seen.n++;
  });
  return seen;
}

/** Writes and saves a draft through the form; returns its id. Without JavaScript the body is the plain textarea. */
export async function newDraft(page: Page, a: { title: string; body: string; lead?: string; js?: boolean }): Promise<number> {
  await page.goto("/admin/berita/baru");
  await page.getByLabel("Judul").fill(a.title);
  await page.getByLabel("Ringkasan").fill(a.lead ?? "Ringkasan uji suntingan yang cukup panjang.");
  await page.getByLabel("Kanal").selectOption({ label: "Ekonomi" });
  if (a.js === false) await page.locator("textarea#isi").fill(`<p>${a.body}</p>`);
  else {
    await editor(page).click();
    await page.keyboard.type(a.body);
  }
  await button(page, "Simpan").click();
  await expect(page).toHaveURL(/\/admin\/berita\/\d+\?tersimpan=1$/);
  return Number(/berita\/(\d+)/.exec(page.url())![1]);
}

export function story(id: number) {
  return readDb<{ public_id: string; slug: string; status: string; title: string; body: string; version: number; photo_id: number | null }>(
    "SELECT public_id, slug, status, title, body, version, photo_id FROM articles WHERE id = ?",
    id,
  )[0];
}

/** Opens a story's edit page with Tiptap mounted. */
export async function openEditor(page: Page, id: number) {
  await page.goto(`/admin/berita/${id}`);
  await expect(page.getByRole("toolbar", { name: "Format teks" })).toBeVisible();
}
