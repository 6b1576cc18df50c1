import type { Metadata } from "next";
import { LatestNews } from "@/components/shared/LatestNews";
import { notFound } from "next/navigation";
import { SearchForm } from "./SearchForm";
import { SearchResult } from "./SearchResult";
import { Breadcrumbs } from "@/components/shared/Breadcrumbs";
import { CachedNotFound } from "@/components/shared/CachedNotFound";
import { NotFoundNotice } from "@/components/shared/NotFoundNotice";
import { Pagination } from "@/components/shared/Pagination";
import type { SearchState } from "@/server/search-page";
import { siteConfig } from "@/lib/config";
import { pageMetadata } from "@/lib/metadata";
import { pageHref, parsePageParam } from "@/lib/pagination";
import { searchCountText } from "@/lib/search-count";
import { hasSearchableWord, readSearchQuery } from "@/lib/search-query";
import { indeksPath, searchPath } from "@/lib/urls";

/** Title, description and canonical URL of a search page; every one is noindex. */
export function searchMetadata(query: string | string[] | undefined, halaman: string | string[] | undefined): Metadata {
  const q = readSearchQuery(query);
  const page = parsePageParam(halaman) ?? 1;
  // Result pages are an endless space of URLs: crawlers may follow them but not index them.
  if (!q) return pageMetadata({ title: "Cari berita", description: `Cari berita ${siteConfig.name} dengan kata kunci.`, path: "/cari", noindex: true });
  if (!hasSearchableWord(q)) {
    return pageMetadata({ title: "Kata pencarian tidak bisa dipakai", description: "Ketik setidaknya satu kata untuk mencari berita.", path: "/cari", noindex: true });
  }
  return pageMetadata({
    title: page > 1 ? `Hasil pencarian “${q}” (halaman ${page})` : `Hasil pencarian “${q}”`,
    description: `Berita ${siteConfig.name} yang memuat “${q}”.`,
    path: pageHref(searchPath(q), page),
    noindex: true,
  });
}

type Props = {
  /** What to show, from loadSearch (server/search-page.ts). */
  state: SearchState;
  /** Rendered from the ISR route (cari/hasil): its 404 is CachedNotFound, which only works there. */
  cached?: boolean;
};

/**
 * The search page for what the reader typed: the empty form, results, no results, or a query
 * with no word in it (proxy.ts gives that one its 400 status; a page cannot set one itself).
 */
export function SearchPage({ state, cached = false }: Props) {
  if (state.kind === "unusable") return <UnusableQuery query={state.query} />;
  if (state.kind === "not-found") {
    // Not a page number: the cached route's 404, or on /cari the notice in place, proxy.ts having set the 404
    // (lib/query-status.ts); notFound() there would leave the page blank without JavaScript. A page past
    // the last one on /cari is an ordinary 404.
    if (cached) return <CachedNotFound latest={state.latest} />;
    return state.outOfRange ? notFound() : <NotFoundNotice latest={state.latest} />;
  }

  if (state.kind === "form") {
    return (
      <div className="max-w-3xl">
        <Breadcrumbs items={[{ name: "Pencarian" }]} />
        <h1 className="mt-3 font-serif text-3xl font-bold">Cari berita</h1>
        <SearchForm variant="page" />
        <p className="mt-4 text-slate-700" data-state="kosong">
          Ketik satu kata kunci atau lebih, misalnya nama tokoh, tempat, atau peristiwa. Kata yang belum lengkap pun
          dicari: “pemilu” juga menemukan “pemilunya”. Untuk menelusuri berita per hari, buka{" "}
          <a href={indeksPath()} className="font-semibold text-brand underline">
            Indeks Berita
          </a>
          .
        </p>
      </div>
    );
  }

  const { query: q, total, totalIsLowerBound, hits, info, latest } = state;

  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ name: "Pencarian", href: "/cari" }, { name: q }]} />
      <h1 className="mt-3 font-serif text-3xl font-bold">Hasil pencarian “{q}”</h1>
      <SearchForm variant="page" defaultValue={q} />
      {total === 0 ? (
        <>
          <div className="mt-6" data-state="tanpa-hasil">
            <p className="text-lg font-semibold">Tidak ada berita yang cocok dengan “{q}”.</p>
            <ul className="mt-2 list-disc pl-5 text-slate-700">
              <li>Periksa ejaan kata kunci.</li>
              <li>Coba kata lain yang lebih umum, atau kurangi jumlah kata.</li>
            </ul>
          </div>
          <LatestNews articles={latest} headingId="cari-terkini" />
        </>
      ) : (
        <>
          <p className="mt-4 text-sm text-slate-600" data-part="jumlah">
            {searchCountText(total, totalIsLowerBound)}
            {info.totalPages > 1 && ` · halaman ${info.page} dari ${info.totalPages}`}
          </p>
          <ol className="mt-4 divide-y divide-slate-200" data-list="hasil">
            {hits.map((hit) => (
              <li key={hit.id} className="py-4 first:pt-0">
                <SearchResult hit={hit} />
              </li>
            ))}
          </ol>
          <Pagination info={info} basePath={searchPath(q)} />
        </>
      )}
    </div>
  );
}

/** The answer to a query made only of FTS operators and symbols: what happened and the form to try again. */
function UnusableQuery({ query }: { query: string }) {
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ name: "Pencarian", href: "/cari" }, { name: query }]} />
      <h1 className="mt-3 font-serif text-3xl font-bold">Kata pencarian tidak bisa dipakai</h1>
      <SearchForm variant="page" defaultValue={query} />
      <div className="mt-4 text-slate-700" data-state="tanpa-kata">
        <p className="text-lg font-semibold text-slate-900">Kata pencarian tidak bisa dipakai: “{query}” tidak memuat satu kata pun.</p>
        <p className="mt-2">
          Pencarian hanya mencari kata dan angka. Operator seperti AND, OR, NOT dan NEAR, serta tanda seperti tanda kutip,
          bintang (*), titik dua, tanda kurung, pangkat (^) dan tanda minus, tidak ikut dicari. Ketik setidaknya satu kata,
          misalnya nama tokoh, tempat, atau peristiwa.
        </p>
      </div>
    </div>
  );
}
