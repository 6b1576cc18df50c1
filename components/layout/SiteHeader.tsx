import Link from "next/link";
import { getKanalNav } from "@/db/queries/kanal";
import { siteConfig } from "@/lib/config";
import { kanalPath } from "@/lib/urls";
import { formatWibLongDate } from "@/lib/wib";

export async function SiteHeader() {
  const nav = await getKanalNav();
  return (
    <header className="border-b-4 border-brand bg-white">
      <a
        href="#konten"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:px-3 focus:py-2"
      >
        Langsung ke konten
      </a>
      <div className="mx-auto flex max-w-6xl items-end justify-between gap-4 px-4 pb-2 pt-3">
        <Link href="/" className="text-3xl font-black tracking-tight text-brand" aria-label={`${siteConfig.name}, ke beranda`}>
          {siteConfig.name}
        </Link>
        <p className="hidden text-sm text-slate-600 sm:block">{formatWibLongDate(new Date())}</p>
      </div>
      <nav aria-label="Kanal" className="bg-brand text-white">
        {/* Scrolls sideways on a phone: every kanal stays one tap away without a JS menu. */}
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold whitespace-nowrap">
          <li>
            <Link href="/" className="block px-3 py-3 hover:bg-brand-dark">
              Beranda
            </Link>
          </li>
          {nav.map((k) => (
            <li key={k.slug}>
              <Link href={kanalPath(k.slug)} className="block px-3 py-3 hover:bg-brand-dark">
                {k.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
