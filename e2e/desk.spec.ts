import { request as httpRequest } from "node:http";
import { type Browser, type BrowserContext, devices, expect, type Page, test } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { expectNoAxeViolations } from "./helpers/axe";
import { expectNoHorizontalScroll } from "./helpers/page";
import { startSpareServer, type SpareServer } from "./helpers/server";
import { fetchXml } from "./helpers/xml";

// Issue 15, "Ralat & koreksi" and "Readership for the desk", on a server of its own (E2E_PORT + 10)
// with a copy of the e2e database: the notes and the view counts here never touch the shared
// server's stories, and the flush runs every 200 ms so counted views reach the database quickly.
// Runs in the `desk` project (playwright.config.ts), in order: later tests read what earlier wrote.

const ADMIN = { email: "meja.admin@warta.test", password: "sandi-meja-admin-1", name: "Admin Meja" };
const EDITOR = { email: "meja.redaktur@warta.test", password: "sandi-meja-redaktur-1", name: "Redaktur Meja" };
const READER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const HOUR = 3_600_000;
const KINDS = [
  { value: "ralat", label: "Ralat" },
  { value: "koreksi", label: "Koreksi" },
  { value: "klarifikasi", label: "Klarifikasi" },
  { value: "hak-jawab", label: "Hak Jawab" },
] as const;
const WIB_TIME = /\d{2} \w{3} \d{4} \d{2}:\d{2} WIB/;

type Story = { id: number; public_id: string; slug: string; title: string };

let server: SpareServer;
let admin: BrowserContext;
let editor: BrowserContext;

test.describe.configure({ mode: "serial" });

async function logIn(browser: Browser, who: { email: string; password: string }, options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
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

function newestStories(n: number, offset = 0): Story[] {
  return server.query<Story>(
    "SELECT id, public_id, slug, title FROM articles WHERE status = 'published' AND published_at <= ? ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?",
    Date.now(),
    n,
    offset,
  );
}

/** A reader's browser sending the view beacon, as public/warta.js does. */
function beacon(story: Story, visitor: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}/api/views?id=${story.public_id}`, {
      method: "POST",
      headers: { "user-agent": READER_UA, "x-forwarded-for": visitor, "content-length": "0", origin: server.url },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
    });
    req.on("error", reject);
    req.end();
  });
}

const totalOf = (id: number) => server.query<{ n: number | null }>("SELECT views AS n FROM article_view_totals WHERE article_id = ?", id)[0]?.n ?? 0;

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

test.beforeAll(async () => {
  const [adminHash, editorHash] = await Promise.all([hashPassword(ADMIN.password), hashPassword(EDITOR.password)]);
  server = await startSpareServer({
    portOffset: 10,
    env: { VIEW_FLUSH_MS: "200" },
    prepare: (db) => {
      const insert = db.prepare("INSERT INTO staff (slug, name, role, email, password_hash) VALUES (?, ?, ?, ?, ?)");
      insert.run("admin-meja", ADMIN.name, "admin", ADMIN.email, adminHash);
      insert.run("redaktur-meja", EDITOR.name, "editor", EDITOR.email, editorHash);
    },
  });
});

test.afterAll(async () => {
  await admin?.close();
  await editor?.close();
  await server?.dispose();
});

test.describe("Ralat & koreksi", () => {
  test("an editor adds each kind of note; the reader sees them near the top with kind and WIB time, and in the JSON-LD", async ({ browser }) => {
    editor = await logIn(browser, EDITOR);
    const [story] = newestStories(1);
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
    const [, story] = newestStories(2);
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
    const [first, second] = newestStories(2);
    expect(titles.slice(0, 5)).toEqual([`Ralat: ${second.title}`, ...[...KINDS].reverse().map((k) => `${k.label}: ${first.title}`)]);
    expect(feed.doc.rss.channel.item[0].link).toBe(`${server.url}/berita/${second.public_id}/${second.slug}#koreksi`);
  });

  test("only an admin removes a note; the reader no longer sees it and the desk keeps the trace", async ({ browser }) => {
    admin = await logIn(browser, ADMIN);
    const [story] = newestStories(1);
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

test.describe("Readership for the desk", () => {
  test("counted views show in 24 jam, 7 hari and Total, and each column sorts the list", async () => {
    const stories = newestStories(3, 5);
    const before = stories.map((s) => totalOf(s.id));
    // 9, 6 and 3 readers: distinct visitors, so each beacon counts once.
    const sent = stories.flatMap((s, i) => Array.from({ length: 9 - 3 * i }, (_, r) => beacon(s, `10.15.${i}.${r + 1}`)));
    expect(new Set(await Promise.all(sent))).toEqual(new Set([202]));
    await expect.poll(() => stories.map((s, i) => totalOf(s.id) - before[i]), { timeout: 15_000 }).toEqual([9, 6, 3]);

    const page = await admin.newPage();
    await page.goto("/admin");
    for (const [urut, label] of [
      ["24jam", "24 jam"],
      ["7hari", "7 hari"],
      ["total", "Total"],
    ] as const) {
      await page.getByRole("columnheader", { name: label }).getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`urut=${urut}`));
      await expect(page.getByRole("columnheader", { name: label })).toHaveAttribute("aria-sort", "descending");
      const column = await page.locator("thead th").allTextContents();
      const index = column.findIndex((t) => t.startsWith(label));
      const figures = await page.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents();
      const numbers = figures.map((f) => Number(f.replace(/\./g, "")));
      expect(numbers, `${label} descending`).toEqual([...numbers].sort((a, b) => b - a));
    }
    // Each story's figures are the database's, in the Terpopuler windows.
    const hour = Math.floor(Date.now() / HOUR) * HOUR;
    for (const s of stories) {
      const [day] = server.query<{ n: number }>("SELECT coalesce(sum(views), 0) AS n FROM article_views WHERE article_id = ? AND bucket_start >= ?", s.id, hour - 23 * HOUR);
      await page.goto(`/admin?q=${encodeURIComponent(s.title.slice(0, 40))}&urut=24jam`);
      const row = page.locator("tbody tr", { has: page.getByRole("link", { name: s.title, exact: true }) });
      await expect(row.locator("td").nth(5)).toHaveText(new Intl.NumberFormat("id-ID").format(day.n));
      await expect(row.locator("td").nth(7)).toHaveText(new Intl.NumberFormat("id-ID").format(totalOf(s.id)));
    }
    await expectNoAxeViolations(page, { label: "/admin with views columns" });
  });

  test("Statistik, linked from the admin bar, shows the counted views of 30 WIB days by story, kanal and reporter", async ({ browser }) => {
    const page = await admin.newPage();
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Redaksi" }).getByRole("link", { name: "Statistik" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Statistik" })).toBeVisible();

    // 00:00 WIB 29 days ago: the first of the 30 days.
    const wibMidnight = Math.floor((Date.now() + 7 * HOUR) / (24 * HOUR)) * 24 * HOUR - 7 * HOUR;
    const since = wibMidnight - 29 * 24 * HOUR;
    const fmt = (n: number) => new Intl.NumberFormat("id-ID").format(n);
    const [total] = server.query<{ n: number }>("SELECT coalesce(sum(views), 0) AS n FROM article_views WHERE bucket_start >= ?", since);
    await expect(page.locator('[data-stat="total"]')).toHaveText(fmt(total.n));

    const top = server.query<{ title: string; n: number }>(
      "SELECT a.title, sum(v.views) AS n FROM article_views v JOIN articles a ON a.id = v.article_id WHERE v.bucket_start >= ? GROUP BY a.id ORDER BY n DESC, a.id DESC LIMIT 10",
      since,
    );
    const storyRows = page.getByRole("table", { name: "Berita terpopuler" }).locator("tbody tr");
    await expect(storyRows).toHaveCount(top.length);
    for (const [i, t] of top.entries()) {
      await expect(storyRows.nth(i).locator("th")).toHaveText(t.title);
      await expect(storyRows.nth(i).locator("td")).toHaveText(fmt(t.n));
    }
    const kanal = server.query<{ name: string; n: number }>(
      "SELECT k.name, sum(v.views) AS n FROM article_views v JOIN articles a ON a.id = v.article_id JOIN kanal k ON k.id = a.kanal_id WHERE v.bucket_start >= ? GROUP BY k.id ORDER BY n DESC, k.name",
      since,
    );
    const kanalTable = page.getByRole("table", { name: "Tayangan per kanal" });
    for (const k of kanal) await expect(kanalTable.locator("tr", { has: page.getByRole("rowheader", { name: k.name, exact: true }) }).locator("td")).toHaveText(fmt(k.n));
    const reporters = server.query<{ name: string | null; n: number }>(
      "SELECT s.name, sum(v.views) AS n FROM article_views v JOIN articles a ON a.id = v.article_id LEFT JOIN staff s ON s.id = a.reporter_id WHERE v.bucket_start >= ? GROUP BY s.id",
      since,
    );
    const reporterTable = page.getByRole("table", { name: "Tayangan per reporter" });
    for (const r of reporters) {
      await expect(reporterTable.locator("tr", { has: page.getByRole("rowheader", { name: r.name ?? "Tanpa reporter", exact: true }) }).locator("td")).toHaveText(fmt(r.n));
    }
    // The charts are SVG images with a title a screen reader reads.
    for (const name of ["Tayangan per kanal", "Tayangan per reporter"]) await expect(page.getByRole("img", { name })).toBeVisible();
    await expectNoAxeViolations(page, { label: "/admin/statistik" });

    // A redaktur sees it too; the page needs no JavaScript.
    const noJs = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, storageState: await editor.storageState() });
    const plain = await noJs.newPage();
    await plain.goto("/admin/statistik");
    await expect(plain.locator('[data-stat="total"]')).toHaveText(fmt(total.n));
    await noJs.close();
  });
});

test.describe("on a phone", () => {
  test("an editor adds a note on a phone, the reader reads it there, and the new pages fit 360 px", async ({ browser }) => {
    const phone = { ...devices["Pixel 7"], viewport: { width: 360, height: 780 } };
    const context = await browser.newContext({ ...phone, baseURL: server.url, storageState: await editor.storageState() });
    const [, , story] = newestStories(3);
    const page = await context.newPage();
    await page.goto(`/admin/berita/${story.id}`);
    await addNote(page, "hak-jawab", "Hak jawab dikirim dari ponsel.");
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, { label: "edit page on a phone", include: "#koreksi" });
    await page.goto("/admin/statistik");
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, { label: "/admin/statistik on a phone" });
    await page.goto("/admin?urut=total");
    await expect(page.getByRole("columnheader", { name: "Total" })).toHaveAttribute("aria-sort", "descending");

    const reader = await browser.newContext({ ...phone, baseURL: server.url });
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
