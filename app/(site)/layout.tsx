import type { ReactNode } from "react";
import { AdSlot } from "@/components/ads/AdSlot";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <AdSlot slot="leaderboard" className="mx-auto my-4 px-2" />
      <main id="konten" className="mx-auto max-w-6xl px-4">
        {children}
      </main>
      <AdSlot slot="above-footer" className="mx-auto mt-12 px-2" />
      <SiteFooter />
    </>
  );
}
