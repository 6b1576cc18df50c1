import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IndeksDateForm } from "@/components/indeks/IndeksDateForm";
import { IndeksNotFoundNotice } from "@/components/indeks/IndeksNotFoundNotice";
import { ListingPage } from "@/components/shared/ListingPage";
import { countArticlesPublishedBetween, getArticlesPublishedBetween } from "@/db/queries/articles";
import { getPageAds } from "@/db/queries/ads";
import { getTerpopuler } from "@/db/queries/popular";
import { parseIndeksDate } from "@/lib/indeks";
import { pageMetadata } from "@/lib/metadata";
import { isPageOutOfRange, pageHref, paginate, parsePageParam } from "@/lib/pagination";
import { indeksPath } from "@/lib/urls";
import { formatWibLongDate, shiftWibDateKey, wibDateKey } from "@/lib/wib";

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };


// Per request: the date picker's ?tanggal= is free-form; a cache entry per date is not worth it.
export const dynamic = "force-dynamic";
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const day = parseIndeksDate(params.tanggal, new Date());
  if (!day) return { title: "Tanggal indeks tidak valid", robots: { index: false } };
  const page = parsePageParam(params.halaman) ?? 1;
  const label = formatWibLongDate(day.start);
  const empty = (await countArticlesPublishedBetween(day.start, day.end)) === 0;
  return pageMetadata({
    title: `Indeks Berita ${label}${page > 1 ? ` (halaman ${page})` : ""}`,
    description: `Daftar semua berita yang terbit pada ${label}, dari yang terbaru.`,
    // Without a date the index is "today", a page of its own; a dated index keeps its date.
    path: pageHref(params.tanggal === undefined ? indeksPath() : indeksPath(day.key), page),
    // A day without news is not worth a search engine's time.
    noindex: empty,
  });
}

export default async function IndeksRoute({ searchParams }: Props) {
  const params = await searchParams;
  const now = new Date();
  const day = parseIndeksDate(params.tanggal, now);
  const page = parsePageParam(params.halaman);
  // proxy.ts has answered this address 404 already (lib/query-status.ts); notFound() here would leave the
  // page blank without JavaScript, so the notice is drawn in place.
  if (!day || page === null) return <IndeksNotFoundNotice />;

  const info = paginate({ page, pageSize: PAGE_SIZE, totalItems: await countArticlesPublishedBetween(day.start, day.end, now) });
  if (isPageOutOfRange(info)) notFound();
  const [articles, ranking, ads] = await Promise.all([
    getArticlesPublishedBetween({ from: day.start, to: day.end, limit: PAGE_SIZE, offset: info.offset, now }),
    getTerpopuler({ now }),
    getPageAds({}, { now }),
  ]);
  const today = wibDateKey(now);
  const previous = shiftWibDateKey(day.key, -1);
  const next = day.key < today ? shiftWibDateKey(day.key, 1) : null;
  const linkClass = "rounded border border-slate-300 px-3 py-2 font-semibold hover:bg-slate-100";

  return (
    <ListingPage
      crumbs={[{ name: "Indeks Berita", href: indeksPath() }, { name: formatWibLongDate(day.start) }]}
      title="Indeks Berita"
      articles={articles}
      pageInfo={info}
      basePath={indeksPath(day.key)}
      ranking={ranking}
      ads={ads}
      emptyText="Tidak ada berita yang terbit pada tanggal ini."
    >
      <p className="mt-1 text-lg text-slate-700" data-part="tanggal">
        {formatWibLongDate(day.start)}
      </p>
      <IndeksDateForm value={day.key} max={today} />
      <nav aria-label="Hari lain" className="mt-4 flex flex-wrap gap-2 text-sm">
        <a href={indeksPath(previous)} className={linkClass}>
          ← {formatWibLongDate(new Date(day.start.getTime() - 24 * 3600_000))}
        </a>
        {next && (
          <a href={indeksPath(next)} className={linkClass}>
            {formatWibLongDate(day.end)} →
          </a>
        )}
      </nav>
    </ListingPage>
  );
}
