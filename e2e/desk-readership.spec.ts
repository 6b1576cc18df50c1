import { request as httpRequest } from "node:http";
import { type BrowserContext, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { ADMIN, EDITOR, logIn, newestStories, PHONE, type Story, startDeskServer } from "./helpers/desk";
import { expectNoHorizontalScroll } from "./helpers/page";
import type { SpareServer } from "./helpers/server";

// Issue 15, "Readership for the desk", on a server of its own (E2E_PORT + 24, e2e/helpers/desk.ts):
// real beacons, counted and flushed every 200 ms, must show in the story list's views columns and on
// Statistik exactly as the database holds them.

const READER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const HOUR = 3_600_000;
const fmt = (n: number) => new Intl.NumberFormat("id-ID").format(n);

let server: SpareServer;
let admin: BrowserContext;
let editor: BrowserContext;

test.describe.configure({ mode: "serial" });

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

test.beforeAll(async ({ browser }) => {
  server = await startDeskServer(24);
  editor = await logIn(browser, server, EDITOR);
  admin = await logIn(browser, server, ADMIN);
});

test.afterAll(async () => {
  await admin?.close();
  await editor?.close();
  await server?.dispose();
});

test.describe("Readership for the desk", () => {
  test("counted views show in 24 jam, 7 hari and Total, and each column sorts the list", async () => {
    const stories = newestStories(server, 3, 5);
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
      await expect(row.locator("td").nth(5)).toHaveText(fmt(day.n));
      await expect(row.locator("td").nth(7)).toHaveText(fmt(totalOf(s.id)));
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
  test("the views columns sort and Statistik fits 360 px", async ({ browser }) => {
    const context = await browser.newContext({ ...PHONE, baseURL: server.url, storageState: await admin.storageState() });
    const page = await context.newPage();
    await page.goto("/admin");
    await page.getByRole("columnheader", { name: "Total" }).getByRole("link").click();
    await expect(page).toHaveURL(/urut=total/);
    await expect(page.getByRole("columnheader", { name: "Total" })).toHaveAttribute("aria-sort", "descending");
    // The wide table scrolls inside its own box; the page itself does not.
    await expectNoHorizontalScroll(page);
    await page.goto("/admin/statistik");
    await expect(page.getByRole("table", { name: "Tayangan per kanal" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, { label: "/admin/statistik on a phone" });
    await context.close();
  });
});
