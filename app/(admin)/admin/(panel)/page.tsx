import Link from "next/link";
import { Pagination } from "@/components/shared/Pagination";
import { FormMessage } from "@/components/admin/FormMessage";
import { countAdminArticles, getAdminArticles, getKanalOptions } from "@/db/queries/admin";
import { getViewCounts } from "@/db/queries/readership";
import { type ArticleStatus, articleStatuses } from "@/lib/domain";
import { STATUS_LABELS } from "@/lib/auth/roles";
import { requireUser } from "@/server/session";
import { isPageOutOfRange, paginate, parsePageParam } from "@/lib/pagination";
import { type AdminSort, formatViews, parseAdminSort, VIEW_COLUMN_LABELS } from "@/lib/readership";
import { formatWibShort } from "@/lib/wib";

const PAGE_SIZE = 25;

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function AdminArticleList({ searchParams }: Props) {
  await requireUser();
  const sp = await searchParams;
  const status = articleStatuses.includes(sp.status as ArticleStatus) ? (sp.status as ArticleStatus) : undefined;
  const kanalId = sp.kanal && /^\d+$/.test(sp.kanal) ? Number(sp.kanal) : undefined;
  const q = sp.q?.slice(0, 100);
  const filters = { status, kanalId, q };
  const sort = parseAdminSort(sp.urut);
  const page = parsePageParam(sp.halaman) ?? 1;
  const info = paginate({ page, pageSize: PAGE_SIZE, totalItems: await countAdminArticles(filters) });
  const [rows, kanal] = await Promise.all([
    isPageOutOfRange(info) ? [] : getAdminArticles(filters, { limit: PAGE_SIZE, offset: info.offset }, sort),
    getKanalOptions(),
  ]);
  const views = await getViewCounts(rows.map((r) => r.id));
  const listPath = (urut: AdminSort) => {
    const query = new URLSearchParams(
      Object.entries({ status, kanal: kanalId?.toString(), q, urut: urut === "diubah" ? undefined : urut }).filter((e): e is [string, string] => !!e[1]),
    );
    return `/admin${query.size ? `?${query}` : ""}`;
  };
  const basePath = listPath(sort);
  // A sortable heading: a plain link (works without JavaScript); aria-sort tells which one orders the list.
  const sortHeading = (urut: AdminSort, label: string, numeric: boolean) => (
    <th className={`px-3 py-2 ${numeric ? "text-right" : ""}`} aria-sort={sort === urut ? "descending" : undefined}>
      <Link href={listPath(urut)} className="underline decoration-slate-400 underline-offset-2 hover:decoration-brand">
        {label}
        {sort === urut && <span aria-hidden="true"> ↓</span>}
      </Link>
    </th>
  );

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Berita</h1>
        <Link href="/admin/berita/baru" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Tulis berita
        </Link>
      </div>
      {sp.dihapus && <div className="mt-4"><FormMessage tone="ok" message="Berita dihapus." /></div>}
      <form className="mt-4 flex flex-wrap items-end gap-3" role="search" aria-label="Saring berita">
        {sort !== "diubah" && <input type="hidden" name="urut" value={sort} />}
        <label className="text-sm">
          <span className="block font-semibold">Cari judul</span>
          <input name="q" defaultValue={q} className="rounded border border-slate-400 px-3 py-2" />
        </label>
        <label className="text-sm">
          <span className="block font-semibold">Status</span>
          <select name="status" defaultValue={status ?? ""} className="rounded border border-slate-400 px-3 py-2">
            <option value="">Semua</option>
            {articleStatuses.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-semibold">Kanal</span>
          <select name="kanal" defaultValue={kanalId ?? ""} className="rounded border border-slate-400 px-3 py-2">
            <option value="">Semua</option>
            {kanal.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-500 px-4 py-2 font-semibold">
          Saring
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-600">
        {info.totalItems} berita{sort !== "diubah" && ` · urut menurut tayangan ${VIEW_COLUMN_LABELS[sort]}`}
      </p>
      <div className="mt-2 overflow-x-auto rounded border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Daftar berita; tayangan 24 jam, 7 hari, dan total. Judul kolom tayangan dan Diubah mengurutkan daftar.</caption>
          <thead className="bg-slate-100">
            <tr>
              <th className="px-3 py-2">Judul</th>
              <th className="px-3 py-2">Status</th>
              <th className="px-3 py-2">Kanal</th>
              <th className="px-3 py-2">Reporter</th>
              {sortHeading("diubah", "Diubah", false)}
              {sortHeading("24jam", VIEW_COLUMN_LABELS["24jam"], true)}
              {sortHeading("7hari", VIEW_COLUMN_LABELS["7hari"], true)}
              {sortHeading("total", VIEW_COLUMN_LABELS.total, true)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-200">
                <td className="px-3 py-2">
                  <Link href={`/admin/berita/${r.id}`} className="font-semibold hover:underline">
                    {r.title}
                  </Link>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{STATUS_LABELS[r.status]}</td>
                <td className="px-3 py-2">{r.kanalName}</td>
                <td className="px-3 py-2">{r.reporterName ?? "—"}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatWibShort(r.updatedAt)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatViews(views.get(r.id)?.day ?? 0)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatViews(views.get(r.id)?.week ?? 0)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatViews(views.get(r.id)?.total ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination info={info} basePath={basePath} />
    </>
  );
}
