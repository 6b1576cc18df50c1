import type { PageAds } from "@/db/queries/ads";
import type { AdSlotName } from "@/lib/domain";
import { AD_SLOT_SIZES } from "@/lib/ads/slots";
import { AdCreative } from "./AdCreative";

type Props = { slot: AdSlotName; ads: PageAds; className?: string };

/**
 * A labelled ad position, when the server chose a creative for it; otherwise nothing at
 * all, so there is never an empty box. The label and the box have fixed heights, so the
 * slot takes its final space in the first paint. `data-ad-id` is what the impression
 * counter watches.
 */
export function AdSlot({ slot, ads, className = "" }: Props) {
  const creative = ads.slots[slot];
  if (!creative) return null;
  const visibility = AD_SLOT_SIZES[slot].desktopOnly ? "hidden lg:flex" : "flex";
  return (
    <div className={`${visibility} flex-col items-center ${className}`} data-ad-slot={slot}>
      <p className="mb-1 h-4 text-[11px] uppercase leading-4 tracking-widest text-slate-600">{ads.label}</p>
      <div data-ad-id={creative.id} className="max-w-full">
        <AdCreative creative={creative} slot={slot} />
      </div>
    </div>
  );
}
