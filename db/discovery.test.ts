import { type SQL, sql } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { seededDatabase } from "./testing/seeded-database";
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, splitHighlights } from "@/lib/highlight";
import { toFtsQuery } from "@/lib/search-query";
import { parseSitemapFileName } from "@/lib/sitemaps";

// Search, feeds and sitemaps on a real database (both engines), seeded exactly as a fresh install is.
const m = seededDatabase("discovery", async () => ({
  search: await import("./queries/search"),
  distribution: await import("./queries/distribution"),
  render: await import("@/server/distribution"),
}));

const HOUR = 3600_000;
/** A time as the engine's published_at column stores it, for plain SQL. */
const at = (ms: number) => sql.param(new Date(ms), m.tables.articles.publishedAt);
const VISIBLE = sql`status IN ('published','scheduled')`;

type Row = { id: number; public_id: string; title: string; status: string };
const row = (where: SQL) => m.one<Row>(sql`SELECT id, public_id, title, status FROM articles WHERE ${where} ORDER BY id LIMIT 1`);
const TARIF = sql`title LIKE 'Tarif Terintegrasi%'`;
const visibleIds = async () =>
  (await m.rows<{ public_id: string }>(sql`SELECT public_id FROM articles WHERE ${VISIBLE} AND published_at <= ${at(Date.now())}`)).map((r) => r.public_id);
const setStatus = (id: number, status: string) => m.write(sql`UPDATE articles SET status = ${status} WHERE id = ${id}`);

async function find(query: string, opts: { limit?: number; offset?: number } = {}) {
  return m.search.searchArticles({ query, limit: opts.limit ?? 100, offset: opts.offset });
}
const ids = (r: { hits: { publicId: string }[] }) => r.hits.map((h) => h.publicId);

let synthetic = 0;
/** Adds a published story with the given text; the engine's index (FTS5 triggers, tsvector column) follows. */
async function addArticle(a: { title: string; lead?: string; body?: string; ageHours: number }): Promise<string> {
  const publicId = `zz${String(++synthetic).padStart(6, "0")}`;
  const kanalId = (await m.one<{ id: number }>(sql`SELECT id FROM kanal ORDER BY id LIMIT 1`)).id;
  const when = at(Date.now() - a.ageHours * HOUR);
  await m.write(sql`INSERT INTO articles (public_id, slug, title, lead, body, body_text, kanal_id, status, published_at, updated_at, created_at)
    VALUES (${publicId}, ${`uji-${synthetic}`}, ${a.title}, ${a.lead ?? ""}, '', ${a.body ?? ""}, ${kanalId}, 'published', ${when}, ${when}, ${when})`);
  return publicId;
}

describe("search", () => {
  it("finds Indonesian stories by their words, best match first", async () => {
    const tarif = await row(TARIF);
    const r = await find("tarif kereta komuter");
    expect(r.total).toBeGreaterThan(0);
    expect(r.hits[0].publicId).toBe(tarif.public_id);
    expect(splitHighlights(r.hits[0].titleMarked).filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(
      expect.arrayContaining(["tarif", "kereta", "komuter"]),
    );
  });

  it("matches prefixes, so half-typed and suffixed words are found", async () => {
    const tarif = await row(TARIF);
    expect(ids(await find("terinteg"))).toContain(tarif.public_id);
    const id = await addArticle({ title: "Pemilunya Berjalan Lancar di Desa Sukamaju", ageHours: 2 });
    expect(ids(await find("pemilu"))).toContain(id);
    expect(ids(await find("Sukama"))).toContain(id);
  });

  it("ignores case and diacritics on both sides", async () => {
    const id = await addArticle({ title: "Kafé Kopi Gayo Dibuka di Bogor", ageHours: 3 });
    expect(ids(await find("kafe gayo"))).toContain(id);
    expect(ids(await find("KAFÉ"))).toContain(id);
    expect(ids(await find("jakartá"))).toEqual(ids(await find("JAKARTA")));
    expect((await find("jakarta")).total).toBeGreaterThan(3);
  });

  it("never errors on FTS syntax characters and still finds the words in them", async () => {
    const tarif = await row(TARIF);
    const nasty = [
      '"', '""', '"tarif', "tarif\"", "tarif*", "*", "**tarif", "(", ")", "(tarif", "tarif)", "((tarif))", "NEAR", "NEAR(tarif kereta)",
      "tarif NEAR kereta", "tarif AND", "OR tarif", "NOT", "tarif NOT kereta", "title:tarif", "body_text:tarif", "{title lead}: tarif",
      "^tarif", "tarif + kereta", "-tarif", "tarif - kereta", "'", "\\", "%", "_", ";", "tarif; DROP TABLE articles;--", "😀", "\u0000", "a".repeat(500),
      "NEAR(a b, 3)", '"tarif" OR "kereta"', "tarif:*", ":", ".", ",",
    ];
    for (const q of nasty) {
      await expect(find(q), JSON.stringify(q)).resolves.toBeDefined();
    }
    for (const q of ['"tarif', "tarif*", "(tarif", "tarif)", "^tarif", "tarif:", "+tarif", "NEAR(tarif kereta)", "tarif NOT kereta"]) {
      expect(ids(await find(q)), q).toContain(tarif.public_id);
    }
  });

  it("treats a query without words as no query", async () => {
    expect(toFtsQuery('"*" ( ) NEAR')).toBe("");
    expect(await find('"*" ( ) NEAR')).toEqual({ total: 0, hits: [] });
  });

  it("ranks the title above the body, and the newer of two equal stories first", async () => {
    const inTitle = await addArticle({ title: "Festival Rambutan Binjai Digelar", body: "Acara tahunan.", ageHours: 5 });
    const inBody = await addArticle({ title: "Acara Tahunan Digelar", body: "Festival rambutan binjai kembali hadir.", ageHours: 5 });
    const r1 = await find("rambutan binjai");
    expect(ids(r1).indexOf(inTitle)).toBeLessThan(ids(r1).indexOf(inBody));

    const old = await addArticle({ title: "Harga Durian Musang Turun", body: "Pasokan melimpah.", ageHours: 24 * 20 });
    const fresh = await addArticle({ title: "Harga Durian Musang Turun", body: "Pasokan melimpah.", ageHours: 24 });
    expect(ids(await find("durian musang"))).toEqual([fresh, old]);
  });

  it("returns snippets that are plain text with only our highlight markers", async () => {
    await addArticle({ title: "Uji Cuplikan", body: 'Kalimat pembuka. <script>alert("x")</script> lalu kata salak pondoh muncul di sini.', ageHours: 1 });
    const [hit] = (await find("pondoh")).hits;
    expect(hit.snippetMarked).toContain('<script>alert("x")</script>');
    expect(hit.snippetMarked).toContain(`${HIGHLIGHT_OPEN}pondoh${HIGHLIGHT_CLOSE}`);
    expect(splitHighlights(hit.snippetMarked).filter((p) => p.hit)).toEqual([{ text: "pondoh", hit: true }]);
  });

  it("pages through results without gaps or repeats", async () => {
    const all = await find("di", { limit: 1000 });
    expect(all.total).toBeGreaterThan(20);
    const p1 = await find("di", { limit: 10, offset: 0 });
    const p2 = await find("di", { limit: 10, offset: 10 });
    expect(p1.total).toBe(all.total);
    expect([...ids(p1), ...ids(p2)]).toEqual(ids(all).slice(0, 20));
    expect((await find("di", { limit: 10, offset: all.total })).hits).toEqual([]);
  });

  it("never finds drafts or stories scheduled for later", async () => {
    for (const status of ["draft", "scheduled"]) {
      const hidden = await row(sql`status = ${status}`);
      const r = await find(hidden.title);
      expect(ids(r), status).not.toContain(hidden.public_id);
    }
  });

  it("keeps step with publish, edit and unpublish", async () => {
    const draft = await row(sql`status = 'draft'`);
    expect(ids(await find(draft.title))).not.toContain(draft.public_id);

    await m.write(sql`UPDATE articles SET status = 'published', published_at = ${at(Date.now() - 60_000)} WHERE id = ${draft.id}`);
    expect(ids(await find(draft.title))).toContain(draft.public_id);

    await m.write(sql`UPDATE articles SET title = 'Zebrakuda Muncul di Kebun Binatang', updated_at = ${at(Date.now())} WHERE id = ${draft.id}`);
    expect(ids(await find("zebrakuda"))).toEqual([draft.public_id]);
    expect(ids(await find(draft.title))).not.toContain(draft.public_id);

    await setStatus(draft.id, "draft");
    expect(await find("zebrakuda")).toMatchObject({ total: 0, hits: [] });
  });

  it("drops an unpublished story from results at once", async () => {
    const tarif = await row(TARIF);
    const before = await find("tarif");
    expect(ids(before)).toContain(tarif.public_id);
    await setStatus(tarif.id, "draft");
    try {
      const after = await find("tarif");
      expect(ids(after)).not.toContain(tarif.public_id);
      expect(after.total).toBe(before.total - 1);
    } finally {
      await setStatus(tarif.id, "published");
    }
    expect(ids(await find("tarif"))).toContain(tarif.public_id);
  });
});

describe("feeds and sitemaps", () => {
  it("feed the newest visible stories with author, photo and tags, and nothing hidden", async () => {
    const feed = await m.distribution.getFeedArticles({ limit: 1000 });
    expect(new Set(feed.map((a) => a.publicId))).toEqual(new Set(await visibleIds()));
    for (const status of ["draft", "scheduled"]) expect(feed.map((a) => a.publicId)).not.toContain((await row(sql`status = ${status}`)).public_id);
    const times = feed.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const seeded = feed.filter((a) => !a.publicId.startsWith("zz"));
    expect(seeded.every((a) => a.reporterName && a.photo?.credit && a.tags.length >= 2 && a.lead)).toBe(true);
  });

  it("keep kanal and tag feeds to their kanal and tag", async () => {
    const kanal = await m.one<{ id: number; name: string }>(sql`SELECT id, name FROM kanal WHERE slug = 'olahraga'`);
    const feed = await m.distribution.getFeedArticles({ kanalIds: [kanal.id], limit: 1000 });
    expect(feed.length).toBeGreaterThan(0);
    expect(feed.every((a) => a.kanalName === kanal.name)).toBe(true);
    const tag = await m.one<{ id: number; name: string }>(
      sql`SELECT t.id, t.name FROM tags t JOIN article_tags x ON x.tag_id = t.id GROUP BY t.id, t.name ORDER BY count(*) DESC, t.id LIMIT 1`,
    );
    const tagged = await m.distribution.getFeedArticles({ tagId: tag.id, limit: 1000 });
    expect(tagged.length).toBeGreaterThan(1);
    expect(tagged.every((a) => a.tags.includes(tag.name))).toBe(true);
  });

  it("split every visible story into sitemap chunks of at most the chunk size", async () => {
    const size = 10;
    const chunks = await m.distribution.getArticleSitemapChunks({ size });
    expect(chunks.length).toBeGreaterThan(2);
    const listed: string[] = [];
    for (const c of chunks) {
      const entries = await m.distribution.getArticleSitemapEntries({ chunk: c.chunk, size });
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.length).toBeLessThanOrEqual(size);
      expect(Math.max(...entries.map((e) => e.lastmod.getTime()))).toBe(c.lastmod.getTime());
      listed.push(...entries.map((e) => e.publicId));
    }
    expect(listed.sort()).toEqual((await visibleIds()).sort());
    expect(listed).not.toContain((await row(sql`status = 'draft'`)).public_id);
    expect(listed).not.toContain((await row(sql`status = 'scheduled'`)).public_id);
  });

  it("list tags and staff only when they have visible stories", async () => {
    const tagChunks = await m.distribution.getTagSitemapChunks({ size: 25 });
    const tagSlugs = (await Promise.all(tagChunks.map((c) => m.distribution.getTagSitemapEntries({ chunk: c.chunk, size: 25 })))).flat().map((t) => t.slug);
    const expected = (
      await m.rows<{ slug: string }>(sql`SELECT DISTINCT t.slug FROM tags t JOIN article_tags x ON x.tag_id = t.id JOIN articles a ON a.id = x.article_id
        WHERE a.status IN ('published','scheduled') AND a.published_at <= ${at(Date.now())}`)
    ).map((r) => r.slug);
    expect(tagSlugs.sort()).toEqual(expected.sort());
    await m.write(sql`INSERT INTO staff (slug, name, role) VALUES ('baru-bergabung', 'Baru Bergabung', 'reporter')`);
    const staffWithStories = (
      await m.rows<{ slug: string }>(sql`SELECT DISTINCT s.slug FROM staff s JOIN articles a ON a.reporter_id = s.id OR a.editor_id = s.id
        WHERE a.status IN ('published','scheduled') AND a.published_at <= ${at(Date.now())}`)
    ).map((r) => r.slug);
    const pages = await m.distribution.getSitemapPages();
    expect(pages.staff.map((s) => s.slug).sort()).toEqual(staffWithStories.sort());
    expect(pages.staff.map((s) => s.slug)).not.toContain("baru-bergabung");
    expect(pages.kanal.length).toBe(7);
  });

  it("put only the last 48 hours in the news sitemap", async () => {
    const now = new Date();
    const news = await m.distribution.getNewsSitemapArticles(now);
    const expected = (
      await m.rows<{ public_id: string }>(
        sql`SELECT public_id FROM articles WHERE ${VISIBLE} AND published_at <= ${at(now.getTime())} AND published_at >= ${at(now.getTime() - 48 * HOUR)}`,
      )
    ).map((r) => r.public_id);
    expect(news.length).toBeGreaterThan(0);
    expect(news.map((a) => a.publicId).sort()).toEqual(expected.sort());
  });
});

describe("rendered feeds and sitemaps (server/distribution.ts)", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, isArray: (n) => ["item", "url", "sitemap"].includes(n) });
  const parse = (xml: string) => {
    expect(XMLValidator.validate(xml)).toBe(true);
    return parser.parse(xml);
  };
  const idOf = (url: string) => new URL(url).pathname.split("/")[2];

  it("render an RSS feed of every visible story with its photo's real size", async () => {
    const articles = await m.distribution.getFeedArticles({ limit: 1000 });
    const rss = parse(await m.render.rssXml({ title: "Warta", description: "d", pagePath: "/", feedPath: "/rss" }, articles)).rss;
    const items: { link: string; enclosure?: { "@length": string } }[] = rss.channel.item;
    expect(items.map((i) => idOf(i.link)).sort()).toEqual((await visibleIds()).sort());
    const withPhoto = items.filter((i) => !idOf(i.link).startsWith("zz"));
    expect(withPhoto.every((i) => Number(i.enclosure?.["@length"]) > 0)).toBe(true);
  });

  it("render a sitemap index whose files list every visible story once", async () => {
    const index = parse(await m.render.sitemapIndexXml()).sitemapindex;
    const files: string[] = index.sitemap.map((x: { loc: string }) => x.loc);
    expect(files.some((f) => f.endsWith("/sitemap-news.xml"))).toBe(true);
    const stories: string[] = [];
    for (const loc of files.filter((f) => f.includes("/sitemap/berita-"))) {
      const xml = (await m.render.sitemapFileXml(parseSitemapFileName(loc.split("/").pop()!)!))!;
      stories.push(...parse(xml).urlset.url.map((u: { loc: string }) => idOf(u.loc)));
    }
    expect(stories.sort()).toEqual((await visibleIds()).sort());
    expect(await m.render.sitemapFileXml({ kind: "berita", chunk: 99 })).toBeNull();
  });

  it("render the news sitemap with the news namespace", async () => {
    const set = parse(await m.render.newsSitemapXml()).urlset;
    expect(set["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(set.url.length).toBeGreaterThan(0);
    for (const u of set.url) expect(u["news:news"]["news:publication"]).toEqual({ "news:name": "Warta", "news:language": "id" });
  });
});
