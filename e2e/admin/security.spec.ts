import { createHash, randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { type APIResponse, type Browser, type BrowserContext, expect, test } from "@playwright/test";
import sharp from "sharp";
import { toWibDateTimeLocal } from "../../lib/wib";
import { E2E_DATA_DIR, E2E_PORT } from "../../playwright.config";
import { readDb, writeDb } from "../helpers/db";
import { ADMIN, adminState, REPORTER } from "./accounts";
import { listTree } from "../../lib/testing/files";

// Issue #8: every mutation checks Origin, every admin route and action checks the session,
// and guessing passwords costs the server almost nothing. Each mutation is replayed as the
// browser would send it without JavaScript (the form's own fields, its hidden $ACTION_ inputs
// included), with the Origin changed, and the database and MEDIA_DIR are compared before/after.

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const BAD_ORIGINS: { label: string; origin?: string }[] = [
  { label: "another site", origin: "https://penipu.example" },
  { label: "null", origin: "null" },
  { label: "no Origin" },
];
const HOUR = 3600_000;

type Upload = { name: string; mimeType: string; buffer: Buffer };
type Fields = [string, string | Upload][];
type Values = Record<string, string | Upload>;
const NONE: Values = {};

async function png(width: number, height: number): Promise<Upload> {
  const buffer = await sharp({ create: { width, height, channels: 3, background: "#155e75" } })
    .png()
    .toBuffer();
  return { name: "uji.png", mimeType: "image/png", buffer };
}

// Everything a mutation could touch; counters (views, ad stats) are written by the flush timer.
const TABLES = [
  "articles",
  "article_revisions",
  "article_tags",
  "article_related",
  "tags",
  "media",
  "staff",
  "sessions",
  "ad_creatives",
  "ad_creative_kanal",
  "site_settings",
  "front_page_versions",
];

function mediaFiles(): string[] {
  return listTree(`${E2E_DATA_DIR}/media`);
}

function snapshot(): { rows: Record<string, string>; media: string[] } {
  return { rows: Object.fromEntries(TABLES.map((t) => [t, JSON.stringify(readDb(`SELECT * FROM ${t} ORDER BY rowid`))])), media: mediaFiles() };
}

/** Every form on a page rendered without JavaScript that posts to a server action, as its fields. */
async function actionForms(ctx: BrowserContext, path: string): Promise<Fields[]> {
  const page = await ctx.newPage();
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  const forms = await page.locator("form").evaluateAll((els) =>
    (els as HTMLFormElement[]).map((f) => {
      // With JavaScript off the page runs no callbacks, so no FormData.forEach: iterate instead.
      const out: [string, string][] = [];
      for (const [k, v] of new FormData(f).entries()) if (typeof v === "string") out.push([k, v]);
      return out;
    }),
  );
  await page.close();
  return forms.filter((f) => f.some(([k]) => k.startsWith("$ACTION_")));
}

/** The fields with some replaced (every value of a name) and some added. */
function withValues(fields: Fields, values: Record<string, string | Upload>): Fields {
  const kept = fields.filter(([k]) => !(k in values));
  return [...kept, ...Object.entries(values)];
}

function post(ctx: BrowserContext, path: string, fields: Fields, origin?: string, extra: Record<string, string> = {}): Promise<APIResponse> {
  const form = new FormData();
  for (const [k, v] of fields) {
    if (typeof v === "string") form.append(k, v);
    else form.append(k, new Blob([new Uint8Array(v.buffer)], { type: v.mimeType }), v.name);
  }
  return ctx.request.post(path, { multipart: form, headers: { ...(origin === undefined ? {} : { origin }), ...extra }, maxRedirects: 0 });
}

/** Fields of the form that has a field named `name`. */
function formWith(forms: Fields[], name: string): Fields {
  const form = forms.find((f) => f.some(([k]) => k === name));
  if (!form) throw new Error(`no form with a ${name} field`);
  return form;
}

async function expectRefusedEverywhere(ctx: BrowserContext, path: string, fields: Fields, what: string) {
  for (const { label, origin } of BAD_ORIGINS) {
    const before = snapshot();
    const res = await post(ctx, path, fields, origin);
    // Next 16 refuses a foreign or "null" Origin on a server action itself ("Invalid Server
    // Actions request", 500) before our code runs. One without Origin gets through Next; the
    // action refuses it (fromThisSite, server/session.ts) with its own error message, or its
    // error redirect for the button forms. Either way nothing changes, which is checked below.
    const status = res.status();
    if (origin === undefined) {
      const body = status === 200 ? await res.text() : "";
      const refused = (status === 200 && body.includes("Permintaan ditolak: asal tidak sah.")) || (status === 303 && !/tersimpan|ditambah|diubah|dihapus/.test(res.headers()["location"] ?? ""));
      expect(refused, `${what}, ${label}: ${status} ${res.headers()["location"] ?? ""}`).toBe(true);
    } else expect(status, `${what}, ${label}`).toBe(500);
    expect(snapshot(), `${what}, ${label}: nothing may change`).toEqual(before);
  }
}

const articleValues = async (title: string): Promise<Record<string, string | Upload>> => ({
  judul: title,
  slug: "",
  ringkasan: "Ringkasan uji keamanan yang cukup panjang untuk daftar berita.",
  dateline: "bandung",
  kanal: String(readDb<{ id: number }>("SELECT id FROM kanal WHERE slug = 'ekonomi'")[0].id),
  tag: "Uji Keamanan",
  isi: "<p>Paragraf pertama uji keamanan.</p><p>Paragraf kedua.</p>",
  status: "draft",
  alt_foto: "Foto uji keamanan",
  keterangan_foto: "Keterangan foto uji",
  kredit_foto: "Warta",
  foto: { ...(await png(1600, 900)), name: "uji.png" },
});

const adValues = async (name: string): Promise<Record<string, string | Upload>> => ({
  nama: name,
  slot: "sidebar",
  jenis: "image",
  gambar: await png(300, 250),
  teks_alt: "Iklan uji keamanan",
  url_tujuan: "https://toko.example/uji",
  mulai: toWibDateTimeLocal(new Date(Date.now() - HOUR)),
  selesai: toWibDateTimeLocal(new Date(Date.now() + 24 * HOUR)),
  bobot: "1",
  dijeda: "1",
});

async function noJs(browser: Browser, storageState?: string): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: false, ...(storageState ? { storageState } : { storageState: { cookies: [], origins: [] } }) });
}

function someIds() {
  const [draft] = readDb<{ id: number }>("SELECT id FROM articles WHERE status = 'draft' ORDER BY id LIMIT 1");
  const [creative] = readDb<{ id: number }>("SELECT id FROM ad_creatives ORDER BY id LIMIT 1");
  const [kanal] = readDb<{ id: number }>("SELECT id FROM kanal ORDER BY id LIMIT 1");
  const [tag] = readDb<{ id: number }>("SELECT id FROM tags ORDER BY id LIMIT 1");
  const [staff] = readDb<{ id: number }>("SELECT id FROM staff ORDER BY id LIMIT 1");
  const [photo] = readDb<{ id: number }>("SELECT id FROM media ORDER BY id LIMIT 1");
  const [update] = readDb<{ id: number; article_id: number }>("SELECT id, article_id FROM live_updates ORDER BY id LIMIT 1");
  return { article: draft.id, creative: creative.id, kanal: kanal.id, tag: tag.id, staff: staff.id, photo: photo.id, update };
}

test.describe("Origin", () => {
  test("every server action form refuses another site, null and no Origin, and changes nothing, uploads included", async ({ browser }) => {
    test.setTimeout(240_000);
    const ctx = await noJs(browser, adminState);
    const ids = someIds();
    const stamp = Date.now();
    // Each page's action forms, with the values a valid submission needs. Same-shaped forms
    // (a row of Jeda buttons, the logout form on every page) are tried once.
    const pages: { path: string; values: (fields: Fields) => Promise<Record<string, string | Upload>> }[] = [
      { path: "/admin/berita/baru", values: async () => articleValues(`Uji Asal ${stamp}`) },
      { path: `/admin/berita/${ids.article}`, values: async (f) => (f.some(([k]) => k === "konfirmasi") ? { konfirmasi: "HAPUS" } : NONE) },
      {
        path: "/admin/staf",
        values: async (f) => (f.some(([k]) => k === "nama") ? { nama: "Uji Asal", email: `asal-${stamp}@warta.test`, peran: "reporter", password: "sandi-uji-asal-123" } : NONE),
      },
      { path: "/admin/akun", values: async () => ({ lama: ADMIN.password, password: "sandi-baru-uji-123", ulangi: "sandi-baru-uji-123" }) },
      { path: "/admin/iklan", values: async () => ({}) },
      { path: "/admin/iklan/baru", values: async () => adValues(`Uji Asal ${stamp}`) },
      { path: `/admin/iklan/${ids.creative}`, values: async (f) => (f.some(([k]) => k === "konfirmasi") ? { konfirmasi: "HAPUS" } : NONE) },
      { path: "/admin/iklan/pengaturan", values: async () => ({}) },
      {
        path: "/admin/beranda",
        values: async (f) => (f.some(([k]) => k === "headline-1") ? { "headline-1": readDb<{ public_id: string }>("SELECT public_id FROM articles WHERE status = 'published' LIMIT 1")[0].public_id } : NONE),
      },
    ];
    const seen = new Set<string>();
    let tried = 0;
    for (const { path, values } of pages) {
      for (const form of await actionForms(ctx, path)) {
        const shape = form
          .map(([k]) => k.replace(/^\$ACTION_(ID|REF)_.*/, "$ACTION"))
          .sort()
          .join(",");
        if (seen.has(`${path}|${shape}`) || (shape === "$ACTION" && seen.has("logout"))) continue;
        seen.add(shape === "$ACTION" ? "logout" : `${path}|${shape}`);
        await expectRefusedEverywhere(ctx, path, withValues(form, await values(form)), `${path} [${shape.slice(0, 60)}]`);
        tried++;
      }
    }
    // Article (save, status, delete, restore), staff (add, update), password, logout, ads (pause,
    // save, delete), settings: at least these twelve shapes.
    expect(tried).toBeGreaterThanOrEqual(12);

    // The same replays with our own Origin do go through: the refusals above were not an accident
    // of the replay. An article with its photo and an ad with its picture are stored.
    const mediaBefore = mediaFiles().length;
    const article = withValues(await actionForms(ctx, "/admin/berita/baru").then((f) => formWith(f, "judul")), await articleValues(`Uji Asal Sah ${stamp}`));
    expect((await post(ctx, "/admin/berita/baru", article, ORIGIN)).status()).toBe(303);
    expect(readDb("SELECT id FROM articles WHERE title = ?", `Uji Asal Sah ${stamp}`)).toHaveLength(1);
    const ad = withValues(await actionForms(ctx, "/admin/iklan/baru").then((f) => formWith(f, "nama")), await adValues(`Uji Asal Sah ${stamp}`));
    expect((await post(ctx, "/admin/iklan/baru", ad, ORIGIN)).status()).toBe(303);
    expect(readDb("SELECT id FROM ad_creatives WHERE name = ?", `Uji Asal Sah ${stamp}`)).toHaveLength(1);
    expect(mediaFiles().length).toBeGreaterThan(mediaBefore);
    await ctx.close();
  });

  test("the login form refuses a foreign, null or missing Origin before it runs", async ({ browser }) => {
    const ctx = await noJs(browser);
    const login = withValues(formWith(await actionForms(ctx, "/admin/masuk"), "email"), { email: ADMIN.email, password: ADMIN.password });
    await expectRefusedEverywhere(ctx, "/admin/masuk", login, "login");
    const sessions = readDb("SELECT token_hash FROM sessions").length;
    expect((await post(ctx, "/admin/masuk", login, ORIGIN)).status()).toBe(303);
    expect(readDb("SELECT token_hash FROM sessions").length).toBe(sessions + 1);
    await ctx.close();
  });

  test("the beacons refuse a POST without our Origin; the counting GETs count only without a foreign one", async ({ playwright }) => {
    const reader = await playwright.request.newContext({
      baseURL: ORIGIN,
      extraHTTPHeaders: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36" },
    });
    const [story] = readDb<{ public_id: string }>("SELECT public_id FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1");
    const [running] = readDb<{ id: number }>(
      "SELECT id FROM ad_creatives WHERE paused = 0 AND kind = 'image' AND starts_at <= ? AND ends_at > ? ORDER BY id LIMIT 1",
      Date.now(),
      Date.now(),
    );
    const clicks = () => readDb<{ n: number }>("SELECT coalesce(sum(clicks), 0) AS n FROM ad_stats_daily WHERE creative_id = ?", running.id)[0].n;
    const visitor = () => ({ "x-forwarded-for": `2001:db8:8:${randomBytes(2).toString("hex")}::1` });
    for (const { label, origin } of BAD_ORIGINS) {
      const headers = { ...visitor(), ...(origin ? { origin } : {}) };
      const view = await reader.post(`/api/views?id=${story.public_id}`, { headers });
      expect([view.status(), view.headers()["x-warta-view"]], `view beacon, ${label}`).toEqual([403, "origin"]);
      const seen = await reader.post("/api/ads/impressions", { headers: { ...headers, "content-type": "text/plain" }, data: `[${running.id}]` });
      expect([seen.status(), seen.headers()["x-warta-view"]], `impressions, ${label}`).toEqual([403, "origin"]);
      if (origin) {
        const pixel = await reader.get(`/api/views/pixel?id=${story.public_id}`, { headers });
        expect([pixel.status(), pixel.headers()["x-warta-view"]], `pixel, ${label}`).toEqual([200, "cross-site"]);
        expect((await reader.get(`/iklan/klik/${running.id}`, { headers, maxRedirects: 0 })).status(), `click, ${label}`).toBe(302);
      }
    }
    // Our own page's beacon and an <img>'s or a link's plain GET still count.
    const ours = await reader.post(`/api/views?id=${story.public_id}`, { headers: { ...visitor(), origin: ORIGIN } });
    expect(ours.headers()["x-warta-view"]).toBe("counted");
    const pixel = await reader.get(`/api/views/pixel?id=${story.public_id}`, { headers: visitor() });
    expect(pixel.headers()["x-warta-view"]).toBe("counted");
    // The foreign clicks above were sent on; only this plain one is counted (flushed every VIEW_FLUSH_MS).
    const before = clicks();
    await new Promise((r) => setTimeout(r, 6_000));
    expect(clicks()).toBe(before);
    expect((await reader.get(`/iklan/klik/${running.id}`, { headers: visitor(), maxRedirects: 0 })).status()).toBe(302);
    await expect.poll(clicks, { timeout: 15_000 }).toBe(before + 1);
    await reader.dispose();
  });
});

/** Every admin page from the file tree, with its dynamic segments filled in. */
function adminRoutes(): { path: string; public: boolean }[] {
  const root = join("app", "(admin)", "admin");
  const ids = someIds();
  // One value per dynamic segment, in order.
  const fill: Record<string, string | string[]> = {
    "berita/[id]": String(ids.article),
    "iklan/[id]": String(ids.creative),
    "pratinjau-iklan/[id]": String(ids.creative),
    "kanal/[id]": String(ids.kanal),
    "tag/[id]": String(ids.tag),
    "profil/[id]": String(ids.staff),
    "media/[id]": String(ids.photo),
    "berita/[id]/langsung/[pembaruan]": [String(ids.update.article_id), String(ids.update.id)],
  };
  // The login page and the one-time setup form are for people without a session.
  const publicPages = new Set(["masuk", "mulai"]);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === "page.tsx")
    .map((e) => {
      const route = relative(root, e.parentPath)
        .split(sep)
        .filter((s) => s && !/^\(.*\)$/.test(s))
        .join("/");
      let path = route;
      if (route.includes("[")) {
        if (!(route in fill)) throw new Error(`admin page /admin/${route} has a parameter this test cannot fill: add it to fill`);
        const values = [fill[route]].flat();
        path = route.replace(/\[[^\]]+\]/g, () => values.shift()!);
      }
      return { path: `/admin${path ? `/${path}` : ""}`, public: publicPages.has(route) };
    });
}

const SPOOFS = ["middleware", "proxy", "src/middleware:middleware:middleware:middleware:middleware", "middleware:middleware:middleware:middleware:middleware"];

function sessionToken(staffId: number, expiresAt: number): string {
  const token = randomBytes(32).toString("base64url");
  writeDb(
    "INSERT INTO sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
    createHash("sha256").update(token).digest("hex"),
    staffId,
    expiresAt - 7 * 24 * HOUR,
    expiresAt,
  );
  return token;
}

test.describe("Sessions", () => {
  test("every admin page refuses no session, an expired one, a deactivated account's and a spoofed middleware header", async ({ browser }) => {
    test.setTimeout(180_000);
    const [admin] = readDb<{ id: number }>("SELECT id FROM staff WHERE email = ?", ADMIN.email);
    const expired = sessionToken(admin.id, Date.now() - 60_000);
    writeDb(
      "INSERT INTO staff (slug, name, role, email, active) VALUES (?, 'Mantan Admin', 'admin', ?, 0)",
      `mantan-${Date.now()}`,
      `mantan-${Date.now()}@warta.test`,
    );
    const [gone] = readDb<{ id: number }>("SELECT id FROM staff WHERE active = 0 ORDER BY id DESC LIMIT 1");
    const deactivated = sessionToken(gone.id, Date.now() + 24 * HOUR);
    const credentials: { label: string; cookie?: string; headers?: Record<string, string> }[] = [
      { label: "no session" },
      { label: "expired session", cookie: expired },
      { label: "deactivated account", cookie: deactivated },
      ...SPOOFS.map((v) => ({ label: `spoofed x-middleware-subrequest: ${v}`, headers: { "x-middleware-subrequest": v } })),
      ...SPOOFS.slice(0, 1).map((v) => ({ label: `expired session + spoofed ${v}`, cookie: expired, headers: { "x-middleware-subrequest": v } })),
    ];
    const routes = adminRoutes();
    expect(routes.filter((r) => !r.public).length).toBeGreaterThanOrEqual(9);

    for (const { label, cookie, headers } of credentials) {
      const ctx = await browser.newContext({
        storageState: { cookies: cookie ? [{ name: "warta_session", value: cookie, domain: "127.0.0.1", path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }] : [], origins: [] },
      });
      for (const route of routes.filter((r) => !r.public)) {
        const res = await ctx.request.get(route.path, { headers, maxRedirects: 0 });
        const where = res.headers()["location"] ?? "";
        const refused = [401, 403].includes(res.status()) || ([302, 303, 307].includes(res.status()) && where.startsWith("/admin/masuk"));
        expect(refused, `${route.path} with ${label}: ${res.status()} ${where}`).toBe(true);
      }
      await ctx.close();
    }
  });

  test("server actions with no, an expired or a spoofed session redirect to the login page and change nothing", async ({ browser }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const ids = someIds();
    const source = await noJs(browser, adminState);
    // The forms as the admin's browser has them: a new story with its photo, a staff account, the ad settings.
    const replays: { path: string; fields: Fields }[] = [
      { path: "/admin/berita/baru", fields: withValues(formWith(await actionForms(source, "/admin/berita/baru"), "judul"), await articleValues(`Uji Sesi ${stamp}`)) },
      { path: `/admin/berita/${ids.article}`, fields: formWith(await actionForms(source, `/admin/berita/${ids.article}`), "judul") },
      {
        path: "/admin/staf",
        fields: withValues(formWith(await actionForms(source, "/admin/staf"), "nama"), { nama: "Uji Sesi", email: `sesi-${stamp}@warta.test`, peran: "admin", password: "sandi-uji-sesi-123" }),
      },
      { path: "/admin/iklan/pengaturan", fields: withValues(formWith(await actionForms(source, "/admin/iklan/pengaturan"), "label_iklan"), { label_iklan: "Disusupi" }) },
    ];
    await source.close();
    const [admin] = readDb<{ id: number }>("SELECT id FROM staff WHERE email = ?", ADMIN.email);
    const expired = sessionToken(admin.id, Date.now() - 60_000);
    for (const { label, cookie, spoof } of [
      { label: "no session" },
      { label: "expired session", cookie: expired },
      { label: "spoofed header", spoof: SPOOFS[2] },
    ] as { label: string; cookie?: string; spoof?: string }[]) {
      const ctx = await noJs(browser);
      if (cookie) await ctx.addCookies([{ name: "warta_session", value: cookie, domain: "127.0.0.1", path: "/" }]);
      for (const { path, fields } of replays) {
        const before = snapshot();
        const res = await post(ctx, path, fields, ORIGIN, spoof ? { "x-middleware-subrequest": spoof } : {});
        const where = res.headers()["location"] ?? "";
        // The action's own redirect (303), or the page's when it renders after the action (307).
        const refused = res.status() === 403 || ([303, 307].includes(res.status()) && where.startsWith("/admin/masuk"));
        expect(refused, `${path}, ${label}: ${res.status()} ${where}`).toBe(true);
        expect(snapshot(), `${path}, ${label}`).toEqual(before);
      }
      await ctx.close();
    }
  });
});

test.describe("Brute force", () => {
  test("200 wrong passwords against one account run the hash 5 times; others log in, the owner's own browser too", async ({ browser }) => {
    test.setTimeout(240_000);
    const victim = { email: `sasaran-${Date.now()}@warta.test`, password: "sandi-sasaran-benar-1" };
    const admin = await browser.newContext({ storageState: adminState });
    const adminPage = await admin.newPage();
    await adminPage.goto("/admin/staf");
    await adminPage.getByLabel("Nama").fill("Sasaran Tebakan");
    await adminPage.getByLabel("Email").fill(victim.email);
    await adminPage.getByLabel("Peran", { exact: true }).selectOption("editor");
    await adminPage.getByLabel("Kata sandi awal").fill(victim.password);
    await adminPage.getByRole("button", { name: "Tambah staf" }).click();
    await expect(adminPage.getByText("Staf ditambahkan.")).toBeVisible();
    await admin.close();

    const logIn = async (ctx: BrowserContext, who: { email: string; password: string }) => {
      const page = await ctx.newPage();
      await page.goto("/admin/masuk");
      await page.getByLabel("Email").fill(who.email);
      await page.getByLabel("Kata sandi").fill(who.password);
      await page.getByRole("button", { name: "Masuk" }).click();
      return page;
    };
    // The owner's usual browser logs in (and out) before the attack.
    const usual = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const before = await logIn(usual, victim);
    await expect(before).toHaveURL(/\/admin$/);
    await usual.clearCookies({ name: "warta_session" });

    const attacker = await noJs(browser);
    const form = formWith(await actionForms(attacker, "/admin/masuk"), "email");
    const [story] = readDb<{ public_id: string; slug: string }>("SELECT public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1");
    const readerPage = `/berita/${story.public_id}/${story.slug}`;
    const readerTimes = async (n: number) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await attacker.request.get(readerPage);
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[Math.floor(n / 2)];
    };
    const quiet = await readerTimes(20);

    const answers: { wrong: boolean; locked: boolean; ms: number }[] = [];
    const attack = (async () => {
      for (let i = 0; i < 200; i++) {
        const t0 = performance.now();
        // Each guess claims another address: X-Forwarded-For is the client's to choose here.
        const res = await post(attacker, "/admin/masuk", withValues(form, { email: victim.email, password: `tebakan-${i}` }), ORIGIN, {
          "x-forwarded-for": `198.51.100.${i % 250}`,
        });
        const html = await res.text();
        answers.push({ wrong: html.includes("Email atau kata sandi salah."), locked: html.includes("Terlalu banyak percobaan masuk."), ms: performance.now() - t0 });
      }
    })();
    const during = await readerTimes(20);
    const started = performance.now();
    await attack;
    const attackSeconds = (performance.now() - started) / 1000;

    // "Email atau kata sandi salah." is only ever said after the hash ran: five times.
    expect(answers.filter((a) => a.wrong)).toHaveLength(5);
    expect(answers.slice(5).every((a) => a.locked)).toBe(true);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    test.info().annotations.push({
      type: "figures",
      description:
        `attack ${attackSeconds.toFixed(1)} s after the reader sample; median answer ${median(answers.slice(0, 5).map((a) => a.ms)).toFixed(0)} ms hashed, ` +
        `${median(answers.slice(5).map((a) => a.ms)).toFixed(0)} ms refused; reader page median ${quiet.toFixed(0)} ms quiet, ${during.toFixed(0)} ms during`,
    });
    await attacker.close();

    // Another account logs in as usual, in a browser.
    const colleague = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await expect(await logIn(colleague, REPORTER)).toHaveURL(/\/admin$/);
    await colleague.close();

    // The owner on a new browser is told, in Indonesian, to wait; on the usual one they get in.
    const fresh = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const locked = await logIn(fresh, victim);
    await expect(locked.locator('main p[role="alert"]').first()).toContainText(/Terlalu banyak percobaan masuk\. Coba lagi dalam \d+ menit\./);
    await fresh.close();
    await expect(await logIn(usual, victim)).toHaveURL(/\/admin$/);
    await usual.close();
  });
});
