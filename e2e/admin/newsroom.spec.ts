import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { readDb } from "../helpers/db";
import { ADMIN, adminState, reporterState } from "./accounts";

async function jpeg(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 900, channels: 3, background: "#0e7490" } })
    .jpeg()
    .toBuffer();
}

function latestPublished() {
  return readDb<{ public_id: string; slug: string; title: string }>(
    "SELECT public_id, slug, title FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1",
  )[0];
}

async function fillArticle(page: Page, a: { title: string; tags: string; body: string; kanal: string }) {
  await page.getByLabel("Judul").fill(a.title);
  await page.getByLabel("Ringkasan").fill("Ringkasan uji yang cukup panjang untuk daftar berita.");
  await page.getByLabel("Dateline").fill("bandung");
  await page.getByLabel("Kanal").selectOption({ label: a.kanal });
  await page.getByLabel("Tag").fill(a.tags);
  const editor = page.getByRole("textbox", { name: "Isi berita" });
  await editor.click();
  await page.keyboard.type(a.body);
}

test.describe("logged out", () => {
  test("a visitor is sent to the login page, and back after logging in", async ({ page }) => {
    await page.goto("/admin/berita/baru");
    await expect(page).toHaveURL(/\/admin\/masuk\?lanjut=%2Fadmin%2Fberita%2Fbaru$/);
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Kata sandi").fill(ADMIN.password);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/admin\/berita\/baru$/);
  });

  test("a wrong password and a rate-limited login get their messages", async ({ page }) => {
    // Each try waits for the server's answer: the form resets itself when that answer arrives.
    const tryLogin = async (email: string, password: string) => {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Kata sandi").fill(password);
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/masuk")),
        page.getByRole("button", { name: "Masuk" }).click(),
      ]);
      await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
      return page.locator('main p[role="alert"]').first();
    };
    await page.goto("/admin/masuk");
    await expect(await tryLogin(ADMIN.email, "salah-sekali-ini")).toHaveText("Email atau kata sandi salah.");
    // An unknown email gets the very same answer, and repeated tries are stopped.
    const unknown = "tidak-ada@warta.test";
    for (let i = 0; i < 5; i++) {
      await expect(await tryLogin(unknown, `tebakan-${i}`)).toHaveText("Email atau kata sandi salah.");
    }
    await expect(await tryLogin(unknown, "tebakan-terakhir")).toContainText("Terlalu banyak percobaan masuk. Coba lagi dalam");
  });

  test("drafts cannot be previewed by readers", async ({ page }) => {
    const [draft] = readDb<{ public_id: string }>("SELECT public_id FROM articles WHERE status = 'draft' LIMIT 1");
    expect((await page.goto(`/pratinjau/${draft.public_id}`))?.status()).toBe(404);
  });
});

test.describe("editor", () => {
  test.use({ storageState: adminState });

  // A refused save is rendered on the server with the action's state. With a Server Function bound
  // in the client form, that render looped forever and the whole server stopped answering.
  test("without JavaScript, a refused save shows its message and keeps what was typed, new and existing", async ({ browser }) => {
    const context = await browser.newContext({ storageState: adminState, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/admin/berita/baru");
    await page.getByLabel("Judul").fill("Uji Tanpa JavaScript");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("Periksa kembali isian yang ditandai.")).toBeVisible();
    await expect(page.getByLabel("Judul")).toHaveValue("Uji Tanpa JavaScript");

    const [target] = readDb<{ id: number; title: string }>("SELECT id, title FROM articles WHERE status = 'published' ORDER BY id LIMIT 1");
    await page.goto(`/admin/berita/${target.id}`);
    await page.getByLabel("Judul").fill("");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("Periksa kembali isian yang ditandai.")).toBeVisible();
    expect(readDb<{ title: string }>("SELECT title FROM articles WHERE id = ?", target.id)[0].title).toBe(target.title);
    // The server still answers everyone else.
    expect((await page.request.get("/admin/masuk")).status()).toBe(200);
    await context.close();
  });

  test("writes a story with photo, tags and a pinned related story, publishes it, and readers see it everywhere", async ({ page }) => {
    const pinned = latestPublished();
    const title = `Warga Bandung Uji Jalur Sepeda Baru ${Date.now()}`;
    await page.goto("/admin/berita/baru");
    await fillArticle(page, {
      title,
      kanal: "Nasional",
      tags: "Jalur Sepeda, Jakarta",
      body: "Paragraf pertama tentang jalur sepeda.\nParagraf kedua berisi tanggapan warga.\nParagraf ketiga memuat rencana dinas.",
    });
    await page.getByLabel("Foto", { exact: true }).setInputFiles({ name: "jalur.jpg", mimeType: "image/jpeg", buffer: await jpeg() });
    await page.getByLabel("Keterangan foto").fill("Pesepeda melintas di jalur baru.");
    await page.getByLabel("Kredit foto").fill("Warta/Uji Coba");
    await page.getByLabel("Teks alternatif").fill("Pesepeda di jalur berwarna hijau");
    await page.getByLabel("Reporter").selectOption({ label: "Raka Reporter" });
    await page.getByLabel("Redaktur").selectOption({ label: ADMIN.name });
    await page.getByLabel("Berita terkait").fill(`https://warta.test/berita/${pinned.public_id}/${pinned.slug}`);
    await page.getByLabel("Status").selectOption("published");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("Tersimpan.")).toBeVisible();

    const [row] = readDb<{ public_id: string; slug: string }>("SELECT public_id, slug FROM articles WHERE title = ?", title);
    await page.goto("/");
    await expect(page.locator('section[aria-label="Berita utama"] h2')).toHaveText(title);
    await page.goto("/kanal/nasional");
    await expect(page.locator("main ul > li h2").first()).toHaveText(title);
    await page.goto("/tag/jalur-sepeda");
    await expect(page.locator("main ul > li h2").first()).toHaveText(title);

    await page.goto(`/berita/${row.public_id}/${row.slug}`);
    const article = page.locator("main article");
    await expect(article.locator("h1")).toHaveText(title);
    await expect(article.locator('[data-part="byline"]')).toHaveText(`Rep: Raka Reporter/ Red: ${ADMIN.name}`);
    await expect(article.locator('[data-part="dateline"]')).toHaveText(/^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \d{2} \w{3} \d{4} \d{2}:\d{2} WIB$/);
    await expect(article.locator("figure figcaption")).toHaveText("Pesepeda melintas di jalur baru. Foto: Warta/Uji Coba");
    await expect(article.locator("figure img")).toHaveAttribute("alt", "Pesepeda di jalur berwarna hijau");
    expect((await page.request.get((await article.locator("figure img").getAttribute("src"))!)).headers()["content-type"]).toBe("image/webp");
    await expect(article.locator(".article-body p").first()).toHaveText("WARTA.ID, BANDUNG -- Paragraf pertama tentang jalur sepeda.");
    await expect(page.locator('[data-block="baca-juga"] a').first()).toHaveText(pinned.title);
    await expect(page.getByRole("navigation", { name: "Tag berita" }).getByRole("link", { name: "#Jalur Sepeda" })).toBeVisible();
  });

  test("a body with script, handlers and javascript: links never runs on the reader page", async ({ page }) => {
    const title = `Uji Keamanan Isi Berita ${Date.now()}`;
    await page.goto("/admin/berita/baru");
    await fillArticle(page, { title, kanal: "Teknologi", tags: "Keamanan Siber", body: "Isi awal." });
    // Bypass the editor, as an attacker posting the form directly would.
    await page.locator("textarea#isi").evaluate((el: HTMLTextAreaElement) => {
      el.value =
        '<p>Paragraf aman satu dengan teks.</p><script>window.__xss=1</script><p><img src=x onerror="window.__xss=2">' +
        '<a href="javascript:window.__xss=3">klik</a></p><p onmouseover="window.__xss=4">Paragraf tiga.</p><svg onload="window.__xss=5"></svg>';
    });
    await page.getByLabel("Status").selectOption("published");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("Tersimpan.")).toBeVisible();
    const [row] = readDb<{ public_id: string; slug: string; body: string }>("SELECT public_id, slug, body FROM articles WHERE title = ?", title);
    expect(row.body).not.toMatch(/script|onerror|onmouseover|javascript:|<svg|<img/i);

    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`/berita/${row.public_id}/${row.slug}`);
    await page.locator(".article-body p").last().hover();
    const link = page.locator(".article-body a", { hasText: "klik" });
    if (await link.count()) await link.click();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test("a save based on an older version is refused and the typed work is kept", async ({ page, browser }) => {
    const [target] = readDb<{ id: number }>("SELECT id FROM articles WHERE status = 'published' ORDER BY published_at ASC LIMIT 1");
    const second = await (await browser.newContext({ storageState: adminState })).newPage();
    await page.goto(`/admin/berita/${target.id}`);
    await second.goto(`/admin/berita/${target.id}`);

    await page.getByLabel("Judul").fill("Judul Dari Redaktur Pertama");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("Tersimpan.")).toBeVisible();

    await second.getByLabel("Judul").fill("Judul Dari Redaktur Kedua");
    await second.getByRole("button", { name: "Simpan" }).click();
    await expect(second.locator('main [role="alert"]').first()).toContainText("Simpanan Anda ditolak agar pekerjaannya tidak tertimpa");
    await expect(second.getByLabel("Judul")).toHaveValue("Judul Dari Redaktur Kedua");
    expect(readDb<{ title: string }>("SELECT title FROM articles WHERE id = ?", target.id)[0].title).toBe("Judul Dari Redaktur Pertama");

    // The first save is a revision that can be restored.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Riwayat revisi" })).toBeVisible();
    await page.getByRole("button", { name: "Pulihkan" }).first().click();
    await expect(page.getByText(/dipulihkan sebagai versi baru/)).toBeVisible();
    expect(readDb<{ title: string }>("SELECT title FROM articles WHERE id = ?", target.id)[0].title).not.toBe("Judul Dari Redaktur Pertama");
    await second.context().close();
  });

  test("a status button posted as Terjadwal is refused beside Waktu terbit, and the draft stays a draft", async ({ page }) => {
    const [draft] = readDb<{ id: number }>("SELECT id FROM articles WHERE status = 'draft' AND published_at IS NULL ORDER BY id LIMIT 1");
    await page.goto(`/admin/berita/${draft.id}`);
    // The buttons never offer Terjadwal: a crafted post, as a script would send it.
    const publish = page.getByRole("button", { name: "Terbitkan sekarang" });
    await publish.evaluate((b: HTMLButtonElement) => (b.value = "scheduled"));
    await publish.click();
    await expect(page.locator("#waktu_terbit-error")).toHaveText("Berita terjadwal perlu waktu terbit.");
    await expect(page.getByLabel("Waktu terbit (WIB)")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(new RegExp(`/admin/berita/${draft.id}$`));
    expect(readDb("SELECT status, published_at FROM articles WHERE id = ?", draft.id)).toEqual([{ status: "draft", published_at: null }]);
  });

  test("unpublishing hides a story from readers and can be undone; staff can still preview it", async ({ page }) => {
    const [target] = readDb<{ id: number; public_id: string; slug: string }>(
      "SELECT id, public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at ASC LIMIT 1 OFFSET 3",
    );
    await page.goto(`/admin/berita/${target.id}`);
    await page.getByRole("button", { name: "Tarik dari situs" }).click();
    await expect(page.getByText("Tersimpan.")).toBeVisible();
    expect((await page.request.get(`/berita/${target.public_id}/${target.slug}`, { headers: { cookie: "" } })).status()).toBe(404);
    await page.goto(`/pratinjau/${target.public_id}`);
    await expect(page.getByRole("status").filter({ hasText: "Pratinjau redaksi" })).toBeVisible();
    await page.goto(`/admin/berita/${target.id}`);
    await page.getByRole("button", { name: "Terbitkan sekarang" }).click();
    await expect(page.getByText("Tersimpan.")).toBeVisible();
    expect((await page.request.get(`/berita/${target.public_id}/${target.slug}`)).status()).toBe(200);
  });
});

test.describe("reporter", () => {
  test.use({ storageState: reporterState });

  test("can write and hand over a draft but cannot publish", async ({ page }) => {
    await page.goto("/admin/berita/baru");
    const options = await page.getByLabel("Status").locator("option").allTextContents();
    expect(options).toEqual(["Draf", "Menunggu review"]);
    await fillArticle(page, { title: `Draf Reporter ${Date.now()}`, kanal: "Ekonomi", tags: "UMKM", body: "Isi draf reporter yang cukup panjang." });
    // A forged "published" value is refused by the server, not just hidden in the form.
    await page.getByLabel("Status").evaluate((el: HTMLSelectElement) => {
      el.add(new Option("Terbit", "published"));
      el.value = "published";
    });
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("Hanya redaktur yang dapat menjadwalkan atau menerbitkan.")).toBeVisible();
    await page.getByLabel("Status").selectOption("review");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("Tersimpan.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Terbitkan sekarang" })).toHaveCount(0);
  });

  test("cannot open the staff page", async ({ page }) => {
    expect((await page.goto("/admin/staf"))?.status()).toBe(403);
  });
});
