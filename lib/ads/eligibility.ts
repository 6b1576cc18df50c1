import type { AdSlotName } from "@/lib/domain";

/** What the rules need to know about a creative. */
export type AdCandidate = {
  id: number;
  slot: AdSlotName;
  startsAt: Date;
  endsAt: Date;
  paused: boolean;
  weight: number;
  /** Kanal it is targeted at; empty means every page. */
  kanalIds: number[];
};

/** The page asking for ads. */
export type AdContext = {
  now: Date;
  /** The site's kill switch (settings.adsEnabled). */
  adsEnabled: boolean;
  /** The article's "Tanpa iklan" switch; false on pages that are not an article. */
  noAds: boolean;
  /** The page's kanal and its parent kanal; empty on pages of no kanal (home, tags, search). */
  kanalIds: number[];
};

/** Whether a page may show ads at all: the kill switch and "Tanpa iklan" win over everything. */
export function pageAllowsAds(ctx: Pick<AdContext, "adsEnabled" | "noAds">): boolean {
  return ctx.adsEnabled && !ctx.noAds;
}

/**
 * A creative runs from its start (inclusive) to its end (exclusive), unless paused.
 * A weight of 0 or less takes it out of rotation too.
 * @example isRunning({ paused: false, weight: 1, startsAt, endsAt }, now)
 */
export function isRunning(c: Pick<AdCandidate, "paused" | "startsAt" | "endsAt" | "weight">, now: Date): boolean {
  const t = now.getTime();
  return !c.paused && c.weight > 0 && c.startsAt.getTime() <= t && t < c.endsAt.getTime();
}

/**
 * Whether a creative may fill a slot on this page. A targeted creative shows only on
 * pages of one of its kanal (a kanal page, or an article of that kanal); a creative
 * targeted at a parent kanal also shows on its sub-kanal, as the parent's page lists them.
 */
export function isEligible(c: AdCandidate, ctx: AdContext): boolean {
  if (!pageAllowsAds(ctx) || !isRunning(c, ctx.now)) return false;
  return c.kanalIds.length === 0 || c.kanalIds.some((id) => ctx.kanalIds.includes(id));
}
