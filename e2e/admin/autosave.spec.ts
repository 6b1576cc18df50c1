import { devices, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { expectNoAxeViolations } from "../helpers/axe";
import { readDb } from "../helpers/db";
import { ADMIN, adminState, REPORTER, reporterState } from "./accounts";
import { button, countPosts, editor, expect, newDraft, openEditor, story } from "./article-form";

// Issue 15, "No lost edits", the rest: drafts saved by themselves (one rolling autosave per editor,
// beside the story), photo uploads with their progress on a slow-3G link, and the stale-version
// refusal that keeps both editors' words. Each test writes stories of its own.

test.describe.configure({ timeout: 120_000 });

const run = Date.now().toString(36);
let serial = 0;
const unique = (what: string) => `${what} ${run} ${++serial}`;

const STATUS_SAVED = /^Tersimpan otomatis \d{2}:\d{2} WIB$/;
const autosaveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /otomatis/ });
/** The offer of an autosave left behind (its own "Pulihkan", apart from the revision history's). */
const offer = (page: Page) => page.getByRole("region", { name: /^Ada simpanan otomatis dari / });

function autosaves(staffEmail: string, slot: string) {
  return readDb<{ data: string; base_version: number | null }>(
    "SELECT a.data, a.base_version FROM article_autosaves a JOIN staff s ON s.id = a.staff_id WHERE s.email = ? AND a.slot = ?",
    staffEmail,
    slot,
  );
}
const revisionCount = (id: number) => readDb<{ n: number }>("SELECT count(*) AS n FROM article_revisions WHERE article_id = ?", id)[0].n;

/** A noisy photo of about a megabyte: some twenty seconds of upload on slow 3G, time enough to look and cancel on a busy machine. */
function heavyJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1100, channels: 3, background: "#777777", noise: { type: "gaussian", mean: 128, sigma: 60 } } })
    .jpeg({ quality: 92 })
    .toBuffer();
}

/** Chrome DevTools' "Slow 3G": 2 s of latency, 50 kB/s each way. */
async function slow3g(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const throttle = (on: boolean) =>
    cdp.send("Network.emulateNetworkConditions", on ? { offline: false, latency: 2_000, downloadThroughput: 50_000, uploadThroughput: 50_000 } : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await throttle(true);
  return { off: () => throttle(false) };
}

const journeys = () => {
  test("typed work survives a closed tab: one rolling autosave beside the published story, readers see nothing, Pulihkan brings it back", async ({ page, context }) => {
    const id = await newDraft(page, { title: unique("Terbit Simpan Otomatis"), body: "Isi yang sudah terbit untuk pembaca." });
    await button(page, "Terbitkan sekarang").click();
    await expect(page.getByText(/^Terbit · /)).toBeVisible();
    const published = story(id);
    const revisions = revisionCount(id);

    await openEditor(page, id);
    await editor(page).click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(` Kalimat pertama yang belum disimpan ${run}.`);
    await expect(autosaveStatus(page)).toHaveText(STATUS_SAVED);
    await page.keyboard.type(` Kalimat kedua ${run}.`);
    await expect.poll(() => autosaves(ADMIN.email, String(id)).map((r) => r.data.includes(`Kalimat kedua ${run}`))).toEqual([true]);

    // Rolling: still one row, and the story, its version, its revisions and its reader page are as published.
    expect(autosaves(ADMIN.email, String(id))[0].base_version).toBe(published.version);
    expect(story(id)).toEqual(published);
    expect(revisionCount(id)).toBe(revisions);
    const reader = await page.request.get(`/berita/${published.public_id}/${published.slug}`);
    expect(await reader.text()).not.toContain("Kalimat pertama yang belum disimpan");

    await page.close();
    const again = await context.newPage();
    await openEditor(again, id);
    await expect(offer(again)).toHaveAccessibleName(/^Ada simpanan otomatis dari \d{2} \w{3} \d{4}, \d{2}:\d{2} WIB\.$/);
    await expect(editor(again)).not.toContainText("Kalimat pertama");
    await expectNoAxeViolations(again, { label: "edit page with an autosave offered" });
    await button(offer(again), "Pulihkan").click();
    await expect(editor(again)).toContainText(`Kalimat pertama yang belum disimpan ${run}. Kalimat kedua ${run}.`);
    await button(again, "Simpan").click();
    await expect(again.getByText("Tersimpan.")).toBeVisible();
    expect(story(id).body).toContain(`Kalimat kedua ${run}.`);
    expect(autosaves(ADMIN.email, String(id))).toEqual([]);
  });

  test("a new story never saved is offered again; Buang removes it", async ({ page, context }) => {
    const title = unique("Berita Baru Belum Disimpan");
    await page.goto("/admin/berita/baru");
    await page.getByLabel("Judul").fill(title);
    await editor(page).click();
    await page.keyboard.type("Isi berita baru yang belum pernah disimpan.");
    await expect.poll(() => autosaves(ADMIN.email, "baru").map((r) => r.data.includes(title))).toEqual([true]);
    await page.close();

    const again = await context.newPage();
    await again.goto("/admin/berita/baru");
    await expect(offer(again)).toBeVisible();
    await button(offer(again), "Pulihkan").click();
    await expect(again.getByLabel("Judul")).toHaveValue(title);
    await expect(editor(again)).toHaveText("Isi berita baru yang belum pernah disimpan.");
    // The restored copy is autosaved again (it differs from the empty form); nothing is left to send on close.
    await expect(autosaveStatus(again)).toHaveText(STATUS_SAVED);
    await again.close();

    const third = await context.newPage();
    await third.goto("/admin/berita/baru");
    await button(offer(third), "Buang").click();
    await expect(offer(third)).toHaveCount(0);
    expect(autosaves(ADMIN.email, "baru")).toEqual([]);
    await third.reload();
    await expect(third.getByLabel("Judul")).toHaveValue("");
    await expect(offer(third)).toHaveCount(0);
  });

  test("on slow 3G a photo upload shows its percentage, can be cancelled and retried, and nothing typed is lost", async ({ page }) => {
    test.setTimeout(180_000);
    const id = await newDraft(page, { title: unique("Draf Foto Lambat"), body: "Isi draf yang menunggu foto dari lapangan." });
    await openEditor(page, id);
    const typedTitle = unique("Judul Diketik Sebelum Unggah");
    await page.getByLabel("Judul").fill(typedTitle);
    await page.getByLabel("Teks alternatif").fill("Warga menyeberangi banjir");
    const posts = countPosts(page);
    const net = await slow3g(page);
    const photo = await heavyJpeg();
    await page.getByLabel("Foto", { exact: true }).setInputFiles({ name: "lapangan.jpg", mimeType: "image/jpeg", buffer: photo });

    const progress = page.getByRole("progressbar", { name: "Mengunggah lapangan.jpg" });
    await expect(progress).toBeVisible();
    // Part of the way: the bar and its words agree on a percentage between 1 and 99.
    await expect(page.getByText(/^Mengunggah… ([1-9]|[1-9][0-9])%$/)).toBeVisible();
    const shown = Number(/(\d+)%/.exec((await page.getByText(/^Mengunggah… \d+%$/).textContent())!)![1]);
    expect(shown).toBeGreaterThan(0);
    await expect(button(page, "Simpan")).toBeDisabled();
    await expectNoAxeViolations(page, { label: "photo upload under way" });
    await button(page, "Batalkan").click();

    await expect(page.locator("#foto-error")).toHaveText("Unggahan dibatalkan.");
    await expect(button(page, "Coba lagi")).toBeVisible();
    await expect(page.getByLabel("Judul")).toHaveValue(typedTitle);
    await expect(page.getByLabel("Teks alternatif")).toHaveValue("Warga menyeberangi banjir");
    await expect(button(page, "Simpan")).toBeEnabled();
    expect(posts.n).toBe(0);

    await button(page, "Coba lagi").click();
    await expect(progress).toBeVisible();
    await net.off();
    await expect(page.getByText("Foto terunggah: lapangan.jpg. Dipasang saat berita disimpan.")).toBeVisible({ timeout: 60_000 });
    const [uploaded] = readDb<{ id: number }>("SELECT id FROM media ORDER BY id DESC LIMIT 1");

    // A save under slow 3G: its button says so, and neither it nor any other can be pressed again.
    await slow3g(page);
    await button(page, "Simpan").click();
    await expect(button(page, "Menyimpan…")).toBeDisabled();
    await expect(button(page, "Terbitkan sekarang")).toBeDisabled();
    await expect(page.getByText("Tersimpan.")).toBeVisible({ timeout: 60_000 });
    expect(posts.n).toBe(1);
    expect(story(id)).toMatchObject({ title: typedTitle, version: 2, photo_id: uploaded.id });
  });
};

test.describe("desktop", () => {
  test.use({ storageState: adminState });
  journeys();

  test("a failed autosave says so and is retried", async ({ page }) => {
    const id = await newDraft(page, { title: unique("Draf Gagal Otomatis"), body: "Isi draf untuk sambungan yang putus." });
    await openEditor(page, id);
    await page.route("**/admin/simpanan-otomatis", (route) => route.abort("internetdisconnected"));
    await page.getByLabel("Judul").fill(unique("Judul Saat Terputus"));
    await expect(autosaveStatus(page)).toHaveText("Gagal menyimpan otomatis — akan dicoba lagi");
    await page.unroute("**/admin/simpanan-otomatis");
    await expect(autosaveStatus(page)).toHaveText(STATUS_SAVED, { timeout: 30_000 });
    expect(autosaves(ADMIN.email, String(id))).toHaveLength(1);
  });

  test("a refused photo upload says why beside the field and keeps what was typed", async ({ page }) => {
    const id = await newDraft(page, { title: unique("Draf Foto Ditolak"), body: "Isi draf dengan berkas yang bukan foto." });
    await openEditor(page, id);
    await page.getByLabel("Keterangan foto").fill("Keterangan yang tetap ada.");
    await page.getByLabel("Foto", { exact: true }).setInputFiles({ name: "catatan.jpg", mimeType: "image/jpeg", buffer: Buffer.from("bukan foto sama sekali") });
    await expect(page.locator("#foto-error")).toHaveText("Berkas bukan foto JPEG, PNG, atau WebP.");
    await expect(button(page, "Coba lagi")).toBeVisible();
    await expect(page.getByLabel("Keterangan foto")).toHaveValue("Keterangan yang tetap ada.");
    expect(story(id).photo_id).toBeNull();
  });

  test("the background endpoints refuse a request without a session or from another site", async ({ playwright }) => {
    // An explicit empty state: the test's own (the admin's) would otherwise be the default.
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, storageState: { cookies: [], origins: [] } });
    const body = { id: null, version: "", values: { judul: "x" } };
    expect((await anonymous.post("/admin/simpanan-otomatis", { data: body, headers: { origin: test.info().project.use.baseURL! } })).status()).toBe(401);
    const photo = { foto: { name: "a.jpg", mimeType: "image/jpeg", buffer: Buffer.from("x") } };
    expect((await anonymous.post("/admin/unggah-foto", { multipart: photo, headers: { origin: test.info().project.use.baseURL! } })).status()).toBe(401);
    await anonymous.dispose();
    const staff = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, storageState: adminState });
    expect((await staff.post("/admin/simpanan-otomatis", { data: body, headers: { origin: "https://jahat.example" } })).status()).toBe(403);
    expect((await staff.post("/admin/unggah-foto", { multipart: photo })).status()).toBe(403);
    await staff.dispose();
  });

  test("two editors at once: the refused one keeps their text, sees the other's beside it, and chooses", async ({ browser }) => {
    const reporterCtx = await browser.newContext({ storageState: reporterState });
    const adminCtx = await browser.newContext({ storageState: adminState });
    const reporter = await reporterCtx.newPage();
    const editorPage = await adminCtx.newPage();
    const id = await newDraft(reporter, { title: unique("Draf Dua Penyunting"), body: "Isi awal reporter." });
    await openEditor(reporter, id);
    await openEditor(editorPage, id);

    // The editor saves first.
    const theirTitle = unique("Judul Versi Redaktur");
    await editorPage.getByLabel("Judul").fill(theirTitle);
    await editor(editorPage).click();
    await editorPage.keyboard.press("ControlOrMeta+a");
    await editorPage.keyboard.type(`Isi versi redaktur ${run}.`);
    await button(editorPage, "Simpan").click();
    await expect(editorPage.getByText("Tersimpan.")).toBeVisible();

    // The reporter, on the version they opened, is refused and loses nothing.
    const mine = `Isi versi reporter ${run}, diketik bersamaan.`;
    await editor(reporter).click();
    await reporter.keyboard.press("ControlOrMeta+a");
    await reporter.keyboard.type(mine);
    await button(reporter, "Simpan").click();
    await expect(reporter.getByText(/sudah disimpan Lestari Admin pada .* teks Anda tetap di formulir/)).toBeVisible();
    await expect(editor(reporter)).toHaveText(mine);
    const panel = reporter.getByRole("region", { name: "Bandingkan dua versi" });
    await expect(panel).toContainText("Versi mereka: versi 2, disimpan Lestari Admin");
    await expect(panel.locator("[data-versi=mereka]").first()).toHaveText(theirTitle);
    await expect(panel.locator("[data-versi=mereka]").nth(1)).toHaveText(`Isi versi redaktur ${run}.`);
    await expect(panel.locator("[data-versi=saya]").nth(1)).toHaveText(mine);
    expect(story(id).body).toBe(`<p>Isi versi redaktur ${run}.</p>`);
    await expectNoAxeViolations(reporter, { label: "conflict with both versions" });

    // Pakai versi saya: the reporter's words go over; the editor's stay in the revisions.
    await button(reporter, "Pakai versi saya").click();
    await expect(reporter.getByText("Tersimpan.")).toBeVisible();
    expect(story(id)).toMatchObject({ version: 3, body: `<p>${mine}</p>` });
    const [v2] = readDb<{ data: string }>("SELECT data FROM article_revisions WHERE article_id = ? AND version = 2", id);
    expect(JSON.parse(v2.data)).toMatchObject({ title: theirTitle, body: `<p>Isi versi redaktur ${run}.</p>` });

    // The editor, now behind, can take the other side: Pakai versi mereka opens the story as saved.
    await editorPage.getByLabel("Judul").fill(unique("Judul Redaktur Lagi"));
    await button(editorPage, "Simpan").click();
    await expect(editorPage.getByRole("region", { name: "Bandingkan dua versi" })).toContainText(`disimpan ${REPORTER.name}`);
    editorPage.on("dialog", (d) => void d.accept());
    await editorPage.getByRole("link", { name: "Pakai versi mereka" }).click();
    await expect(editor(editorPage)).toHaveText(mine);
    await expect(editorPage.getByRole("region", { name: "Bandingkan dua versi" })).toHaveCount(0);
    await reporterCtx.close();
    await adminCtx.close();
  });
});

test.describe("phone", () => {
  // The browser type is the project's own (Chromium either way); the rest of the Pixel 7 profile applies here.
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices["Pixel 7"];
  test.use({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, storageState: adminState });
  journeys();
});
