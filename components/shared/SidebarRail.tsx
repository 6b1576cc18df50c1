import { AdSlot } from "@/components/ads/AdSlot";
import type { PageAds } from "@/db/queries/ads";
import type { Terpopuler as TerpopulerData } from "@/db/queries/popular";
import { Terpopuler } from "./Terpopuler";

type Props = { ranking: TerpopulerData; rankingTitle?: string; ads: PageAds };

/**
 * The right-hand column of reader pages: the ranking, the sidebar rectangle, then the
 * half-page, which stays in view while the reader scrolls the rest of the page (desktop only).
 */
export function SidebarRail({ ranking, rankingTitle, ads }: Props) {
  return (
    <aside aria-label="Sorotan" className="space-y-8">
      <Terpopuler ranking={ranking} title={rankingTitle} />
      <AdSlot slot="sidebar" ads={ads} />
      <AdSlot slot="half-page" ads={ads} className="lg:sticky lg:top-4" />
    </aside>
  );
}
