export type AdSlotName = "leaderboard" | "sidebar" | "in-article" | "between-sections" | "above-footer";

// Each slot reserves its box per breakpoint before anything loads, so a creative can
// never push the text around. Sizes are the IAB units Indonesian portals sell.
const SLOT_BOX: Record<AdSlotName, string> = {
  leaderboard: "h-[100px] w-[320px] md:h-[90px] md:w-[728px]",
  sidebar: "h-[250px] w-[300px]",
  "in-article": "h-[250px] w-[300px]",
  "between-sections": "h-[100px] w-[320px] md:h-[90px] md:w-[728px]",
  "above-footer": "h-[100px] w-[320px] md:h-[90px] md:w-[728px]",
};

const SLOT_SIZE_TEXT: Record<AdSlotName, string> = {
  leaderboard: "728×90 / 320×100",
  sidebar: "300×250",
  "in-article": "300×250",
  "between-sections": "728×90 / 320×100",
  "above-footer": "728×90 / 320×100",
};

type Props = { slot: AdSlotName; className?: string };

/** A labelled ad position. Until the ad inventory exists it shows an empty house box of the exact size. */
export function AdSlot({ slot, className = "" }: Props) {
  return (
    <div className={`flex flex-col items-center ${className}`} data-ad-slot={slot}>
      <p className="mb-1 text-[11px] uppercase tracking-widest text-slate-600">Advertisement</p>
      <div
        className={`${SLOT_BOX[slot]} flex max-w-full items-center justify-center border border-dashed border-slate-300 bg-slate-50 text-xs text-slate-600`}
      >
        Ruang iklan {SLOT_SIZE_TEXT[slot]}
      </div>
    </div>
  );
}
