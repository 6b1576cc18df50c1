import { expect, test } from "@playwright/test";
import { readDb } from "../helpers/db";
import { pressSave } from "../helpers/editor";
import { adminState } from "./accounts";

test.use({ storageState: adminState });

type Story = { id: number; public_id: string; slug: string; title: string; kanal: string; reporter: string };

test("an editor's save and unpublish reach cached reader pages at once", async ({ page, playwright, baseURL }) => {
  // An anonymous reader: no session cookie, so every answer below is what the cache serves.
  const reader = await playwright.request.newContext({ baseURL });
  const html = async (path: string) => (await reader.get(path)).text();
  const [story] = readDb<Story>(
    `SELECT a.id, a.public_id, a.slug, a.title, k.slug AS kanal, r.slug AS reporter FROM articles a
      JOIN kanal k ON k.id = a.kanal_id JOIN staff r ON r.id = a.reporter_id
      WHERE a.status = 'published' AND a.published_at <= ? AND k.parent_id IS NULL ORDER BY a.published_at DESC LIMIT 1`,
    // A seeded story: the other journeys' stories of the last minutes have no neighbours linking to them yet.
    Date.now() - 10 * 60_000,
  );
  const [tag] = readDb<{ slug: string }>(
    "SELECT t.slug FROM tags t JOIN article_tags at ON at.tag_id = t.id WHERE at.article_id = ? ORDER BY at.position LIMIT 1",
    story.id,
  );
  const link = `/berita/${story.public_id}/`;
  // Another story's page that links to this one (Berita Lainnya, Baca Juga or Terpopuler).
  const neighbours = readDb<{ public_id: string; slug: string }>(
    "SELECT public_id, slug FROM articles WHERE status = 'published' AND published_at <= ? AND id != ? ORDER BY published_at DESC LIMIT 20",
    Date.now(),
    story.id,
  );
  let other = "";
  for (const n of neighbours) {
    const path = `/berita/${n.public_id}/${n.slug}`;
    if ((await html(path)).includes(link)) {
      other = path;
      break;
    }
  }
  expect(other, "a neighbouring story links to the test story").not.toBe("");

  const readerPages = ["/", `/kanal/${story.kanal}`, `/tag/${tag.slug}`, `/penulis/${story.reporter}`, other];
  // Wait until each page is a fresh cache entry (an older one answers STALE while it renders again).
  for (const path of [...readerPages, `${link}${story.slug}`]) {
    await expect.poll(async () => (await reader.get(path)).headers()["x-nextjs-cache"], { message: path, timeout: 20_000 }).toBe("HIT");
  }

  const title = `Pembaruan Redaksi Soal Cache ${Date.now()}`;
  await page.goto(`/admin/berita/${story.id}`);
  await page.getByLabel("Judul").fill(title);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Tersimpan.")).toBeVisible();
  const [saved] = readDb<{ slug: string }>("SELECT slug FROM articles WHERE id = ?", story.id);
  // No waiting: the save dropped these pages from the cache.
  for (const path of ["/", `/kanal/${story.kanal}`, `/tag/${tag.slug}`, `/penulis/${story.reporter}`, `${link}${saved.slug}`]) {
    expect(await html(path), path).toContain(title);
  }

  await pressSave(page, "Tarik dari situs");
  expect((await reader.get(`${link}${saved.slug}`)).status()).toBe(404);
  for (const path of readerPages) expect(await html(path), path).not.toContain(link);

  // Put the story back for the other tests that share this database.
  await pressSave(page, "Terbitkan sekarang");
  expect(await html(`${link}${saved.slug}`)).toContain(title);
  await reader.dispose();
});
