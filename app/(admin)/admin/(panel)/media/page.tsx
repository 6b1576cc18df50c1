import Link from "next/link";
import { describe, Field, inputClass } from "@/components/admin/Field";
import { FormMessage } from "@/components/admin/FormMessage";
import { libraryQueryString } from "@/lib/media-library";
import { formatWibShort } from "@/lib/wib";
import { loadLibraryPage } from "@/server/media-library";
import { requireUser } from "@/server/session";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: "Pustaka foto" };

/**
 * "Pustaka foto": every stored photo, seed photos included, newest first. The search is a GET form,
 * so it works without JavaScript and a search can be linked; a bad date is named beside its field.
 */
export default async function MediaLibraryPage({ searchParams }: Props) {
  await requireUser("reporter", "/admin/media");
  const sp = await searchParams;
  const { query, page, photos } = await loadLibraryPage(sp);
  const errors = query.ok ? {} : query.errors;
  const form = query.form;
  return (
    <>
      <h1 className="text-2xl font-bold">Pustaka foto</h1>
      <p className="mt-1 text-sm text-slate-700">Unggah sekali, pakai di berita mana pun. Nomor foto dipakai di kolom “Nomor foto pustaka” pada formulir berita.</p>
      <div className="mt-4 space-y-2">
        {typeof sp.dihapus === "string" && <FormMessage tone="ok" message={`Foto #${sp.dihapus} dihapus.`} />}
      </div>
      <form method="get" action="/admin/media" role="search" aria-label="Cari foto" className="mt-4 grid gap-3 rounded border border-slate-300 bg-white p-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
        <Field label="Cari" name="q" hint="Keterangan, kredit, atau nama pengunggah.">
          <input {...describe("q", undefined, "x")} type="search" defaultValue={form.q} className={inputClass} />
        </Field>
        <Field label="Dari tanggal" name="dari" error={errors.dari} hint="WIB, misalnya 2026-12-01.">
          <input {...describe("dari", errors.dari, "x")} type="date" defaultValue={form.dari} className={inputClass} />
        </Field>
        <Field label="Sampai tanggal" name="sampai" error={errors.sampai} hint="WIB, termasuk hari itu.">
          <input {...describe("sampai", errors.sampai, "x")} type="date" defaultValue={form.sampai} className={inputClass} />
        </Field>
        <button type="submit" className="rounded bg-slate-800 px-4 py-2.5 font-semibold text-white sm:mb-5">
          Cari
        </button>
      </form>
      {errors.halaman && <FormMessage message={errors.halaman} />}
      {page && (
        <p role="status" className="mt-4 text-sm text-slate-700">
          {page.totalItems === 0 ? "Tidak ada foto yang cocok." : `${page.totalItems} foto · halaman ${page.page} dari ${page.totalPages}`}
        </p>
      )}
      <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {photos.map((p) => (
          <li key={p.id} className="rounded border border-slate-300 bg-white p-2 text-sm">
            <Link href={`/admin/media/${p.id}`} className="block hover:underline">
              {/* eslint-disable-next-line @next/next/no-img-element -- admin thumbnail of a stored variant */}
              <img src={p.thumb} alt="" width={640} height={480} loading="lazy" className="aspect-[4/3] w-full rounded bg-slate-200 object-cover" />
              <span className="mt-1 line-clamp-2 block font-semibold">{p.caption || p.alt || `Foto #${p.id}`}</span>
            </Link>
            <span className="block text-xs text-slate-700">
              #{p.id} · {formatWibShort(p.createdAt)}
            </span>
            {p.credit && <span className="block text-xs text-slate-700">Foto: {p.credit}</span>}
            <span className="block text-xs text-slate-700">{p.uploaderName ? `Diunggah ${p.uploaderName}` : "Foto bawaan"}</span>
            <span className="block text-xs font-semibold">Dipakai di {p.uses} berita</span>
          </li>
        ))}
      </ul>
      {page && page.totalPages > 1 && (
        <nav aria-label="Halaman pustaka" className="mt-4 flex items-center justify-between gap-2 text-sm">
          {page.hasPrev ? (
            <Link href={`/admin/media${libraryQueryString(form, page.page - 1)}`} className="rounded border border-slate-500 px-3 py-1.5 font-semibold">
              Sebelumnya
            </Link>
          ) : (
            <span />
          )}
          <span>
            Halaman {page.page} dari {page.totalPages}
          </span>
          {page.hasNext ? (
            <Link href={`/admin/media${libraryQueryString(form, page.page + 1)}`} className="rounded border border-slate-500 px-3 py-1.5 font-semibold">
              Berikutnya
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
