import type { ReactNode } from "react";
import type { PageAds } from "@/db/queries/ads";
import { AdSlot } from "./AdSlot";

type Props = { ads: PageAds; children: ReactNode };

/**
 * A reader page's frame of ads: the leaderboard under the header, the slot above the
 * footer (public/warta.js counts what is seen). Pages render it (not the layout) because only the
 * page knows its kanal and whether the article is "Tanpa iklan".
 */
export function AdFrame({ ads, children }: Props) {
  return (
    <>
      <AdSlot slot="leaderboard" ads={ads} className="my-4" />
      {children}
      <AdSlot slot="above-footer" ads={ads} className="mt-12" />
    </>
  );
}
