import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { ReaderScript } from "@/components/layout/ReaderScript";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { getKanalNav } from "@/db/queries/kanal";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const nav = await getKanalNav();
  return (
    <>
      <SiteHeader nav={nav} />
      <main id="konten" className="mx-auto max-w-6xl px-4">
        {children}
      </main>
      <SiteFooter nav={nav} />
      <ReaderScript />
    </>
  );
}
