import { type Browser, expect, type Page } from "@playwright/test";

/** An editor account that a spare server creates from ADMIN_EMAIL/ADMIN_PASSWORD at start. */
export const EDITOR = { email: "redaksi.ketahanan@warta.test", password: "sandi-uji-ketahanan-1", name: "Redaksi Uji" };
export const EDITOR_ENV = { ADMIN_EMAIL: EDITOR.email, ADMIN_PASSWORD: EDITOR.password, ADMIN_NAME: EDITOR.name };

export type Fields = [string, string][];

/** A form's fields as the browser would post them; the hidden ones name the server action. */
function formFields(page: Page, selector: string): Promise<Fields> {
  return page
    .locator(selector)
    .first()
    .evaluate((form: HTMLFormElement) => [...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === "string"));
}

export function withValues(fields: Fields, values: Record<string, string>): Fields {
  return [...fields.filter(([k]) => !(k in values)), ...Object.entries(values)];
}

export type EditorForms = {
  cookie: string;
  /** The empty "Berita baru" form; post it to /admin/berita/baru. */
  create: Fields;
  /** A kanal id the forms accept. */
  kanal: string;
  /** Stories of the editor's own, each with its edit form (post to /admin/berita/<id>, version 1). */
  own: { id: number; edit: Fields }[];
};

/**
 * Logs in through the real form in a browser without JavaScript and reads the forms an editor
 * uses, so that later saves and publishes can be posted exactly as such a browser posts them.
 */
export async function editorForms(browser: Browser, baseUrl: string, opts: { run: string; ownStories: number }): Promise<EditorForms> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/admin/masuk`);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Kata sandi").fill(EDITOR.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(`${baseUrl}/admin`);
  await page.goto(`${baseUrl}/admin/berita/baru`);
  const create = await formFields(page, "form:has([name=judul])");
  const own: { id: number; edit: Fields }[] = [];
  for (let w = 0; w < opts.ownStories; w++) {
    await page.getByLabel("Judul").fill(`Berita uji ${opts.run} penulis ${w}`);
    await page.getByLabel("Kanal").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page).toHaveURL(/\/admin\/berita\/\d+\?tersimpan=1$/);
    own.push({ id: Number(/berita\/(\d+)/.exec(page.url())![1]), edit: await formFields(page, "form:has([name=judul])") });
    await page.goto(`${baseUrl}/admin/berita/baru`);
  }
  const kanal = own[0].edit.find(([k]) => k === "kanal")![1];
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await context.close();
  return { cookie, create, kanal, own };
}

/**
 * A story's form as "Terbitkan sekarang" posts it: the typed fields with the button's `intent`,
 * to be posted to /admin/berita/<id>. Publishing checks what a published story needs (a lead, a body).
 */
export function publishFields(form: Fields, id: number, version: number): Fields {
  return [...withValues(form, { id: String(id), version: String(version) }), ["intent", "published"]];
}

/** Presses a save button of the article form and waits for the server's answer: "Tersimpan." may still show from the save before. */
export async function pressSave(page: Page, name: string) {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/berita/")),
    page.getByRole("button", { name, exact: true }).click(),
  ]);
  await expect(page.getByText("Tersimpan.")).toBeVisible();
}

/**
 * Posts a form as a browser without JavaScript does. Returns the redirect target when the
 * save or publish was acknowledged (a redirect back to the story with ?tersimpan=1), else null.
 */
export async function postForm(baseUrl: string, path: string, fields: Fields, cookie: string): Promise<{ status: number; savedAt: string | null }> {
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, v);
  const res = await fetch(`${baseUrl}${path}`, { method: "POST", body, headers: { cookie, origin: baseUrl }, redirect: "manual" });
  await res.arrayBuffer();
  const location = res.headers.get("location") ?? "";
  const ok = res.status >= 300 && res.status < 400 && /\?tersimpan=1$/.test(location);
  return { status: res.status, savedAt: ok ? location : null };
}
