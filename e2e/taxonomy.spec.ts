import { type Browser, expect, type Page, test } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { expectNoAxeViolations } from "./helpers/axe";
import { EDITOR_ENV } from "./helpers/editor";
import { expectNoHorizontalScroll } from "./helpers/page";
import { type SpareServer, startSpareServer } from "./helpers/server";

// Kanal, tags and author profiles (issue 15), on a `next start` of its own with a copy of the e2e
// database: renaming and hiding kanal changes the navigation on every reader page, which must not
// happen under the other specs' feet. Projects `taxonomy` (desktop, E2E_PORT + 21) and
// `taxonomy-mobile` (Pixel 7, E2E_PORT + 22) each run it against their own server.

test.describe.configure({ mode: "serial", timeout: 120_000 });

const REDAKTUR = { email: "redaktur.taksonomi@warta.test", password: "sandi-redaktur-uji-1", slug: "hendra-kusuma" };
const REPORTER = { email: "reporter.taksonomi@warta.test", password: "sandi-reporter-uji-1", slug: "dimas-prasetyo" };
const ADMIN = { email: EDITOR_ENV.ADMIN_EMAIL, password: EDITOR_ENV.ADMIN_PASSWORD };

let server: SpareServer;

test.beforeAll(async ({}, info) => {
  info.setTimeout(120_000);
  const [editorHash, reporterHash] = await Promise.all([hashPassword(REDAKTUR.password), hashPassword(REPORTER.password)]);
  server = await startSpareServer({
    portOffset: info.project.name === "taxonomy-mobile" ? 22 : 21,
    env: EDITOR_ENV,
    // Two people of the seed get a login: a redaktur (editor) and a reporter.
    prepare: (db) => {
      const login = db.prepare("UPDATE staff SET email = ?, password_hash = ?, role = ? WHERE slug = ?");
      const editor = db.prepare("SELECT slug FROM staff WHERE role = 'editor' ORDER BY id LIMIT 1").get() as { slug: string };
      REDAKTUR.slug = editor.slug;
      login.run(REDAKTUR.email, editorHash, "editor", REDAKTUR.slug);
      login.run(REPORTER.email, reporterHash, "reporter", REPORTER.slug);
    },
  });
});

test.afterAll(async () => {
  await server?.dispose();
});

async function loggedIn(browser: Browser, who: { email: string; password: string }, javaScriptEnabled = true): Promise<Page> {
  // The project's device, named here rather than left to the runner's defaults for `newContext`: on
  // taxonomy-mobile every journey runs on the Pixel 7's viewport, touch and user agent.
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = test.info().project.use;
  const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled, baseURL: server.url });
  const page = await context.newPage();
  await page.goto("/admin/masuk");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Kata sandi").fill(who.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/** The answer to a request as curl sees it: status and Location, no redirect followed. */
async function head(path: string): Promise<{ status: number; location: string | null }> {
  const res = await fetch(`${server.url}${path}`, { redirect: "manual" });
  await res.arrayBuffer();
  // Next sends a page's redirect with its Location twice when it renders it (a cache MISS; the article
  // page's old-slug 308 does the same), once from the cache: fetch joins the copies with ", ".
  const copies = [...new Set(res.headers.get("location")?.split(", ") ?? [])];
  expect(copies.length).toBeLessThanOrEqual(1);
  return { status: res.status, location: copies[0] ?? null };
}

/**
 * The kanal in the reader navigation of the home page, in order, as the server sends it now. The query
 * string only keeps the browser's own cache out of it: Next's `stale-while-revalidate` lets Chromium show
 * its older copy once more; the server answers every `/?…` from the same cached page.
 */
async function navNames(page: Page): Promise<string[]> {
  await page.goto(`${server.url}/?t=${Date.now()}`);
  return page.locator("header").getByRole("navigation", { name: "Kanal" }).getByRole("link").allInnerTexts();
}

/** The navigation right after a change: the write dropped every reader page, so no waiting. */
async function expectNav(page: Page, check: (names: string[]) => void) {
  check(await navNames(page));
}

test("editors see Kanal and Tag in the newsroom bar; reporters get neither the links nor the pages", async ({ browser }) => {
  const editor = await loggedIn(browser, REDAKTUR);
  const bar = editor.getByRole("navigation", { name: "Redaksi" });
  await expect(bar.getByRole("link", { name: "Kanal" })).toBeVisible();
  await expect(bar.getByRole("link", { name: "Tag" })).toBeVisible();
  const reporter = await loggedIn(browser, REPORTER);
  await expect(reporter.getByRole("navigation", { name: "Redaksi" }).getByRole("link", { name: "Kanal" })).toHaveCount(0);
  expect((await reporter.goto("/admin/kanal"))?.status()).toBe(403);
  expect((await reporter.goto("/admin/tag"))?.status()).toBe(403);
  await editor.context().close();
  await reporter.context().close();
});

test("adding a kanal: bad slugs are refused beside the field with the typing kept, then it joins the navigation", async ({ browser }) => {
  const page = await loggedIn(browser, REDAKTUR);
  await page.goto("/admin/kanal");
  await expectNoAxeViolations(page, { label: "/admin/kanal" });
  await expectNoHorizontalScroll(page);
  await page.getByLabel("Nama").fill("Sains");
  await page.getByLabel("Slug").fill("Sains Populer!");
  await page.getByLabel("Deskripsi").fill("Penemuan dan riset.");
  await page.getByRole("button", { name: "Tambah kanal" }).click();
  await expect(page.getByText("Slug hanya boleh berisi huruf kecil a–z, angka dan tanda hubung (-).")).toBeVisible();
  await expect(page.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nama")).toHaveValue("Sains");
  await expect(page.getByLabel("Deskripsi")).toHaveValue("Penemuan dan riset.");

  await page.getByLabel("Slug").fill("nasional");
  await page.getByRole("button", { name: "Tambah kanal" }).click();
  await expect(page.getByText('Slug "nasional" sudah dipakai kanal Nasional.')).toBeVisible();
  await expect(page.getByLabel("Deskripsi")).toHaveValue("Penemuan dan riset.");
  await expectNoAxeViolations(page, { label: "/admin/kanal with errors" });

  const cached = await navNames(page); // the home page is now in the cache without Sains
  expect(cached).not.toContain("Sains");
  await page.goto("/admin/kanal");
  await page.getByLabel("Nama").fill("Sains");
  await page.getByLabel("Slug").fill("sains");
  await page.getByRole("button", { name: "Tambah kanal" }).click();
  await expect(page.getByText("Kanal Sains ditambahkan.")).toBeVisible();
  await expectNav(page, (names) => expect(names.at(-2)).toBe("Sains")); // last before Indeks
  await page.context().close();
});

test("reordering with the up button from the keyboard changes the reader navigation", async ({ browser }) => {
  const page = await loggedIn(browser, REDAKTUR);
  const before = await navNames(page);
  await page.goto("/admin/kanal");
  await page.getByRole("button", { name: "Naikkan Sains" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/fokus=naik-/);
  // Focus comes back to the same button, so pressing again moves it further.
  await expect(page.getByRole("button", { name: "Naikkan Sains" })).toBeFocused();
  const i = before.indexOf("Sains");
  await expectNav(page, (after) => expect(after).toEqual([...before.slice(0, i - 1), "Sains", before[i - 1], ...before.slice(i + 1)]));
  await page.context().close();
});

test("renaming and re-slugging a kanal: the old page, its later pages and its feed answer 308 to the new ones", async ({ browser }) => {
  const page = await loggedIn(browser, REDAKTUR);
  expect((await head("/kanal/ekonomi")).status).toBe(200); // cached before the change
  await page.goto("/admin/kanal");
  await page.getByRole("link", { name: "Ubah Ekonomi" }).click();
  await expect(page.getByRole("heading", { name: "Ubah kanal Ekonomi" })).toBeVisible();
  await expectNoAxeViolations(page, { label: "/admin/kanal/[id]" });
  await expectNoHorizontalScroll(page);
  await page.getByLabel("Nama").fill("Ekonomi & Bisnis");
  await page.getByLabel("Slug").fill("ekonomi-bisnis");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Kanal Ekonomi & Bisnis disimpan.")).toBeVisible();

  expect(await head("/kanal/ekonomi")).toEqual({ status: 308, location: "/kanal/ekonomi-bisnis" });
  expect(await head("/kanal/ekonomi?halaman=2")).toEqual({ status: 308, location: "/kanal/ekonomi-bisnis?halaman=2" });
  expect(await head("/rss/kanal/ekonomi")).toEqual({ status: 308, location: `${server.url}/rss/kanal/ekonomi-bisnis` });
  expect((await head("/kanal/ekonomi-bisnis")).status).toBe(200);
  expect((await head("/rss/kanal/ekonomi-bisnis")).status).toBe(200);
  await expectNav(page, (names) => expect(names).toContain("Ekonomi & Bisnis"));
  await page.context().close();
});

test("nesting a kanal under another shows it on the parent's page, and hiding takes it out of the navigation", async ({ browser }) => {
  const page = await loggedIn(browser, REDAKTUR);
  await page.goto("/admin/kanal");
  await page.getByRole("link", { name: "Ubah Sains" }).click();
  await expect(page.getByRole("heading", { name: "Ubah kanal Sains" })).toBeVisible();
  await page.getByLabel("Induk").selectOption({ label: "Teknologi" });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Kanal Sains disimpan.")).toBeVisible();
  await page.goto(`${server.url}/kanal/teknologi`);
  await expect(page.getByRole("navigation", { name: "Sub-kanal Teknologi" }).getByRole("link", { name: "Sains" })).toBeVisible();
  await expectNav(page, (names) => expect(names).not.toContain("Sains")); // sub-kanal are not in the top bar
  await page.goto(`${server.url}/kanal/sains`);
  await expect(page.getByRole("navigation", { name: "Remah roti" }).getByRole("link", { name: "Teknologi" })).toBeVisible();

  // A sub-kanal cannot have its own sub-kanal.
  await page.goto("/admin/kanal");
  await page.getByLabel("Nama").fill("Astronomi");
  await page.getByLabel("Slug").fill("astronomi");
  await expect(page.getByLabel("Induk").locator("option", { hasText: "Sains" })).toHaveCount(0);

  await page.getByRole("link", { name: "Ubah Olahraga" }).click();
  await expect(page.getByRole("heading", { name: "Ubah kanal Olahraga" })).toBeVisible();
  await page.getByLabel("Sembunyikan dari navigasi").check();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Kanal Olahraga disimpan.")).toBeVisible();
  await expectNav(page, (names) => expect(names).not.toContain("Olahraga"));
  expect((await head("/kanal/olahraga")).status).toBe(200);
  await page.context().close();
});

test("a kanal that holds stories is deleted only after they move to Pindahkan ke", async ({ browser }) => {
  const page = await loggedIn(browser, REDAKTUR);
  await page.goto("/admin/kanal");
  await page.getByRole("link", { name: "Ubah Gaya Hidup" }).click();
  await expect(page.getByRole("heading", { name: "Ubah kanal Gaya Hidup" })).toBeVisible();
  await page.getByLabel("Ketik HAPUS untuk menghapus kanal ini").fill("HAPUS");
  await page.getByRole("button", { name: "Hapus kanal" }).click();
  await expect(page.getByText(/Kanal ini masih berisi \d+ berita\. Pilih kanal tujuan di "Pindahkan ke", lalu hapus\./)).toBeVisible();
  await expect(page.getByLabel("Pindahkan ke")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Ketik HAPUS untuk menghapus kanal ini")).toHaveValue("HAPUS");
  await expectNoAxeViolations(page, { label: "/admin/kanal/[id] refused delete" });
  const moving = server.query<{ n: number }>("SELECT count(*) AS n FROM articles a JOIN kanal k ON k.id = a.kanal_id WHERE k.slug = 'gaya-hidup'")[0].n;
  await page.getByLabel("Pindahkan ke").selectOption({ label: "Nasional" });
  await page.getByRole("button", { name: "Hapus kanal" }).click();
  await expect(page.getByText("Kanal Gaya Hidup dihapus.")).toBeVisible();
  expect(server.query("SELECT id FROM kanal WHERE slug = 'gaya-hidup'")).toEqual([]);
  const inNasional = server.query<{ n: number }>("SELECT count(*) AS n FROM articles a JOIN kanal k ON k.id = a.kanal_id WHERE k.slug = 'nasional'")[0].n;
  expect(inNasional).toBeGreaterThanOrEqual(moving);
  await expectNav(page, (names) => expect(names).not.toContain("Gaya Hidup"));
  expect((await head("/kanal/gaya-hidup")).status).toBe(404);
  await page.context().close();
});

test("without JavaScript the kanal forms refuse, keep what was typed, and save", async ({ browser }) => {
  const page = await loggedIn(browser, REDAKTUR, false);
  await page.goto("/admin/kanal");
  await page.getByLabel("Nama").fill("Otomotif");
  await page.getByLabel("Slug").fill("teknologi");
  await page.getByLabel("Sembunyikan dari navigasi").check();
  await page.getByRole("button", { name: "Tambah kanal" }).click();
  await expect(page.getByText('Slug "teknologi" sudah dipakai kanal Teknologi.')).toBeVisible();
  await expect(page.getByLabel("Nama")).toHaveValue("Otomotif");
  await expect(page.getByLabel("Sembunyikan dari navigasi")).toBeChecked();
  await page.getByLabel("Slug").fill("otomotif");
  await page.getByRole("button", { name: "Tambah kanal" }).click();
  await expect(page.getByText("Kanal Otomotif ditambahkan.")).toBeVisible();
  await page.getByRole("button", { name: "Naikkan Otomotif" }).click();
  await expect(page.getByRole("row", { name: /Otomotif/ })).toBeVisible();
  const order = await page.locator("tbody tr td:first-child").allInnerTexts();
  expect(order.findIndex((t) => t.includes("Otomotif"))).toBeLessThan(order.length - 1);
  await page.context().close();
});

test("tags: rename with a new slug (308), a description on the page and in its meta, no merge into itself, merge, delete", async ({ browser }) => {
  const [big, other] = server.query<{ id: number; slug: string; name: string }>(
    "SELECT t.id, t.slug, t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY count(*) DESC, t.id LIMIT 2",
  );
  expect((await head(`/tag/${big.slug}`)).status).toBe(200);
  const page = await loggedIn(browser, REDAKTUR);
  await page.goto("/admin/tag");
  await expectNoAxeViolations(page, { label: "/admin/tag" });
  await expectNoHorizontalScroll(page);
  await page.getByRole("link", { name: big.name, exact: true }).click();
  await expect(page.getByRole("heading", { name: `Ubah tag ${big.name}` })).toBeVisible();
  await expectNoAxeViolations(page, { label: "/admin/tag/[id]" });
  await expectNoHorizontalScroll(page);

  await page.getByLabel("Slug").fill(other.slug);
  await page.getByLabel("Deskripsi").fill("Liputan lengkap tentang topik ini.");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText(`Slug "${other.slug}" sudah dipakai tag ${other.name}.`, { exact: false })).toBeVisible();
  await expect(page.getByLabel("Deskripsi")).toHaveValue("Liputan lengkap tentang topik ini.");

  await page.getByLabel("Nama").fill(`${big.name} Terkini`);
  await page.getByLabel("Slug").fill(`${big.slug}-terkini`);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Tag disimpan.")).toBeVisible();
  expect(await head(`/tag/${big.slug}`)).toEqual({ status: 308, location: `/tag/${big.slug}-terkini` });
  expect(await head(`/tag/${big.slug}?halaman=2`)).toEqual({ status: 308, location: `/tag/${big.slug}-terkini?halaman=2` });
  expect(await head(`/rss/tag/${big.slug}`)).toEqual({ status: 308, location: `${server.url}/rss/tag/${big.slug}-terkini` });
  const reader = await page.context().newPage();
  await reader.goto(`${server.url}/tag/${big.slug}-terkini`);
  await expect(reader.getByText("Liputan lengkap tentang topik ini.")).toBeVisible();
  await expect(reader.locator('meta[name="description"]')).toHaveAttribute("content", "Liputan lengkap tentang topik ini.");

  // Merging into itself is not offered; a crafted post is refused beside the field.
  const self = page.getByLabel("Gabungkan ke");
  await self.evaluate((select: HTMLSelectElement, id) => select.add(new Option("sendiri", String(id))), big.id);
  await self.selectOption(String(big.id));
  await page.getByRole("button", { name: "Gabungkan" }).click();
  await expect(page.getByText("Tag tidak bisa digabungkan ke dirinya sendiri. Pilih tag lain.")).toBeVisible();

  await page.getByLabel("Gabungkan ke").selectOption(String(other.id));
  await page.getByRole("button", { name: "Gabungkan" }).click();
  await expect(page.getByText(`Tag ${big.name} Terkini digabungkan ke tag ini.`)).toBeVisible();
  expect(await head(`/tag/${big.slug}-terkini`)).toEqual({ status: 308, location: `/tag/${other.slug}` });
  expect(await head(`/tag/${big.slug}`)).toEqual({ status: 308, location: `/tag/${other.slug}` });

  await page.getByLabel("Ketik HAPUS untuk menghapus tag ini").fill("HAPUS");
  await page.getByRole("button", { name: "Hapus tag" }).click();
  await expect(page.getByText(`Tag ${other.name} dihapus.`)).toBeVisible();
  expect((await head(`/tag/${other.slug}`)).status).toBe(404);
  await page.context().close();
});

test("author profiles: staff edit their own, admins anyone's; the author page shows bio, photo links and JSON-LD", async ({ browser }) => {
  const reporter = await loggedIn(browser, REPORTER);
  await reporter.goto("/admin/akun");
  await reporter.getByRole("link", { name: "Profil penulis" }).click();
  await expect(reporter.getByRole("heading", { name: /Profil penulis:/ })).toBeVisible();
  await expectNoAxeViolations(reporter, { label: "/admin/profil/[id]" });
  await expectNoHorizontalScroll(reporter);
  await reporter.getByLabel("Bio").fill("Meliput DPR dan istana sejak 2019.");
  await reporter.getByLabel("Tautan").fill("x.com/dimas");
  await reporter.getByRole("button", { name: "Simpan profil" }).click();
  await expect(reporter.getByText(/Tautan tidak valid: x\.com\/dimas/)).toBeVisible();
  await expect(reporter.getByLabel("Bio")).toHaveValue("Meliput DPR dan istana sejak 2019.");
  await reporter.getByLabel("Tautan").fill("https://x.com/dimas\nhttps://dimas.example");
  await reporter.getByRole("button", { name: "Simpan profil" }).click();
  await expect(reporter.getByText("Profil disimpan.")).toBeVisible();

  // Someone else's profile: the page is 403, and the action refuses a crafted post too.
  const editorId = server.query<{ id: number }>("SELECT id FROM staff WHERE slug = ?", REDAKTUR.slug)[0].id;
  const ownId = /profil\/(\d+)/.exec(reporter.url())![1];
  await reporter.locator('input[name="id"]').evaluate((input: HTMLInputElement, id) => (input.value = String(id)), editorId);
  await reporter.getByLabel("Bio").fill("Bukan profil saya.");
  await reporter.getByRole("button", { name: "Simpan profil" }).click();
  await expect(reporter.getByText("Anda hanya dapat mengubah profil Anda sendiri.")).toBeVisible();
  expect(server.query<{ bio: string }>("SELECT bio FROM staff WHERE id = ?", editorId)[0].bio).not.toBe("Bukan profil saya.");
  expect((await reporter.goto(`/admin/profil/${editorId}`))?.status()).toBe(403);

  const author = await reporter.context().newPage();
  await author.goto(`${server.url}/penulis/${REPORTER.slug}`);
  await expect(author.getByText("Meliput DPR dan istana sejak 2019.")).toBeVisible();
  await expect(author.getByRole("link", { name: "x.com/dimas" })).toHaveAttribute("href", "https://x.com/dimas");
  const ld = await author.locator('script[type="application/ld+json"]').allTextContents();
  expect(ld.map((t) => JSON.parse(t)).find((d) => d["@type"] === "ProfilePage")?.mainEntity).toMatchObject({
    "@type": "Person",
    description: "Meliput DPR dan istana sejak 2019.",
    sameAs: ["https://x.com/dimas", "https://dimas.example"],
  });
  await expectNoAxeViolations(author, { label: "/penulis/<slug>" });
  expect(ownId).toBeTruthy();

  const admin = await loggedIn(browser, ADMIN);
  await admin.goto("/admin/staf");
  await admin.getByRole("link", { name: `Profil ${server.query<{ name: string }>("SELECT name FROM staff WHERE id = ?", editorId)[0].name}` }).click();
  await expect(admin.getByRole("heading", { name: /Profil penulis:/ })).toBeVisible();
  await admin.getByLabel("Bio").fill("Redaktur desk nasional.");
  await admin.getByRole("button", { name: "Simpan profil" }).click();
  await expect(admin.getByText("Profil disimpan.")).toBeVisible();
  await author.goto(`${server.url}/penulis/${REDAKTUR.slug}`);
  await expect(author.getByText("Redaktur desk nasional.")).toBeVisible();
  await reporter.context().close();
  await admin.context().close();
});

// Last: a serial spec skips everything after a failure, and this one is the newest.
test("a second slug change sends every old address straight to the current one; a deleted kanal's old addresses answer 404", async ({ browser }) => {
  const page = await loggedIn(browser, REDAKTUR);
  const reslug = async (name: string, slug: string) => {
    await page.goto("/admin/kanal");
    await page.getByRole("link", { name: `Ubah ${name}`, exact: true }).click();
    await expect(page.getByRole("heading", { name: `Ubah kanal ${name}` })).toBeVisible();
    await page.getByLabel("Slug").fill(slug);
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(page.getByText(`Kanal ${name} disimpan.`)).toBeVisible();
  };
  // The first change's 308s are cached (the test before asked for them): they must not survive the second.
  expect(await head("/kanal/ekonomi")).toEqual({ status: 308, location: "/kanal/ekonomi-bisnis" });
  await reslug("Ekonomi & Bisnis", "bisnis");
  expect(await head("/kanal/ekonomi")).toEqual({ status: 308, location: "/kanal/bisnis" });
  expect(await head("/kanal/ekonomi?halaman=2")).toEqual({ status: 308, location: "/kanal/bisnis?halaman=2" });
  expect(await head("/kanal/ekonomi-bisnis")).toEqual({ status: 308, location: "/kanal/bisnis" });
  expect(await head("/rss/kanal/ekonomi")).toEqual({ status: 308, location: `${server.url}/rss/kanal/bisnis` });

  // A hidden kanal without stories: its writes drop no page but its own, so only naming the old ones helps.
  await page.goto("/admin/kanal");
  await page.getByLabel("Nama").fill("Kuliner");
  await page.getByLabel("Slug").fill("kuliner");
  await page.getByLabel("Sembunyikan dari navigasi").check();
  await page.getByRole("button", { name: "Tambah kanal" }).click();
  await expect(page.getByText("Kanal Kuliner ditambahkan.")).toBeVisible();
  await reslug("Kuliner", "kuliner-nusantara");
  expect(await head("/kanal/kuliner")).toEqual({ status: 308, location: "/kanal/kuliner-nusantara" });
  expect(await head("/kanal/kuliner?halaman=3")).toEqual({ status: 308, location: "/kanal/kuliner-nusantara?halaman=3" });
  await reslug("Kuliner", "kuliner-daerah");
  expect(await head("/kanal/kuliner")).toEqual({ status: 308, location: "/kanal/kuliner-daerah" });
  expect(await head("/kanal/kuliner?halaman=3")).toEqual({ status: 308, location: "/kanal/kuliner-daerah?halaman=3" });
  expect(await head("/kanal/kuliner-nusantara")).toEqual({ status: 308, location: "/kanal/kuliner-daerah" });

  await page.goto("/admin/kanal");
  await page.getByRole("link", { name: "Ubah Kuliner", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Ubah kanal Kuliner" })).toBeVisible();
  await page.getByLabel("Ketik HAPUS untuk menghapus kanal ini").fill("HAPUS");
  await page.getByRole("button", { name: "Hapus kanal" }).click();
  await expect(page.getByText("Kanal Kuliner dihapus.")).toBeVisible();
  for (const path of ["/kanal/kuliner", "/kanal/kuliner?halaman=3", "/kanal/kuliner-nusantara", "/kanal/kuliner-daerah"]) {
    expect(await head(path), path).toEqual({ status: 404, location: null });
  }
  await page.context().close();
});
