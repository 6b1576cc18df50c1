import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { type AdCandidate, isEligible, isRunning, pageAllowsAds } from "@/lib/ads/eligibility";
import { pickPerSlot } from "@/lib/ads/rotation";
import { safeTargetUrl } from "@/lib/ads/target-url";
import { getDb } from "../engine";
import type { AdKind, AdSlotName } from "@/lib/domain";
import { adCreativeKanal, adCreatives, media } from "../tables";
import { getSiteSettings } from "./settings";

export type AdImage = { path: string; width: number; height: number };

/** One creative as a slot renders it. HTML creatives carry no HTML here: their frame loads it from /iklan/html/<id>. */
export type AdCreativeView = {
  id: number;
  slot: AdSlotName;
  kind: AdKind;
  /** Image creatives: the picture and, for the 728×90 slots, the 320×100 one phones get (null: the same picture). */
  image: AdImage | null;
  mobileImage: AdImage | null;
  altText: string;
};

/** Everything a reader page needs to draw its ads, decided once per render. */
export type PageAds = {
  /** The label over every slot (settings.adLabel). */
  label: string;
  /** The in-article slot follows this paragraph (1-based). */
  inArticleAfter: number;
  /** The creative chosen for each slot; a slot missing here renders nothing at all. */
  slots: Partial<Record<AdSlotName, AdCreativeView>>;
};

export type PageAdsRequest = {
  /** The page's kanal and its parent: targeted creatives show only there. */
  kanalIds?: number[];
  /** The article's "Tanpa iklan" switch. */
  noAds?: boolean;
};

const desktopImage = alias(media, "ad_image");
const phoneImage = alias(media, "ad_phone_image");

type Row = AdCandidate & { kind: AdKind; altText: string; targetUrl: string; hasHtml: boolean; image: AdImage | null; mobileImage: AdImage | null };

/** Creatives running at `now`, with their pictures, then the kanal targeting of those. */
async function runningCreatives(now: Date): Promise<Row[]> {
  const db = getDb();
  const rows = await db
    .select({
      id: adCreatives.id,
      slot: adCreatives.slot,
      kind: adCreatives.kind,
      startsAt: adCreatives.startsAt,
      endsAt: adCreatives.endsAt,
      paused: adCreatives.paused,
      weight: adCreatives.weight,
      altText: adCreatives.altText,
      targetUrl: adCreatives.targetUrl,
      hasHtml: sql<number>`length(${adCreatives.html}) > 0`,
      image: { path: desktopImage.path, width: desktopImage.width, height: desktopImage.height },
      mobileImage: { path: phoneImage.path, width: phoneImage.width, height: phoneImage.height },
    })
    .from(adCreatives)
    .leftJoin(desktopImage, eq(desktopImage.id, adCreatives.imageId))
    .leftJoin(phoneImage, eq(phoneImage.id, adCreatives.mobileImageId))
    .where(and(eq(adCreatives.paused, false), lte(adCreatives.startsAt, now), gt(adCreatives.endsAt, now)))
    // The weighted pick walks the rows in order: without an ORDER BY, PostgreSQL returns them in
    // whatever order its plan gives (after an update, not the ids'), and the same dice pick another creative.
    .orderBy(adCreatives.id);
  // A second read rather than a string aggregate in the first: the engines name that differently.
  const targets = rows.length
    ? await db
        .select({ creativeId: adCreativeKanal.creativeId, kanalId: adCreativeKanal.kanalId })
        .from(adCreativeKanal)
        .where(inArray(adCreativeKanal.creativeId, rows.map((r) => r.id)))
    : [];
  return rows.map((r) => ({
    ...r,
    hasHtml: Boolean(r.hasHtml),
    kanalIds: targets.filter((t) => t.creativeId === r.id).map((t) => t.kanalId),
  }));
}

/** A creative a slot can actually draw: a picture with a safe link, or a tag with some HTML. */
function isComplete(r: Row): boolean {
  return r.kind === "html" ? r.hasHtml : r.image !== null && safeTargetUrl(r.targetUrl) !== null;
}

/**
 * The ads of one reader page: the settings and one read of the running creatives, then
 * the eligibility rules and a weighted pick per slot. Decided at render time, so a slot
 * the server leaves empty is never drawn and never shifts the page; a cached page
 * rotates whenever it is rendered again.
 */
export async function getPageAds(
  page: PageAdsRequest = {},
  opts: { now?: Date; random?: () => number } = {},
): Promise<PageAds> {
  const now = opts.now ?? new Date();
  const settings = await getSiteSettings();
  const ctx = { now, adsEnabled: settings.adsEnabled, noAds: page.noAds ?? false, kanalIds: page.kanalIds ?? [] };
  const base = { label: settings.adLabel, inArticleAfter: settings.inArticleAdAfter };
  if (!pageAllowsAds(ctx)) return { ...base, slots: {} };
  const eligible = (await runningCreatives(now)).filter((r) => isComplete(r) && isEligible(r, ctx));
  const picked = pickPerSlot<AdSlotName, Row>(eligible, opts.random);
  const slots: PageAds["slots"] = {};
  for (const [slot, r] of Object.entries(picked) as [AdSlotName, Row][]) {
    slots[slot] = { id: r.id, slot: r.slot, kind: r.kind, image: r.image, mobileImage: r.mobileImage, altText: r.altText };
  }
  return { ...base, slots };
}

/** Where a click on a creative goes: its http(s) target while it runs; null for unknown, paused, past or future creatives. */
export async function getAdClickTarget(id: number, now = new Date()): Promise<string | null> {
  const [row] = await getDb()
    .select({ targetUrl: adCreatives.targetUrl, startsAt: adCreatives.startsAt, endsAt: adCreatives.endsAt, paused: adCreatives.paused, weight: adCreatives.weight })
    .from(adCreatives)
    .where(eq(adCreatives.id, id));
  if (!row || !isRunning(row, now)) return null;
  return safeTargetUrl(row.targetUrl);
}

/**
 * The tag of an HTML creative, for its sandboxed frame. Served whatever the schedule, so
 * the ad desk can preview a paused or future creative; it is only ever shown inside a sandbox.
 */
export async function getAdHtml(id: number): Promise<string | null> {
  const [row] = await getDb()
    .select({ html: adCreatives.html })
    .from(adCreatives)
    .where(and(eq(adCreatives.id, id), eq(adCreatives.kind, "html")));
  return row?.html ?? null;
}

/** Which of these ids are creatives that exist, for the impression beacon. */
export async function getExistingAdIds(ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().select({ id: adCreatives.id }).from(adCreatives).where(inArray(adCreatives.id, ids));
  return rows.map((r) => r.id);
}
