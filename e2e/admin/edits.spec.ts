import { devices, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers/axe";
import { readDb } from "../helpers/db";
import { adminState, reporterState } from "./accounts";
import { button, countPosts, editor, expect, newDraft, openEditor, story } from "./article-form";

// Issue 15, "No lost edits": the status buttons save what is on the screen, leaving a changed form
// asks first, Enter in a one-line field submits nothing, and a save under way cannot be sent twice.
// Each test writes stories of its own, so the seeded ones stay as the other specs expect them.

// Each journey writes a story through the form first, then saves it again.
test.describe.configure({ timeout: 90_000 });

const run = Date.now().toString(36);
let serial = 0;
const unique = (what: string) => `${what} ${run} ${++serial}`;

/** Records every dialog and answers it: accept or dismiss, as set before each step. */
function dialogs(page: Page) {
  const log = { types: [] as string[], accept: false };
  page.on("dialog", async (d) => {
    log.types.push(d.type());
    await (log.accept ? d.accept() : d.dismiss());
  });
  return log;
}

const journeys = () => {
  test("a body typed into a saved draft goes out with “Terbitkan sekarang”", async ({ page }) => {
    const id = await newDraft(page, { title: unique("Draf Terbit Langsung"), body: "Isi lama yang sudah tersimpan di draf ini." });
    await openEditor(page, id);
    await expectNoAxeViolations(page, { label: "draft with its status button" });
    const typed = `Isi baru yang diketik tepat sebelum terbit ${run}.`;
    await editor(page).click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(typed);
    await button(page, "Terbitkan sekarang").click();
    await expect(page.getByText("Tersimpan.")).toBeVisible();
    await expect(page.getByText(/^Terbit · /)).toBeVisible();
    const saved = story(id);
    expect(saved.status).toBe("published");
    const reader = await page.request.get(`/berita/${saved.public_id}/${saved.slug}`);
    expect(reader.status()).toBe(200);
    expect(await reader.text()).toContain(typed);

    // Saved: leaving asks nothing.
    const asked = dialogs(page);
    await page.getByRole("navigation", { name: "Redaksi" }).getByRole("link", { name: "Berita", exact: true }).click();
    await expect(page).toHaveURL(/\/admin$/);
    expect(asked.types).toEqual([]);
  });

  test("leaving with unsaved changes asks first; nothing changed asks nothing", async ({ page }) => {
    const [seeded] = readDb<{ id: number }>("SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 1");
    const asked = dialogs(page);
    const berita = page.getByRole("navigation", { name: "Redaksi" }).getByRole("link", { name: "Berita", exact: true });

    // Untouched, body included (Tiptap writes the stored HTML back in its own form): no question.
    await openEditor(page, seeded.id);
    await berita.click();
    await expect(page).toHaveURL(/\/admin$/);
    expect(asked.types).toEqual([]);

    // A body change alone counts; dismissing stays, with the text.
    await openEditor(page, seeded.id);
    await editor(page).click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(" Kalimat tambahan yang belum disimpan.");
    await berita.click();
    await expect.poll(() => asked.types).toEqual(["confirm"]);
    await expect(page).toHaveURL(new RegExp(`/admin/berita/${seeded.id}$`));
    await expect(editor(page)).toContainText("Kalimat tambahan yang belum disimpan.");

    // Typed and undone is no change. Slow typing lands in several undo steps (Tiptap groups by time).
    await editor(page).click();
    for (let i = 0; i < 40 && (await editor(page).textContent())?.includes("Kalimat tambahan"); i++) await page.keyboard.press("ControlOrMeta+z");
    await expect(editor(page)).not.toContainText("Kalimat tambahan");
    await page.getByRole("navigation", { name: "Redaksi" }).getByRole("link", { name: "Tulis berita" }).click();
    await expect(page).toHaveURL(/\/admin\/berita\/baru$/);
    expect(asked.types).toEqual(["confirm"]);

    // A changed title: the browser asks on a reload; accepting a link click leaves.
    await openEditor(page, seeded.id);
    await page.getByLabel("Judul").click();
    await page.keyboard.type(" (belum disimpan)");
    asked.accept = true;
    await page.reload();
    expect(asked.types).toEqual(["confirm", "beforeunload"]);
    await openEditor(page, seeded.id);
    await page.getByLabel("Judul").click();
    await page.keyboard.type(" (belum disimpan)");
    await berita.click();
    await expect(page).toHaveURL(/\/admin$/);
    expect(asked.types).toEqual(["confirm", "beforeunload", "confirm"]);
  });

  test("Enter in a one-line field submits nothing; textareas, the editor and buttons keep their Enter", async ({ page }) => {
    await page.goto("/admin/berita/baru");
    await expect(page.getByRole("toolbar", { name: "Format teks" })).toBeVisible();
    const posts = countPosts(page);
    const title = unique("Judul Enter");
    for (const [label, text] of [
      ["Judul", title],
      ["Tag", "Banjir"],
      ["Dateline", "Medan"],
      ["Kredit foto", "Warta"],
    ]) {
      await page.getByLabel(label, { exact: true }).click();
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
    }
    await page.getByLabel("Ringkasan").click();
    await page.keyboard.type("Baris satu");
    await page.keyboard.press("Enter");
    await page.keyboard.type("baris dua");
    await editor(page).click();
    await page.keyboard.type("Paragraf satu");
    await page.keyboard.press("Enter");
    await page.keyboard.type("paragraf dua");
    await expect(page.locator("textarea#isi")).toHaveValue("<p>Paragraf satu</p><p>paragraf dua</p>");
    await expect(page.getByLabel("Ringkasan")).toHaveValue("Baris satu\nbaris dua");

    // Enter on the button does submit: the one POST of this test, refused for want of a kanal.
    await button(page, "Simpan").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#kanal-error")).toHaveText("Pilih kanal.");
    expect(posts.n).toBe(1);
    await expect(page.getByLabel("Judul")).toHaveValue(title);
    await expect(page.getByLabel("Tag")).toHaveValue("Banjir");
  });

  test("while a save is under way its button says so and no save button can be pressed again", async ({ page }) => {
    const id = await newDraft(page, { title: unique("Draf Tombol Sibuk"), body: "Isi draf untuk menguji tombol yang sedang menyimpan." });
    await openEditor(page, id);
    const posts = countPosts(page);
    // The answer is held back a while, as on a slow link.
    await page.route(`**/admin/berita/${id}`, async (route) => {
      if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, 2_500));
      await route.continue();
    });
    await page.getByLabel("Judul").fill(unique("Judul Saat Menyimpan"));
    await button(page, "Simpan").click();
    await expect(button(page, "Menyimpan…")).toBeDisabled();
    await expect(button(page, "Terbitkan sekarang")).toBeDisabled();
    await expect(button(page, "Simpan")).toHaveCount(0);
    await expect(page.getByText("Tersimpan.")).toBeVisible();
    await expect(button(page, "Simpan")).toBeEnabled();
    expect(posts.n).toBe(1);
    expect(story(id).version).toBe(2);
  });
};

test.describe("desktop", () => {
  test.use({ storageState: adminState });
  journeys();

  test("a status button refused by the checks keeps the typed text; fixed, it goes out, and a second save is not a conflict", async ({ page }) => {
    const id = await newDraft(page, { title: unique("Draf Tanpa Ringkasan"), body: "Isi awal.", lead: "" });
    await openEditor(page, id);
    const typed = `Isi yang diketik sebelum ditolak ${run}, cukup panjang.`;
    await editor(page).click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(typed);
    await button(page, "Terbitkan sekarang").click();
    await expect(page.locator("#ringkasan-error")).toHaveText("Ringkasan minimal 10 karakter.");
    await expect(editor(page)).toHaveText(typed);
    // Status still shows the story as it is: pressing Simpan now keeps it a draft.
    await expect(page.getByLabel("Status")).toHaveValue("draft");
    expect(story(id).status).toBe("draft");

    await page.getByLabel("Ringkasan").fill("Ringkasan yang kini cukup panjang.");
    await button(page, "Simpan").click();
    await expect(page.getByText(/^Draf · versi 2$/)).toBeVisible();
    await button(page, "Terbitkan sekarang").click();
    await expect(page.getByText(/^Terbit · .* · versi 3$/)).toBeVisible();
    const saved = story(id);
    expect([saved.status, saved.body]).toEqual(["published", `<p>${typed}</p>`]);
  });
});

test.describe("ad form", () => {
  test.use({ storageState: adminState });

  test("Enter in a one-line field submits nothing, and leaving with a change asks first", async ({ page }) => {
    const [creative] = readDb<{ id: number; name: string }>("SELECT id, name FROM ad_creatives ORDER BY id LIMIT 1");
    const asked = dialogs(page);
    const iklan = page.getByRole("navigation", { name: "Redaksi" }).getByRole("link", { name: "Iklan", exact: true });
    // Untouched (its selects, radios and ticks as loaded): no question.
    await page.goto(`/admin/iklan/${creative.id}`);
    await iklan.click();
    await expect(page).toHaveURL(/\/admin\/iklan$/);
    expect(asked.types).toEqual([]);

    await page.goto(`/admin/iklan/${creative.id}`);
    const posts = countPosts(page);
    await page.getByLabel("Nama iklan").click();
    await page.keyboard.type(" (diubah)");
    await page.keyboard.press("Enter");
    await iklan.click();
    await expect.poll(() => asked.types).toEqual(["confirm"]);
    await expect(page.getByLabel("Nama iklan")).toHaveValue(`${creative.name} (diubah)`);
    await expect(page).toHaveURL(new RegExp(`/admin/iklan/${creative.id}$`));
    expect(posts.n).toBe(0);
    expect(readDb("SELECT name FROM ad_creatives WHERE id = ?", creative.id)).toEqual([{ name: creative.name }]);
  });
});

test.describe("phone", () => {
  // The browser type is the project's own (Chromium either way); the rest of the Pixel 7 profile applies here.
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices["Pixel 7"];
  test.use({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, storageState: adminState });
  journeys();
});

test.describe("reporter", () => {
  test.use({ storageState: reporterState });

  test("“Ajukan ke redaktur” hands over the typed body; a forged publish is refused and keeps it", async ({ page }) => {
    const id = await newDraft(page, { title: unique("Draf Reporter Diajukan"), body: "Isi awal reporter yang tersimpan." });
    await openEditor(page, id);
    await expect(button(page, "Terbitkan sekarang")).toHaveCount(0);
    const typed = `Isi reporter yang diketik sebelum diajukan ${run}.`;
    await editor(page).click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(typed);
    // The server decides, not the button: a reporter's button forged to publish is refused.
    await button(page, "Ajukan ke redaktur").evaluate((b: HTMLButtonElement) => (b.value = "published"));
    await button(page, "Ajukan ke redaktur").click();
    await expect(page.locator("#status-error")).toHaveText("Hanya redaktur yang dapat menjadwalkan atau menerbitkan.");
    await expect(editor(page)).toHaveText(typed);
    expect(story(id).status).toBe("draft");

    await button(page, "Ajukan ke redaktur").click();
    await expect(page.getByText(/^Menunggu review · versi 2$/)).toBeVisible();
    expect([story(id).status, story(id).body]).toEqual(["review", `<p>${typed}</p>`]);
    await expect(button(page, "Ajukan ke redaktur")).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ storageState: adminState, javaScriptEnabled: false });

  test("“Terbitkan sekarang” publishes the typed body", async ({ page }) => {
    const id = await newDraft(page, { title: unique("Draf Tanpa JavaScript"), body: "Isi lama tanpa JavaScript.", js: false });
    const typed = `Isi baru tanpa JavaScript ${run}, diketik lalu langsung terbit.`;
    await page.locator("textarea#isi").fill(`<p>${typed}</p>`);
    await button(page, "Terbitkan sekarang").click();
    await expect(page).toHaveURL(new RegExp(`/admin/berita/${id}\\?tersimpan=1$`));
    await expect(page.getByText(/^Terbit · /)).toBeVisible();
    const saved = story(id);
    expect(saved.status).toBe("published");
    expect(await (await page.request.get(`/berita/${saved.public_id}/${saved.slug}`)).text()).toContain(typed);
  });

  test("Enter in a one-line field submits nothing", async ({ page }) => {
    await page.goto("/admin/berita/baru");
    const posts = countPosts(page);
    const title = unique("Judul Enter Tanpa JavaScript");
    await page.getByLabel("Judul").fill(title);
    await page.getByLabel("Judul").press("Enter");
    await page.getByLabel("Tag").fill("Banjir");
    await page.getByLabel("Tag").press("Enter");
    await button(page, "Simpan").click();
    await expect(page.locator("#kanal-error")).toHaveText("Pilih kanal.");
    expect(posts.n).toBe(1);
    await expect(page.getByLabel("Judul")).toHaveValue(title);
  });
});
