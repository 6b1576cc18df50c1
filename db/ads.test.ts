import { join } from "node:path";
import { count, eq, like } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { listTree } from "@/lib/testing/files";
import { seededDatabase } from "./testing/seeded-database";
import { localMediaStore } from "@/lib/media/local";

// The ad reads and writes on a real database (SQLite, and PostgreSQL in the `postgres` project),
// seeded exactly as a fresh install is.
const m = seededDatabase("ads", async () => ({
  ads: await import("./queries/ads"),
  desk: await import("./queries/ad-desk"),
  mutations: await import("./mutations/ads"),
  settings: await import("./mutations/settings"),
}));

const creativeId = async (name: string) => {
  const { adCreatives } = m.tables;
  const [row] = await m.db().select({ id: adCreatives.id }).from(adCreatives).where(like(adCreatives.name, `%${name}%`));
  return row.id;
};
const kanalId = async (slug: string) => {
  const { kanal } = m.tables;
  const [row] = await m.db().select({ id: kanal.id }).from(kanal).where(eq(kanal.slug, slug));
  return row.id;
};
const randoms = [0, 0.25, 0.5, 0.75, 0.999];

describe("getPageAds on the seeded newsroom", () => {
  it("fills every slot on the home page, with the label and paragraph from the settings", async () => {
    const ads = await m.ads.getPageAds();
    expect(Object.keys(ads.slots).sort()).toEqual(["above-footer", "between-sections", "half-page", "in-article", "leaderboard", "sidebar"]);
    expect(ads.label).toBe("Advertisement");
    expect(ads.inArticleAfter).toBe(3);
    const leaderboard = ads.slots.leaderboard!;
    expect(leaderboard.image).toMatchObject({ width: 728, height: 90 });
    expect(leaderboard.mobileImage).toMatchObject({ width: 320, height: 100 });
    expect(ads.slots["in-article"]).toMatchObject({ kind: "html", image: null });
  });

  it("never picks a creative before its start or after its end, whatever the dice say", async () => {
    const hidden = [await creativeId("terjadwal"), await creativeId("sudah berakhir")];
    for (const r of randoms) {
      const ads = await m.ads.getPageAds({}, { random: () => r });
      for (const c of Object.values(ads.slots)) expect(hidden).not.toContain(c!.id);
    }
  });

  it("shows a kanal-targeted creative only on its kanal, rotating by weight there", async () => {
    const olahraga = await creativeId("Liga dan Timnas");
    const ekonomi = await creativeId("Kabar Ekonomi");
    const [onEkonomiKanal, onOlahragaKanal] = [await kanalId("ekonomi"), await kanalId("olahraga")];
    for (const r of randoms) expect((await m.ads.getPageAds({ kanalIds: [onEkonomiKanal] }, { random: () => r })).slots.sidebar!.id).toBe(ekonomi);
    const onOlahraga = await Promise.all(randoms.map((r) => m.ads.getPageAds({ kanalIds: [onOlahragaKanal] }, { random: () => r })));
    // Weights 1 (Ekonomi, the older row) and 3 (Olahraga): a quarter of the range each way.
    expect(onOlahraga.map((a) => a.slots.sidebar!.id)).toEqual([ekonomi, olahraga, olahraga, olahraga, olahraga]);
  });

  it("gives a Tanpa iklan article and a switched-off site no slot at all", async () => {
    expect((await m.ads.getPageAds({ noAds: true })).slots).toEqual({});
    await m.settings.saveSiteSettings({ adsEnabled: false, adLabel: "Iklan" });
    try {
      const off = await m.ads.getPageAds();
      expect(off).toMatchObject({ slots: {}, label: "Iklan" });
    } finally {
      await m.settings.saveSiteSettings({ adsEnabled: true, adLabel: "Advertisement" });
    }
  });

  it("marks one seeded story about a disaster as Tanpa iklan", async () => {
    const { articles } = m.tables;
    const [row] = await m.db().select({ n: count() }).from(articles).where(eq(articles.noAds, true));
    expect(row.n).toBe(1);
  });
});

describe("click targets and frames", () => {
  it("sends clicks to running creatives only, as absolute http(s) URLs", async () => {
    expect(await m.ads.getAdClickTarget(await creativeId("Indeks Berita"))).toMatch(/^https?:\/\/.+\/indeks$/);
    expect(await m.ads.getAdClickTarget(await creativeId("sudah berakhir"))).toBeNull();
    expect(await m.ads.getAdClickTarget(await creativeId("terjadwal"))).toBeNull();
    expect(await m.ads.getAdClickTarget(999_999)).toBeNull();
  });

  it("serves the tag of HTML creatives only", async () => {
    expect(await m.ads.getAdHtml(await creativeId("Jam WIB"))).toContain("<script>");
    expect(await m.ads.getAdHtml(await creativeId("Indeks Berita"))).toBeNull();
  });
});

describe("addAdStats", () => {
  it("adds up per creative and day, and skips creatives deleted meanwhile", async () => {
    const id = await creativeId("Gaya Hidup");
    await m.mutations.addAdStats([{ creativeId: id, day: "2026-11-28", impressions: 3, clicks: 1 }]);
    await m.mutations.addAdStats([
      { creativeId: id, day: "2026-11-28", impressions: 2, clicks: 0 },
      { creativeId: 999_999, day: "2026-11-28", impressions: 5, clicks: 5 },
    ]);
    const desk = (await m.desk.getAdCreativesForDesk()).find((c) => c.id === id)!;
    // Sums are numbers on both engines (a bigint arrives from PostgreSQL as a string).
    expect([desk.impressions, desk.clicks]).toEqual([5, 1]);
    expect(await m.desk.getAdDailyStats(id, "2026-11-01")).toEqual([{ day: "2026-11-28", impressions: 5, clicks: 1 }]);
    const { adStatsDaily: s } = m.tables;
    expect(await m.db().select({ creativeId: s.creativeId, day: s.day, impressions: s.impressions, clicks: s.clicks }).from(s)).toEqual([
      { creativeId: id, day: "2026-11-28", impressions: 5, clicks: 1 },
    ]);
  });
});

describe("writeAdImage", () => {
  const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#b91c1c" } }).png().toBuffer();

  it("writes a picture of the exact size and gives the box size for its media row", async () => {
    const result = await m.mutations.writeAdImage({ media: localMediaStore(process.env.MEDIA_DIR!), slot: "leaderboard", variant: "phone", data: await png(640, 200) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.image).toMatchObject({ width: 320, height: 100 });
    const meta = await sharp(join(process.env.MEDIA_DIR!, result.image.path)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 640, 200]);
  });

  it("refuses another size and writes nothing", async () => {
    const before = listTree(process.env.MEDIA_DIR!);
    const result = await m.mutations.writeAdImage({ media: localMediaStore(process.env.MEDIA_DIR!), slot: "sidebar", data: await png(728, 90) });
    expect(result).toEqual({ ok: false, message: expect.stringContaining("300×250") });
    expect(listTree(process.env.MEDIA_DIR!)).toEqual(before);
  });
});
