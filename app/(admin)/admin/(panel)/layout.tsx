import Link from "next/link";
import type { ReactNode } from "react";
import { logoutAction } from "@/app/(admin)/admin/_actions/auth";
import { hasRole, ROLE_LABELS } from "@/lib/auth/roles";
import { getCurrentUser } from "@/server/session";
import { siteConfig } from "@/lib/config";

export default async function PanelLayout({ children }: { children: ReactNode }) {
  // Each page checks the session itself (and sends a visitor to the login page with the
  // right return address); the layout only decides what the bar shows.
  const user = await getCurrentUser();
  if (!user) return <main id="konten" className="mx-auto max-w-6xl px-4 py-6">{children}</main>;
  const links = [
    { href: "/admin", label: "Berita" },
    { href: "/admin/berita/baru", label: "Tulis berita" },
    { href: "/admin/media", label: "Pustaka foto" },
    ...(hasRole(user.role, "editor")
      ? [
          { href: "/admin/beranda", label: "Atur Beranda" },
          { href: "/admin/kanal", label: "Kanal" },
          { href: "/admin/tag", label: "Tag" },
          { href: "/admin/statistik", label: "Statistik" },
        ]
      : []),
    ...(hasRole(user.role, "admin")
      ? [
          { href: "/admin/iklan", label: "Iklan" },
          { href: "/admin/staf", label: "Staf" },
        ]
      : []),
    { href: "/admin/akun", label: "Akun" },
  ];
  return (
    <>
      <header className="border-b border-slate-300 bg-white">
        {/* Keyboard users skip the newsroom bar on every page, as on the reader site. */}
        <a
          href="#konten"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:px-3 focus:py-2"
        >
          Langsung ke konten
        </a>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-xl font-black text-brand">
            {siteConfig.name}
          </Link>
          <nav aria-label="Redaksi">
            <ul className="flex flex-wrap gap-4 text-sm font-semibold">
              {links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="hover:underline">
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span>
              {user.name} · {ROLE_LABELS[user.role]}
            </span>
            <form action={logoutAction}>
              <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 font-semibold hover:bg-slate-100">
                Keluar
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="konten" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
