import Link from "next/link";
import { moveKanalAction } from "@/app/(admin)/admin/_actions/taxonomy";
import { FormMessage } from "@/components/admin/FormMessage";
import { KanalForm } from "@/components/admin/KanalForm";
import { getKanalAdminList } from "@/db/queries/taxonomy-admin";
import { kanalPath } from "@/lib/urls";
import { requireUser } from "@/server/session";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const moveButton = "rounded border border-slate-400 bg-white px-2 py-1 text-sm font-semibold hover:bg-slate-100 disabled:opacity-40";

export default async function KanalAdminPage({ searchParams }: Props) {
  await requireUser("editor", "/admin/kanal");
  const sp = await searchParams;
  const rows = await getKanalAdminList();
  const siblings = (parentId: number | null) => rows.filter((r) => r.parentId === parentId);
  const parents = rows.filter((r) => r.parentId === null).map(({ id, name }) => ({ id, name }));
  return (
    <>
      <h1 className="text-2xl font-bold">Kanal</h1>
      <p className="mt-1 text-sm text-slate-700">Urutan di sini adalah urutan navigasi pembaca. Sub-kanal tampil di bawah induknya.</p>
      <div className="mt-4 space-y-2">
        {sp.ditambah && <FormMessage tone="ok" message={`Kanal ${sp.ditambah} ditambahkan.`} />}
        {sp.disimpan && <FormMessage tone="ok" message={`Kanal ${sp.disimpan} disimpan.`} />}
        {sp.dihapus && <FormMessage tone="ok" message={`Kanal ${sp.dihapus} dihapus.`} />}
        {sp.galat && <FormMessage message="Urutan tidak dapat diubah." />}
      </div>
      {/* relative: the sr-only "Tindakan" header is absolutely positioned; without a positioned box it
          escapes the scrolling box and widens the whole page on a phone, which then pans sideways. */}
      <div className="mt-4 relative overflow-x-auto rounded border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th className="px-3 py-2">Nama</th>
              <th className="px-3 py-2">Slug</th>
              <th className="px-3 py-2">Berita</th>
              <th className="px-3 py-2">Urutan</th>
              <th className="px-3 py-2">
                <span className="sr-only">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((k) => {
              const group = siblings(k.parentId);
              const index = group.findIndex((g) => g.id === k.id);
              return (
                <tr key={k.id} id={`kanal-${k.id}`} className="border-t border-slate-200">
                  <td className={`px-3 py-2 font-semibold ${k.parentId ? "pl-8" : ""}`}>
                    {k.parentId ? <span aria-hidden="true">↳ </span> : null}
                    {k.name}
                    {k.hidden && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-normal">tersembunyi</span>}
                  </td>
                  <td className="px-3 py-2">
                    <a href={kanalPath(k.slug)} className="text-brand underline">
                      {k.slug}
                    </a>
                  </td>
                  <td className="px-3 py-2">{k.stories}</td>
                  <td className="px-3 py-2">
                    <form action={moveKanalAction} className="flex gap-1">
                      <input type="hidden" name="id" value={k.id} />
                      <button type="submit" name="arah" value="naik" disabled={index === 0} aria-label={`Naikkan ${k.name}`} autoFocus={sp.fokus === `naik-${k.id}`} className={moveButton}>
                        ↑
                      </button>
                      <button type="submit" name="arah" value="turun" disabled={index === group.length - 1} aria-label={`Turunkan ${k.name}`} autoFocus={sp.fokus === `turun-${k.id}`} className={moveButton}>
                        ↓
                      </button>
                    </form>
                  </td>
                  <td className="px-3 py-2">
                    <Link href={`/admin/kanal/${k.id}`} className="font-semibold text-brand underline" aria-label={`Ubah ${k.name}`}>
                      Ubah
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2 className="mt-8 mb-3 text-lg font-bold">Tambah kanal</h2>
      <KanalForm initial={{ nama: "", slug: "", deskripsi: "", induk: "", sembunyikan: "" }} parents={parents} button="Tambah kanal" />
    </>
  );
}
