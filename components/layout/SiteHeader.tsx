import type { KanalNavItem } from "@/db/queries/kanal";
import { siteConfig } from "@/lib/config";
import { SearchForm } from "@/components/search/SearchForm";
import { indeksPath, kanalPath } from "@/lib/urls";
import { formatWibLongDate } from "@/lib/wib";

type Props = { nav: KanalNavItem[] };

export function SiteHeader({ nav }: Props) {
  return (
    <header className="border-b-4 border-brand bg-white">
      <a
        href="#konten"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:px-3 focus:py-2"
      >
        Langsung ke konten
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 pb-2 pt-3">
        <a href="/" className="shrink-0 text-3xl font-black tracking-tight text-brand" aria-label={`${siteConfig.name}, ke beranda`}>
          {siteConfig.name}
        </a>
        <div className="flex min-w-0 flex-1 items-center justify-end gap-4">
          <p className="hidden shrink-0 text-sm text-slate-600 md:block">{formatWibLongDate(new Date())}</p>
          <SearchForm variant="header" />
        </div>
      </div>
      <nav aria-label="Kanal" className="bg-brand text-white">
        {/* Scrolls sideways on a phone: every kanal stays one tap away without a JS menu. */}
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold whitespace-nowrap">
          <li>
            <a href="/" className="block px-3 py-3 hover:bg-brand-dark">
              Beranda
            </a>
          </li>
          {nav.map((k) => (
            <li key={k.slug}>
              <a href={kanalPath(k.slug)} className="block px-3 py-3 hover:bg-brand-dark">
                {k.name}
              </a>
            </li>
          ))}
          <li>
            <a href={indeksPath()} className="block px-3 py-3 hover:bg-brand-dark">
              Indeks
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
