import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { ADMIN, EDITOR, logIn, newestStories, PHONE, startDeskServer } from "./helpers/desk";
import { expectNoHorizontalScroll } from "./helpers/page";
import type { SpareServer } from "./helpers/server";
import { fetchXml } from "./helpers/xml";

// Issue 15, "Ralat & koreksi", on a server of its own (E2E_PORT + 23, e2e/helpers/desk.ts): the notes
// written here never touch the shared server's stories. Runs in the `desk` project, in order: later
// tests read the notes earlier ones wrote.

const KINDS = [
  { value: "ralat", label: "Ralat" },
  { value: "koreksi", label: "Koreksi" },
  { value: "klarifikasi", label: "Klarifikasi" },
  { value: "hak-jawab", label: "Hak Jawab" },
] as const;
const WIB_TIME = /\d{2} \w{3} \d{4} \d{2}:\d{2} WIB/;

let server: SpareServer;
let admin: BrowserContext;
let editor: BrowserContext;
const newest = (n: number) => newestStories(server, n);

test.describe.configure({ mode: "serial" });

async function addNote(page: Page, kind: string, note: string) {
  const section = page.locator("#koreksi");
  const before = await section.locator("li").count();
  await section.getByLabel("Jenis").selectOption(kind);
  await section.getByLabel("Catatan").fill(note);
  await section.getByRole("button", { name: "Tambahkan" }).click();
  await expect(page).toHaveURL(/\?catatan=ditambahkan#koreksi$/);
  // The address is the same after a second note: the list growing is what shows the write landed.
  await expect(section.locator("li")).toHaveCount(before + 1);
  await expect(section.locator("li").first()).toContainText(note);
}

test.beforeAll(async ({ browser }) => {
  server = await startDeskServer(23);
  editor = await logIn(browser, server, EDITOR);
  admin = await logIn(browser, server, ADMIN);
});

test.afterAll(async () => {
  await admin?.close();
  await editor?.close();
  await server?.dispose();
});

test.describe("Ralat & koreksi", () => {
  test("an editor adds each kind of note; the reader sees them near the top with kind and WIB time, and in the JSON-LD", async ({ browser }) => {
    // Four notes, each a save and a page drop, then the reader's page: more than 30 s on a busy machine.
    test.slow();
    const [story] = newest(1);
    const page = await editor.newPage();
    await page.goto(`/admin/berita/${story.id}`);
    await expect(page.getByRole("heading", { name: "Ralat & koreksi" })).toBeVisible();
    for (const k of KINDS) await addNote(page, k.value, `Catatan ${k.label} untuk uji meja.`);
    await expect(page.locator("#koreksi li")).toHaveCount(4);
    // A redaktur does not remove notes: that is an admin's.
    await expect(page.getByRole("button", { name: /Hapus catatan/ })).toHaveCount(0);

    const reader = await browser.newContext({ baseURL: server.url });
    const article = await reader.newPage();
    await article.goto(`/berita/${story.public_id}/${story.slug}`);
    const notes = article.locator("aside#koreksi li");
    await expect(notes).toHaveCount(4);
    for (const [i, k] of KINDS.entries()) {
      await expect(notes.nth(i)).toContainText(k.label);
      await expect(notes.nth(i)).toContainText(`Catatan ${k.label} untuk uji meja.`);
      await expect(notes.nth(i).locator("time")).toHaveText(WIB_TIME);
    }
    // Near the top: before the body.
    const [notesTop, bodyTop] = await Promise.all([
      article.locator("aside#koreksi").evaluate((e) => e.getBoundingClientRect().top),
      article.locator("article p").last().evaluate((e) => e.getBoundingClientRect().top),
    ]);
    expect(notesTop).toBeLessThan(bodyTop);

    const ld = await article.locator('script[type="application/ld+json"]').allTextContents();
    const news = ld.map((t) => JSON.parse(t)).find((d) => d["@type"] === "NewsArticle");
    expect(news.correction.map((c: { text: string }) => c.text)).toEqual(KINDS.map((k) => `${k.label}: Catatan ${k.label} untuk uji meja.`));
    expect(news.correction.every((c: { "@type": string }) => c["@type"] === "CorrectionComment")).toBe(true);
    // dateModified moved to the last note.
    expect(news.dateModified).toBe(news.correction.at(-1).datePublished);
    await reader.close();
  });

  test("a note is added without JavaScript too, and bad input keeps what was typed with a message beside the field", async ({ browser }) => {
    const [, story] = newest(2);
    const noJs = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, storageState: await editor.storageState() });
    const page = await noJs.newPage();
    await page.goto(`/admin/berita/${story.id}`);
    const section = page.locator("#koreksi");

    // Empty Catatan: the kind stays chosen, the message sits under Catatan.
    await section.getByLabel("Jenis").selectOption("klarifikasi");
    await section.getByLabel("Catatan").fill("   ");
    await section.getByRole("button", { name: "Tambahkan" }).click();
    await expect(page.locator("#catatan-error")).toHaveText("Isi catatan.");
    await expect(page.locator("#catatan")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#jenis")).toHaveValue("klarifikasi");

    // An unknown Jenis (a tampered form): refused beside Jenis, the note typed is kept.
    await page.locator("#jenis").evaluate((select: HTMLSelectElement) => {
      select.add(new Option("Erratum", "erratum"));
      select.value = "erratum";
    });
    await page.locator("#catatan").fill("Catatan yang tidak boleh hilang.");
    await section.getByRole("button", { name: "Tambahkan" }).click();
    await expect(page.locator("#jenis-error")).toHaveText("Pilih jenis catatan: Ralat, Koreksi, Klarifikasi, atau Hak Jawab.");
    await expect(page.locator("#catatan")).toHaveValue("Catatan yang tidak boleh hilang.");
    expect(server.query("SELECT id FROM article_corrections WHERE article_id = ?", story.id)).toEqual([]);

    // And a good one, still without JavaScript.
    await page.locator("#jenis").selectOption("ralat");
    await section.getByRole("button", { name: "Tambahkan" }).click();
    await expect(page).toHaveURL(/\?catatan=ditambahkan#koreksi$/);
    await expect(page.locator("#koreksi li").first()).toContainText("Catatan yang tidak boleh hilang.");
    await noJs.close();
  });

  test("/koreksi lists the notes newest first, announces its feed, and the feed carries them", async ({ page }) => {
    await page.goto(`${server.url}/koreksi`);
    await expect(page.getByRole("heading", { level: 1, name: "Ralat & Koreksi" })).toBeVisible();
    const items = page.locator("main li[data-correction-kind]");
    await expect(items.first()).toContainText("Catatan yang tidak boleh hilang.");
    await expect(items.nth(1)).toContainText("Hak Jawab");
    await expect(items.nth(4)).toContainText("Ralat");
    const feedLink = page.locator('link[rel="alternate"][type="application/rss+xml"]');
    await expect(feedLink).toHaveAttribute("href", /\/rss\/koreksi$/);
    await expectNoAxeViolations(page, { label: "/koreksi" });

    const feed = await fetchXml(page.request, `${server.url}/rss/koreksi`);
    const titles = feed.doc.rss.channel.item.map((i: { title: string }) => i.title);
    const [first, second] = newest(2);
    expect(titles.slice(0, 5)).toEqual([`Ralat: ${second.title}`, ...[...KINDS].reverse().map((k) => `${k.label}: ${first.title}`)]);
    expect(feed.doc.rss.channel.item[0].link).toBe(`${server.url}/berita/${second.public_id}/${second.slug}#koreksi`);
  });

  test("only an admin removes a note; the reader no longer sees it and the desk keeps the trace", async ({ browser }) => {
    const [story] = newest(1);
    const noteOf = (kind: string) => server.query<{ id: number }>("SELECT id FROM article_corrections WHERE article_id = ? AND kind = ?", story.id, kind)[0].id;
    const removedAt = (id: number) => server.query<{ removed_at: number | null }>("SELECT removed_at FROM article_corrections WHERE id = ?", id)[0].removed_at;
    const page = await admin.newPage();
    await page.goto(`/admin/berita/${story.id}`);

    // The Hapus catatan form of the Ralat, posted as a browser without JavaScript posts it: refused
    // for the redaktur, while the very same post from the admin removes the note.
    const ralat = noteOf("ralat");
    const form = page.locator(`[data-correction="${ralat}"] form`);
    const fields = await form.evaluate((f: HTMLFormElement) => [...new FormData(f)].filter((e): e is [string, string] => typeof e[1] === "string"));
    const post = (context: BrowserContext) =>
      context.request.post(`/admin/berita/${story.id}`, { multipart: Object.fromEntries(fields), headers: { origin: server.url }, maxRedirects: 0 });
    await post(editor);
    expect(removedAt(ralat)).toBeNull();
    await post(admin);
    expect(removedAt(ralat)).not.toBeNull();

    // And through the page: the Koreksi.
    const koreksi = noteOf("koreksi");
    await page.reload();
    const versionBefore = server.query<{ version: number }>("SELECT version FROM articles WHERE id = ?", story.id)[0].version;
    await page.locator(`[data-correction="${koreksi}"]`).getByRole("button", { name: /Hapus catatan/ }).click();
    await expect(page).toHaveURL(/\?catatan=dihapus#koreksi$/);
    const item = page.locator(`[data-correction="${koreksi}"]`);
    await expect(item).toContainText(new RegExp(`Dihapus oleh ${ADMIN.name} pada .*WIB`));
    await expect(item).toContainText("Catatan Koreksi untuk uji meja.");
    await expect(page.locator(`[data-correction="${ralat}"]`)).toContainText(`Dihapus oleh ${ADMIN.name}`);
    await expect(page.getByText(`Versi ${versionBefore + 1} ·`)).toBeVisible();

    const reader = await browser.newContext({ baseURL: server.url });
    const article = await reader.newPage();
    await article.goto(`/berita/${story.public_id}/${story.slug}`);
    await expect(article.locator("aside#koreksi li")).toHaveCount(2);
    await expect(article.locator("aside#koreksi")).not.toContainText("Catatan Koreksi");
    await expect(article.locator("aside#koreksi")).not.toContainText("Catatan Ralat");
    await article.goto("/koreksi");
    await expect(article.locator("main")).not.toContainText("Catatan Koreksi untuk uji meja.");
    await reader.close();
  });
});

test.describe("on a phone", () => {
  test("an editor adds a note on a phone, the reader reads it there, and the pages fit 360 px", async ({ browser }) => {
    const context = await browser.newContext({ ...PHONE, baseURL: server.url, storageState: await editor.storageState() });
    const [, , story] = newest(3);
    const page = await context.newPage();
    await page.goto(`/admin/berita/${story.id}`);
    await addNote(page, "hak-jawab", "Hak jawab dikirim dari ponsel.");
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, { label: "edit page on a phone", include: "#koreksi" });

    const reader = await browser.newContext({ ...PHONE, baseURL: server.url });
    const article = await reader.newPage();
    await article.goto(`/berita/${story.public_id}/${story.slug}`);
    await expect(article.locator("aside#koreksi")).toContainText("Hak Jawab");
    await expect(article.locator("aside#koreksi")).toContainText("Hak jawab dikirim dari ponsel.");
    await expectNoHorizontalScroll(article);
    await article.goto("/koreksi");
    await expect(article.locator("main li[data-correction-kind]").first()).toContainText("Hak jawab dikirim dari ponsel.");
    await expectNoHorizontalScroll(article);
    await expectNoAxeViolations(article, { label: "/koreksi on a phone" });
    await reader.close();
    await context.close();
  });
});
