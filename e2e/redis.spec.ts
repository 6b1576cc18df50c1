import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_PORT } from "../playwright.config";
import { EDITOR_ENV, editorForms, postForm, publishFields, withValues } from "./helpers/editor";
import { type Instance, type SharedInstances, startSharedInstances } from "./helpers/shared-instances";

// Runs in the "redis" project only (playwright.config.ts): two `next start` of the same build on one
// PostgreSQL and one Redis (E2E_PORT + 10 and + 11, redis-server on + 12), as two servers behind one
// address. A publish and an unpublish on A reach B's cache; one reader's beacons over both count once.
const READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const WORD = "trenggilingredis";
const TITLE = `Warga menemukan ${WORD} di kebun kopi Temanggung`;

let shared: SharedInstances;
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  shared = await startSharedInstances({ ports: [E2E_PORT + 10, E2E_PORT + 11], redisPort: E2E_PORT + 12, env: { ...EDITOR_ENV, VIEW_FLUSH_MS: "200" } });
});
test.afterAll(async () => {
  await shared?.dispose();
});

/** Asks until the page answers as expected; B must follow A within 5 s. */
async function within5s(check: () => Promise<void>) {
  await expect(check).toPass({ timeout: 5_000, intervals: [100, 250, 500] });
}

async function cached(url: string): Promise<string | null> {
  const res = await fetch(url, { headers: { "user-agent": READER } });
  await res.arrayBuffer();
  return res.headers.get("x-nextjs-cache");
}

test("a publish and an unpublish on A reach B's cached pages within 5 s", async ({ browser }) => {
  const [a, b] = shared.instances;
  // B's home page is a cache hit before the publish.
  await expect(async () => expect(await cached(`${b.url}/`)).toBe("HIT")).toPass({ timeout: 20_000 });

  const forms = await editorForms(browser, a.url, { run: "redis", ownStories: 1 });
  const story = withValues(forms.create, { judul: TITLE, kanal: forms.kanal, status: "draft", ringkasan: `Ringkasan ${TITLE}.`, isi: `<p>Petugas melepas ${WORD} ke hutan.</p>` });
  const created = await postForm(a.url, "/admin/berita/baru", story, forms.cookie);
  expect(created.savedAt, `create answered ${created.status}`).not.toBeNull();
  const id = Number(/berita\/(\d+)/.exec(created.savedAt!)![1]);
  const published = await postForm(a.url, `/admin/berita/${id}`, publishFields(story, id, 1), forms.cookie);
  expect(published.savedAt, `publish answered ${published.status}`).not.toBeNull();

  await within5s(async () => expect(await (await fetch(`${b.url}/`, { headers: { "user-agent": READER } })).text()).toContain(TITLE));
  const db = new pg.Client({ connectionString: shared.databaseUrl });
  await db.connect();
  const row = (await db.query("SELECT public_id, slug FROM articles WHERE id = $1", [id])).rows[0] as { public_id: string; slug: string };
  const articlePath = `/berita/${row.public_id}/${row.slug}`;
  // B caches the story's page.
  await expect(async () => expect(await cached(`${b.url}${articlePath}`)).toBe("HIT")).toPass({ timeout: 10_000 });

  // A form rendered by A and posted to B (one Server Actions key): the unpublish.
  const unpublish = [...withValues(story, { id: String(id), version: "2" }), ["intent", "draft"]] as [string, string][];
  const pulled = await postForm(b.url, `/admin/berita/${id}`, unpublish, forms.cookie);
  expect(pulled.savedAt, `unpublish on B answered ${pulled.status}`).not.toBeNull();
  for (const instance of [a, b]) {
    await within5s(async () => {
      expect((await fetch(`${instance.url}${articlePath}`, { headers: { "user-agent": READER } })).status).toBe(404);
      expect(await (await fetch(`${instance.url}/`, { headers: { "user-agent": READER } })).text()).not.toContain(TITLE);
    });
  }

  // One reader's beacons on A and B count once; a second reader counts too.
  const beacon = (url: string, ip: string) =>
    fetch(`${url}/api/views?id=${row.public_id}`, { method: "POST", headers: { "user-agent": READER, "x-forwarded-for": ip, origin: url } }).then((r) => r.status);
  // Views need a story readers can see: publish it again.
  const again = await postForm(a.url, `/admin/berita/${id}`, publishFields(story, id, 3), forms.cookie);
  expect(again.savedAt, `republish answered ${again.status}`).not.toBeNull();
  expect([await beacon(a.url, "203.0.113.50"), await beacon(b.url, "203.0.113.50"), await beacon(a.url, "203.0.113.50")]).toEqual([202, 204, 204]);
  expect(await beacon(b.url, "203.0.113.51")).toBe(202);
  await expect(async () => {
    const views = (await db.query("SELECT coalesce(sum(views), 0)::int AS n FROM article_views WHERE article_id = $1", [id])).rows[0] as { n: number };
    expect(views.n).toBe(2);
  }).toPass({ timeout: 10_000 });
  await db.end();
});

test("Redis stopped: both instances still serve readers and take beacons; started again, they share again", async () => {
  const [a, b] = shared.instances;
  const home = await (await fetch(`${a.url}/`, { headers: { "user-agent": READER } })).text();
  const publicId = /href="\/berita\/([a-z0-9]{8})\//.exec(home)![1];
  const lines = (instance: Instance, pattern: RegExp) => instance.output().match(pattern)?.length ?? 0;
  const [DOWN, BACK] = [/Redis \(REDIS_URL\) tidak terjangkau/g, /Redis \(REDIS_URL\) terjangkau lagi/g];
  const before = [a, b].map((instance) => [lines(instance, DOWN), lines(instance, BACK)]);
  await shared.redis.stop({ kill: true });
  for (const instance of [a, b]) {
    for (const path of ["/", "/indeks", "/cari?q=berita"]) expect((await fetch(`${instance.url}${path}`, { headers: { "user-agent": READER } })).status, path).toBeLessThan(500);
    // A beacon is counted locally: 202, never a 5xx.
    const beacon = await fetch(`${instance.url}/api/views?id=${publicId}`, { method: "POST", headers: { "user-agent": READER, "x-forwarded-for": "203.0.113.77", origin: instance.url } });
    expect(beacon.status).toBe(202);
  }
  // One clear line per instance, not one per request.
  await within5s(async () => expect([a, b].map((instance, i) => lines(instance, DOWN) - before[i][0])).toEqual([1, 1]));
  await shared.redis.restart();
  await within5s(async () => expect([a, b].map((instance, i) => lines(instance, BACK) - before[i][1])).toEqual([1, 1]));
  // Shared again: a new reader counted on A is a repeat on B.
  const again = (url: string) =>
    fetch(`${url}/api/views?id=${publicId}`, { method: "POST", headers: { "user-agent": READER, "x-forwarded-for": "203.0.113.78", origin: url } }).then((r) => r.status);
  expect([await again(a.url), await again(b.url)]).toEqual([202, 204]);
});
