import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { Breadcrumbs } from "@/components/shared/Breadcrumbs";
import { CachedNotFound } from "@/components/shared/CachedNotFound";
import { Pagination } from "@/components/shared/Pagination";
import { countCorrectionList, getCorrectionList } from "@/db/queries/corrections";
import { CORRECTION_LABELS } from "@/lib/corrections";
import { feedTitle, pageMetadata } from "@/lib/metadata";
import { isPageOutOfRange, paginate, parsePageParam } from "@/lib/pagination";
import { articlePath, CORRECTIONS_ANCHOR, koreksiFeedPath, koreksiPagePath, koreksiPath } from "@/lib/urls";
import { formatWibDateLine, toWibIso } from "@/lib/wib";
import { getNotFoundLatest } from "@/server/not-found";

const PAGE_SIZE = 30;
const TITLE = "Ralat & Koreksi";

type Props = { params: Promise<{ halaman?: string[] }> };

// A parameterised route (like the home page) so that no build prerenders it: the build has no
// database. Rendered on first request, then cached; a note added or removed drops it.
export const revalidate = 30;
export function generateStaticParams(): { halaman?: string[] }[] {
  return [];
}

/** "/koreksi" is page 1, "/koreksi/halaman/N" page N; anything else is no page (null). */
function pageOf(segments: string[] | undefined): number | null {
  if (!segments) return 1;
  if (segments.length !== 2 || segments[0] !== "halaman") return null;
  return parsePageParam(segments[1]);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageOf((await params).halaman);
  if (page === null) return { title: "Halaman tidak ditemukan" };
  return pageMetadata({
    title: page > 1 ? `${TITLE} (halaman ${page})` : TITLE,
    description: "Semua ralat, koreksi, klarifikasi, dan hak jawab atas berita kami, dari yang terbaru.",
    path: koreksiPagePath(page),
    feeds: [{ title: feedTitle(TITLE), path: koreksiFeedPath }],
  });
}

export default async function KoreksiRoute({ params }: Props) {
  const page = pageOf((await params).halaman);
  if (page === null) return <CachedNotFound latest={await getNotFoundLatest()} />;
  if (page === 1 && (await params).halaman) permanentRedirect(koreksiPath);
  const info = paginate({ page, pageSize: PAGE_SIZE, totalItems: await countCorrectionList() });
  if (isPageOutOfRange(info)) return <CachedNotFound latest={await getNotFoundLatest()} />;
  const notes = await getCorrectionList({ limit: PAGE_SIZE, offset: info.offset });

  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ name: TITLE }]} />
      <h1 className="mt-3 font-serif text-3xl font-bold">{TITLE}</h1>
      <p className="mt-2 text-slate-700">
        Setiap ralat, koreksi, klarifikasi, dan hak jawab yang kami tambahkan pada berita, dari yang terbaru. Ikuti juga lewat{" "}
        <a href={koreksiFeedPath} className="font-semibold underline underline-offset-2">
          RSS
        </a>
        .
      </p>
      {notes.length > 0 ? (
        <ol className="mt-6 divide-y divide-slate-200">
          {notes.map((n) => (
            <li key={n.id} className="py-4" data-correction-kind={n.kind}>
              <p className="text-sm text-slate-600">
                <strong className="text-slate-900">{CORRECTION_LABELS[n.kind]}</strong> ·{" "}
                <time dateTime={toWibIso(n.createdAt)}>{formatWibDateLine(n.createdAt)}</time>
              </p>
              <h2 className="mt-1 font-serif text-lg font-bold">
                <a href={`${articlePath(n.article)}#${CORRECTIONS_ANCHOR}`} className="hover:underline">
                  {n.article.title}
                </a>
              </h2>
              <p className="mt-1 whitespace-pre-line">{n.note}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-6 text-slate-600">Belum ada ralat atau koreksi.</p>
      )}
      <Pagination info={info} basePath={koreksiPath} href={koreksiPagePath} />
    </div>
  );
}
