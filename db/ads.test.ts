import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { listTree } from "@/lib/testing/files";
import { seededDatabase } from "./testing/seeded-database";

// The ad reads and writes on a real SQLite file, seeded exactly as a fresh install is.
const m = seededDatabase("ads", async () => ({
  ads: await import("./queries/ads"),
  mutations: await import("./mutations/ads"),
  settings: await import("./mutations/settings"),
}));

const sqlite = () => m.sqlite();
const creativeId = (name: string) => (sqlite().prepare("SELECT id FROM ad_creatives WHERE name LIKE ?").get(`%${name}%`) as { id: number }).id;
const kanalId = (slug: string) => (sqlite().prepare("SELECT id FROM kanal WHERE slug = ?").get(slug) as { id: number }).id;
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
    const hidden = [creativeId("terjadwal"), creativeId("sudah berakhir")];
    for (const r of randoms) {
      const ads = await m.ads.getPageAds({}, { random: () => r });
      for (const c of Object.values(ads.slots)) expect(hidden).not.toContain(c!.id);
    }
  });

  it("shows a kanal-targeted creative only on its kanal, rotating by weight there", async () => {
    const olahraga = creativeId("Liga dan Timnas");
    const ekonomi = creativeId("Kabar Ekonomi");
    for (const r of randoms) expect((await m.ads.getPageAds({ kanalIds: [kanalId("ekonomi")] }, { random: () => r })).slots.sidebar!.id).toBe(ekonomi);
    const onOlahraga = await Promise.all(randoms.map((r) => m.ads.getPageAds({ kanalIds: [kanalId("olahraga")] }, { random: () => r })));
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

  it("marks one seeded story about a disaster as Tanpa iklan", () => {
    const row = sqlite().prepare("SELECT count(*) AS n FROM articles WHERE no_ads = 1").get() as { n: number };
    expect(row.n).toBe(1);
  });
});

describe("click targets and frames", () => {
  it("sends clicks to running creatives only, as absolute http(s) URLs", async () => {
    expect(await m.ads.getAdClickTarget(creativeId("Indeks Berita"))).toMatch(/^https?:\/\/.+\/indeks$/);
    expect(await m.ads.getAdClickTarget(creativeId("sudah berakhir"))).toBeNull();
    expect(await m.ads.getAdClickTarget(creativeId("terjadwal"))).toBeNull();
    expect(await m.ads.getAdClickTarget(999_999)).toBeNull();
  });

  it("serves the tag of HTML creatives only", async () => {
    expect(await m.ads.getAdHtml(creativeId("Jam WIB"))).toContain("<script>");
    expect(await m.ads.getAdHtml(creativeId("Indeks Berita"))).toBeNull();
  });
});

describe("addAdStats", () => {
  it("adds up per creative and day, and skips creatives deleted meanwhile", async () => {
    const id = creativeId("Gaya Hidup");
    await m.mutations.addAdStats([{ creativeId: id, day: "2026-11-28", impressions: 3, clicks: 1 }]);
    await m.mutations.addAdStats([
      { creativeId: id, day: "2026-11-28", impressions: 2, clicks: 0 },
      { creativeId: 999_999, day: "2026-11-28", impressions: 5, clicks: 5 },
    ]);
    expect(sqlite().prepare("SELECT creative_id, day, impressions, clicks FROM ad_stats_daily").all()).toEqual([
      { creative_id: id, day: "2026-11-28", impressions: 5, clicks: 1 },
    ]);
  });
});

describe("writeAdImage", () => {
  const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#b91c1c" } }).png().toBuffer();

  it("writes a picture of the exact size and gives the box size for its media row", async () => {
    const result = await m.mutations.writeAdImage({ mediaDir: process.env.MEDIA_DIR!, slot: "leaderboard", variant: "phone", data: await png(640, 200) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.image).toMatchObject({ width: 320, height: 100 });
    const meta = await sharp(join(process.env.MEDIA_DIR!, result.image.path)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 640, 200]);
  });

  it("refuses another size and writes nothing", async () => {
    const before = listTree(process.env.MEDIA_DIR!);
    const result = await m.mutations.writeAdImage({ mediaDir: process.env.MEDIA_DIR!, slot: "sidebar", data: await png(728, 90) });
    expect(result).toEqual({ ok: false, message: expect.stringContaining("300×250") });
    expect(listTree(process.env.MEDIA_DIR!)).toEqual(before);
  });
});
