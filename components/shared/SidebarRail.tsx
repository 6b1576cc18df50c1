import { AdSlot } from "@/components/ads/AdSlot";
import type { Terpopuler as TerpopulerData } from "@/db/queries/popular";
import { Terpopuler } from "./Terpopuler";

type Props = { ranking: TerpopulerData; rankingTitle?: string };

/** The right-hand column of reader pages: the ranking, then the sidebar ad. */
export function SidebarRail({ ranking, rankingTitle }: Props) {
  return (
    <aside aria-label="Sorotan" className="space-y-8">
      <Terpopuler ranking={ranking} title={rankingTitle} />
      <AdSlot slot="sidebar" />
    </aside>
  );
}
