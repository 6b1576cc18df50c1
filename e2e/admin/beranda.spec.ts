import { type Browser, type BrowserContext, devices, expect, type Page, test } from "@playwright/test";
import { toWibIso } from "../../lib/wib";
import { expectNoAxeViolations } from "../helpers/axe";
import { startSpareServer, type SpareServer } from "../helpers/server";

// Atur Beranda (issue 15), on a `next start` of its own (E2E_PORT + 10) and a copy of the e2e
// database: its saves change the home page, which no other spec should see change under it.
// Serial: each test starts from the front page the one before left.

const ADMIN = { name: "Redaktur Beranda", email: "redaktur.beranda@warta.test", password: "sandi-redaktur-beranda-4" };
const REPORTER = { name: "Reporter Beranda", email: "reporter.beranda@warta.test", password: "sandi-reporter-beranda-5" };
const PHONE = (({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch }) => ({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch }))(devices["Pixel 7"]);

type Story = { id: number; public_id: string; slug: string; title: string };

test.describe.configure({ mode: "serial" });

let server: SpareServer;
/** The story the search picked in the second test: the restore must take it off again. */
let searchedTitle = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startSpareServer({ portOffset: 10, env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: ADMIN.name } });
});

test.afterAll(async () => {
  await server?.dispose();
});

/** Visible stories, newest first, as the home page orders them. */
function visible(): Story[] {
  return server.query<Story>(
    "SELECT id, public_id, slug, title FROM articles WHERE status IN ('published','scheduled') AND published_at <= ? ORDER BY published_at DESC, id DESC",
    Date.now(),
  );
}

async function loggedIn(browser: Browser, who: { email: string; password: string }, options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ baseURL: server.url, ...options });
  const page = await ctx.newPage();
  await page.goto("/admin/masuk");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Kata sandi").fill(who.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return { ctx, page };
}

/** The home page as an anonymous reader gets it (the ISR cache included). */
async function home(): Promise<string> {
  return (await fetch(`${server.url}/`)).text();
}

/** The title of the home page's headline (the first story of "Berita utama"). */
function headlineOf(html: string): string | undefined {
  const section = /<section aria-label="Berita utama"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
  return /<h2[^>]*><a[^>]*>([^<]+)<\/a>/.exec(section)?.[1];
}

function pilihanOf(html: string): string {
  return /<section aria-labelledby="pilihan-redaksi-judul"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");

test("without JavaScript: a pasted link or id fills a slot, bad links get their message, nothing typed is lost, and the home page follows within 5 s", async ({ browser }) => {
  const stories = visible();
  const [headline, pilihan] = [stories[8], stories[9]];
  const [draft] = server.query<Story>("SELECT id, public_id, slug, title FROM articles WHERE status = 'draft' LIMIT 1");
  const { ctx, page } = await loggedIn(browser, ADMIN, { javaScriptEnabled: false });
  await page.getByRole("link", { name: "Atur Beranda" }).click();
  await expect(page.getByRole("heading", { name: "Atur Beranda", level: 1 })).toBeVisible();

  await page.getByLabel("Headline", { exact: true }).fill(`${server.url}/berita/${headline.public_id}/${headline.slug}`);
  await page.getByLabel("Sorotan 2", { exact: true }).fill("zzzzzzzz");
  await page.getByLabel("Sorotan 3", { exact: true }).fill(`${server.url}/berita/${draft.public_id}/${draft.slug}`);
  await page.getByLabel("Sorotan 4", { exact: true }).fill("bukan tautan");
  await page.getByLabel("Pilihan Redaksi 1", { exact: true }).fill(pilihan.public_id);
  const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Simpan" }).click()]);
  // The admin's forms answer a refused post with the form again (200), as every other form does.
  expect(answer.status()).toBe(200);
  await expect(page.locator("#sorotan-2-error")).toHaveText("Berita tidak ditemukan.");
  await expect(page.locator("#sorotan-3-error")).toHaveText("Berita ini belum terbit atau sudah ditarik; pilih berita yang tayang.");
  await expect(page.locator("#sorotan-4-error")).toHaveText("Tempel tautan berita Warta atau ID-nya (8 karakter).");
  await expect(page.getByLabel("Sorotan 2", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(`${server.url}/berita/${headline.public_id}/${headline.slug}`);
  await expect(page.getByLabel("Pilihan Redaksi 1", { exact: true })).toHaveValue(pilihan.public_id);
  await expect(page.getByLabel("Sorotan 4", { exact: true })).toHaveValue("bukan tautan");
  expect(server.query("SELECT id FROM front_page_versions")).toEqual([]);

  // Turun without JavaScript posts the form and gets it back with the two rows swapped, nothing saved.
  await page.getByLabel("Sorotan 2", { exact: true }).fill("");
  await page.getByLabel("Sorotan 3", { exact: true }).fill("");
  await page.getByLabel("Sorotan 4", { exact: true }).fill("");
  await page.getByLabel("Pilihan Redaksi 2", { exact: true }).fill(stories[10].public_id);
  await page.getByRole("button", { name: "Turun Pilihan Redaksi 1" }).click();
  await expect(page.getByLabel("Pilihan Redaksi 1", { exact: true })).toHaveValue(stories[10].public_id);
  await expect(page.getByLabel("Pilihan Redaksi 2", { exact: true })).toHaveValue(pilihan.public_id);
  expect(server.query("SELECT id FROM front_page_versions")).toEqual([]);

  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/admin\/beranda\?tersimpan=\d+$/);
  await expect(page.getByText("Tersimpan.")).toBeVisible();
  const saved = Date.now();
  await expect.poll(async () => headlineOf(await home()), { timeout: 5_000, intervals: [250] }).toBe(headline.title);
  expect(Date.now() - saved).toBeLessThan(5_000);
  const block = pilihanOf(await home());
  expect(unescape(block)).toContain(stories[10].title);
  expect(unescape(block)).toContain(pilihan.title);
  expect(unescape(block).indexOf(stories[10].title)).toBeLessThan(unescape(block).indexOf(pilihan.title));
  await expect(page.getByText(`Terpilih: ${headline.title}`)).toBeVisible();
  await ctx.close();
});

test("with JavaScript: search as you type, reorder from the keyboard, Pratinjau, then Simpan", async ({ browser }) => {
  const stories = visible();
  const pick = stories[12];
  const { ctx, page } = await loggedIn(browser, ADMIN);
  await page.goto("/admin/beranda");
  const words = pick.title.split(" ").slice(0, 3).join(" ");
  const field = page.getByLabel("Sorotan 1", { exact: true });
  await field.pressSequentially(words, { delay: 20 });
  const results = page.getByRole("list", { name: "Hasil pencarian untuk Sorotan 1" });
  await expect(results.getByRole("button", { name: new RegExp(pick.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toBeVisible();
  // From the field to the results with the arrow key, and a pick with Enter.
  await field.press("ArrowDown");
  await expect(results.getByRole("button").first()).toBeFocused();
  await page.keyboard.press("Enter");
  const chosen = await field.inputValue();
  expect(chosen).toMatch(/^[0-9a-z]{8}$/);
  await expect(field).toBeFocused();

  // Turun by keyboard: the row moves, the focus moves with it.
  await page.getByRole("button", { name: "Turun Sorotan 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Sorotan 2", { exact: true })).toHaveValue(chosen);
  await expect(page.getByLabel("Sorotan 1", { exact: true })).toHaveValue("");
  await expect(page.getByRole("button", { name: "Turun Sorotan 2" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Sorotan 3", { exact: true })).toHaveValue(chosen);
  await page.getByRole("button", { name: "Naik Sorotan 3" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Sorotan 2", { exact: true })).toHaveValue(chosen);
  await expect(page.getByRole("button", { name: "Naik Sorotan 2" })).toBeFocused();

  const [{ title }] = server.query<{ title: string }>("SELECT title FROM articles WHERE public_id = ?", chosen);
  searchedTitle = title;
  await expect(page.getByText(`Terpilih: ${title}`)).toBeVisible();
  const before = server.query("SELECT id FROM front_page_versions").length;
  await page.getByRole("button", { name: "Pratinjau" }).click();
  const preview = page.getByRole("region", { name: "Pratinjau beranda (belum disimpan)" });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole("heading")).toBeFocused();
  await expect(preview.getByRole("listitem").filter({ hasText: "Sorotan:" }).nth(1)).toContainText(`${title} (pilihan redaksi)`);
  await expect(preview.getByRole("listitem").filter({ hasText: "Sorotan:" }).first()).toContainText("(otomatis: berita terbaru)");
  await expect(page.getByLabel("Sorotan 2", { exact: true })).toHaveValue(chosen);
  expect(server.query("SELECT id FROM front_page_versions")).toHaveLength(before);

  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/admin\/beranda\?tersimpan=\d+$/);
  await expect.poll(async () => unescape(/<section aria-label="Berita utama"[\s\S]*?<\/section>/.exec(await home())?.[0] ?? ""), { timeout: 5_000, intervals: [250] }).toContain(title);
  await ctx.close();
});

test("Pulihkan brings an earlier version back as a new one", async ({ browser }) => {
  const versions = server.query<{ id: number }>("SELECT id FROM front_page_versions ORDER BY id");
  expect(versions.length).toBeGreaterThanOrEqual(2);
  const first = versions[0].id;
  const { ctx, page } = await loggedIn(browser, ADMIN);
  await page.goto("/admin/beranda");
  const history = page.getByRole("region", { name: "Riwayat versi" });
  await expect(history.getByRole("listitem").first()).toContainText(/Versi \d+ · \d{2} \w{3} \d{4}, \d{2}:\d{2} WIB · Redaktur Beranda/);
  await history.getByRole("button", { name: `Pulihkan versi ${first}` }).click();
  await expect(page.getByText(`Versi ${first} dipulihkan sebagai versi baru.`)).toBeVisible();
  const [newest] = server.query<{ id: number; data: string }>("SELECT id, data FROM front_page_versions ORDER BY id DESC LIMIT 1");
  const [original] = server.query<{ data: string }>("SELECT data FROM front_page_versions WHERE id = ?", first);
  expect(newest.id).toBeGreaterThan(versions.at(-1)!.id);
  expect(newest.data).toBe(original.data);
  await expect(history.getByRole("listitem").first()).toContainText("Berlaku");
  const topSection = async () => unescape(/<section aria-label="Berita utama"[\s\S]*?<\/section>/.exec(await home())?.[0] ?? "");
  await expect.poll(topSection, { timeout: 5_000, intervals: [250] }).not.toContain(searchedTitle);
  expect(headlineOf(await home())).toBe(visible()[8].title);
  await ctx.close();
});

test("an unpublished pick drops out at once; an expired one gives its place back to the newest story", async ({ browser }) => {
  test.setTimeout(90_000);
  const stories = visible();
  const pilihan = server.query<{ data: string }>("SELECT data FROM front_page_versions ORDER BY id DESC LIMIT 1")[0];
  const pickId = (JSON.parse(pilihan.data) as { pilihan: ({ articleId: number } | null)[] }).pilihan[1]!.articleId;
  const [picked] = server.query<Story>("SELECT id, public_id, slug, title FROM articles WHERE id = ?", pickId);
  const { ctx, page } = await loggedIn(browser, ADMIN);
  expect(unescape(pilihanOf(await home()))).toContain(picked.title);
  await page.goto(`/admin/berita/${picked.id}`);
  await page.getByRole("button", { name: "Tarik dari situs" }).click();
  await expect(page.getByText("Tersimpan.")).toBeVisible();
  await expect.poll(async () => unescape(pilihanOf(await home())), { timeout: 5_000, intervals: [250] }).not.toContain(picked.title);
  await page.goto("/admin/beranda");
  await expect(page.getByText("Tidak tayang lagi: posisi ini diisi berita terbaru.")).toBeVisible();

  // A headline until a few seconds from now (the field takes seconds when sent them).
  const expiry = toWibIso(new Date(Date.now() + 8_000)).slice(0, 19);
  const target = stories[14];
  await page.getByLabel("Headline", { exact: true }).fill(target.public_id);
  await page.getByLabel("Headline: Berakhir (WIB)").fill(expiry);
  // The withdrawn pick must go before saving: it would be refused.
  await page.getByLabel("Pilihan Redaksi 2", { exact: true }).fill("");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/admin\/beranda\?tersimpan=\d+$/);
  await expect.poll(async () => headlineOf(await home()), { timeout: 5_000, intervals: [250] }).toBe(target.title);
  // Nothing is written at the expiry: the home page renders again within its 30 s window and
  // leads with the newest story.
  await expect.poll(async () => headlineOf(await home()), { timeout: 60_000, intervals: [1_000] }).toBe(visible()[0].title);
  await page.goto("/admin/beranda");
  await expect(page.getByText(new RegExp(`^Sudah berakhir \\(.+ WIB\\): .+\\. Posisi ini diisi berita terbaru\\.$`))).toBeVisible();
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue("");
  await ctx.close();
});

test("a reporter has no Atur Beranda: no link, 403, and the actions refuse", async ({ browser }) => {
  const { ctx, page } = await loggedIn(browser, ADMIN);
  await page.goto("/admin/staf");
  await page.getByLabel("Nama").fill(REPORTER.name);
  await page.getByLabel("Email").fill(REPORTER.email);
  await page.getByLabel("Peran", { exact: true }).selectOption("reporter");
  await page.getByLabel("Kata sandi awal").fill(REPORTER.password);
  await page.getByRole("button", { name: "Tambah staf" }).click();
  await expect(page.getByText("Staf ditambahkan.")).toBeVisible();
  // The editor's form, as posted without JavaScript, kept to replay with the reporter's session.
  const fields = await page.goto("/admin/beranda").then(() =>
    page.locator("form:has([name=headline-1])").evaluate((f: HTMLFormElement) => [...new FormData(f)].filter((e): e is [string, string] => typeof e[1] === "string")),
  );
  await ctx.close();

  const reporter = await loggedIn(browser, REPORTER);
  await expect(reporter.page.getByRole("link", { name: "Atur Beranda" })).toHaveCount(0);
  expect((await reporter.page.goto("/admin/beranda"))?.status()).toBe(403);
  const before = server.query("SELECT id FROM front_page_versions").length;
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, k === "headline-1" ? visible()[20].public_id : v);
  const cookie = (await reporter.ctx.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const res = await fetch(`${server.url}/admin/beranda`, { method: "POST", body, headers: { cookie, origin: server.url }, redirect: "manual" });
  await res.arrayBuffer();
  expect(res.status).not.toBe(303);
  expect(server.query("SELECT id FROM front_page_versions")).toHaveLength(before);
  await reporter.ctx.close();
});

for (const profile of [
  { name: "desktop", options: { viewport: { width: 1280, height: 900 } } },
  { name: "Pixel 7", options: PHONE },
]) {
  test(`axe finds nothing on /admin/beranda (${profile.name}): as loaded, with errors, with search results; the home block at 360 px`, async ({ browser }) => {
    // Four axe runs: more than a test's default 30 s on a busy machine.
    test.setTimeout(90_000);
    const { ctx, page } = await loggedIn(browser, ADMIN, profile.options);
    await page.goto("/admin/beranda");
    await expectNoAxeViolations(page, { label: "as loaded" });
    await page.getByLabel("Sorotan 3", { exact: true }).fill("zzzzzzzz");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.locator("#sorotan-3-error")).toBeVisible();
    await expectNoAxeViolations(page, { label: "with an error" });
    await page.getByLabel("Sorotan 3", { exact: true }).fill("");
    await page.getByLabel("Sorotan 3", { exact: true }).pressSequentially(visible()[3].title.split(" ").slice(0, 2).join(" "), { delay: 20 });
    await expect(page.getByRole("list", { name: "Hasil pencarian untuk Sorotan 3" })).toBeVisible();
    await expectNoAxeViolations(page, { label: "with search results" });
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await ctx.close();

    const reader = await browser.newContext({ baseURL: server.url, ...(profile.name === "desktop" ? profile.options : { ...PHONE, viewport: { width: 360, height: 780 } }) });
    const home = await reader.newPage();
    await home.goto("/");
    const block = home.getByRole("region", { name: "Pilihan Redaksi" });
    await expect(block).toBeVisible();
    await expectNoAxeViolations(home, { include: "section[aria-labelledby=pilihan-redaksi-judul]", label: "Pilihan Redaksi" });
    expect(await home.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await reader.close();
  });
}
