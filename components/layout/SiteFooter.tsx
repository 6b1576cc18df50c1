import type { KanalNavItem } from "@/db/queries/kanal";
import { siteConfig } from "@/lib/config";
import { indeksPath, kanalPath, siteFeedPath } from "@/lib/urls";

type Props = { nav: KanalNavItem[] };

export function SiteFooter({ nav }: Props) {
  return (
    <footer className="mt-12 bg-slate-900 text-slate-200">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2">
        <div>
          <p className="text-2xl font-black text-white">{siteConfig.name}</p>
          <p className="mt-2 text-sm text-slate-300">Portal berita untuk pembaca Indonesia. Seluruh waktu dalam WIB.</p>
          <ul className="mt-4 flex flex-wrap gap-x-4 text-sm">
            <li>
              <a href={indeksPath()} className="inline-block py-1 underline hover:text-white">
                Indeks Berita
              </a>
            </li>
            <li>
              {/* A plain <a>: the feed is XML for feed readers, not a page for client-side navigation. */}
              <a href={siteFeedPath} className="inline-block py-1 underline hover:text-white">
                RSS
              </a>
            </li>
          </ul>
        </div>
        <nav aria-label="Semua kanal">
          <h2 className="text-sm font-bold uppercase tracking-wide text-white">Kanal</h2>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
            {nav.flatMap((k) => [k, ...k.children]).map((k) => (
              <li key={k.slug}>
                <a href={kanalPath(k.slug)} className="inline-block py-1 hover:underline">
                  {k.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="border-t border-slate-700 px-4 py-4 text-center text-xs text-slate-400">
        © {new Date().getFullYear()} {siteConfig.name}. Dibangun dengan Warta, portal berita sumber terbuka.
      </p>
    </footer>
  );
}
