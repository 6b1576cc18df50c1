import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { ReaderScript } from "@/components/layout/ReaderScript";
import { SiteHeader } from "@/components/layout/SiteHeader";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="konten" className="mx-auto max-w-6xl px-4">
        {children}
      </main>
      <SiteFooter />
      <ReaderScript />
    </>
  );
}
