import type { AdSlotName } from "@/lib/domain";

export type AdSize = { width: number; height: number };

/**
 * The IAB units each slot sells. `phone` is the box below the `md` breakpoint (768 px)
 * when it differs; `desktopOnly` slots are not shown on phones at all.
 */
export const AD_SLOT_SIZES: Record<AdSlotName, { desktop: AdSize; phone?: AdSize; desktopOnly?: true }> = {
  leaderboard: { desktop: { width: 728, height: 90 }, phone: { width: 320, height: 100 } },
  sidebar: { desktop: { width: 300, height: 250 } },
  "half-page": { desktop: { width: 300, height: 600 }, desktopOnly: true },
  "in-article": { desktop: { width: 300, height: 250 } },
  "between-sections": { desktop: { width: 728, height: 90 }, phone: { width: 320, height: 100 } },
  "above-footer": { desktop: { width: 728, height: 90 }, phone: { width: 320, height: 100 } },
};

/** Slots whose picture changes shape on phones, so their creatives carry a second, phone image. */
export function hasPhoneSize(slot: AdSlotName): boolean {
  return AD_SLOT_SIZES[slot].phone !== undefined;
}

/** Only the leaderboard sits above the fold; every other slot may load when it nears the viewport. */
export function isAboveTheFold(slot: AdSlotName): boolean {
  return slot === "leaderboard";
}

// Written out in full so that Tailwind finds every class in the source.
const BOX_CLASSES: Record<AdSlotName, string> = {
  leaderboard: "h-[100px] w-[320px] md:h-[90px] md:w-[728px]",
  sidebar: "h-[250px] w-[300px]",
  "half-page": "h-[600px] w-[300px]",
  "in-article": "h-[250px] w-[300px]",
  "between-sections": "h-[100px] w-[320px] md:h-[90px] md:w-[728px]",
  "above-footer": "h-[100px] w-[320px] md:h-[90px] md:w-[728px]",
};

/**
 * Tailwind classes that reserve a slot's exact box per breakpoint, before anything loads.
 * @example adBoxClass("sidebar") // "h-[250px] w-[300px]"
 */
export function adBoxClass(slot: AdSlotName): string {
  return BOX_CLASSES[slot];
}

/**
 * "728×90 / 320×100" for the ad desk.
 * @example adSizeText("sidebar") // "300×250"
 */
export function adSizeText(slot: AdSlotName): string {
  const { desktop, phone } = AD_SLOT_SIZES[slot];
  const text = (s: AdSize) => `${s.width}×${s.height}`;
  return phone ? `${text(desktop)} / ${text(phone)}` : text(desktop);
}
