import { type Browser, type BrowserContext, devices, expect } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { startSpareServer, type SpareServer } from "./server";

// The desk specs (issue 15: Ralat & koreksi, readership) each run a `next start` of their own on a
// copy of the e2e database, with an admin and a redaktur who can log in and a 200 ms view flush.

export const ADMIN = { email: "meja.admin@warta.test", password: "sandi-meja-admin-1", name: "Admin Meja" };
export const EDITOR = { email: "meja.redaktur@warta.test", password: "sandi-meja-redaktur-1", name: "Redaktur Meja" };
/** The phone profile at the narrowest width the site supports. */
export const PHONE = { ...devices["Pixel 7"], viewport: { width: 360, height: 780 } };

export type Story = { id: number; public_id: string; slug: string; title: string };

export async function startDeskServer(portOffset: number): Promise<SpareServer> {
  const [adminHash, editorHash] = await Promise.all([hashPassword(ADMIN.password), hashPassword(EDITOR.password)]);
  return startSpareServer({
    portOffset,
    env: { VIEW_FLUSH_MS: "200" },
    prepare: (db) => {
      const insert = db.prepare("INSERT INTO staff (slug, name, role, email, password_hash) VALUES (?, ?, ?, ?, ?)");
      insert.run("admin-meja", ADMIN.name, "admin", ADMIN.email, adminHash);
      insert.run("redaktur-meja", EDITOR.name, "editor", EDITOR.email, editorHash);
    },
  });
}

/** A browser context logged in through the real form. */
export async function logIn(
  browser: Browser,
  server: SpareServer,
  who: { email: string; password: string },
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: server.url, ...options });
  const page = await context.newPage();
  await page.goto("/admin/masuk");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Kata sandi").fill(who.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.close();
  return context;
}

/** Published stories readers see now, newest first. */
export function newestStories(server: SpareServer, n: number, offset = 0): Story[] {
  return server.query<Story>(
    "SELECT id, public_id, slug, title FROM articles WHERE status = 'published' AND published_at <= ? ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?",
    Date.now(),
    n,
    offset,
  );
}
