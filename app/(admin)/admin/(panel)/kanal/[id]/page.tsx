import Link from "next/link";
import { notFound } from "next/navigation";
import { KanalDeleteForm } from "@/components/admin/KanalDeleteForm";
import { KanalForm } from "@/components/admin/KanalForm";
import { getKanalAdminList, getKanalOldSlugs } from "@/db/queries/taxonomy-admin";
import { kanalPath } from "@/lib/urls";
import { requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string }> };

export default async function KanalEditPage({ params }: Props) {
  const { id: raw } = await params;
  await requireUser("editor", `/admin/kanal/${raw}`);
  const id = Number(raw);
  const rows = await getKanalAdminList();
  const k = rows.find((r) => r.id === id);
  if (!k) notFound();
  const oldSlugs = await getKanalOldSlugs(id);
  const hasChildren = rows.some((r) => r.parentId === id);
  // A kanal with sub-kanal stays top-level; others may sit under any other top-level kanal.
  const parents = hasChildren ? [] : rows.filter((r) => r.parentId === null && r.id !== id).map(({ id, name }) => ({ id, name }));
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/kanal" className="text-brand underline">
          ← Semua kanal
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Ubah kanal {k.name}</h1>
      <p className="mt-1 text-sm text-slate-700">
        Halaman pembaca: <a href={kanalPath(k.slug)} className="text-brand underline">{kanalPath(k.slug)}</a>
        {oldSlugs.length > 0 && <> · alamat lama yang dialihkan: {oldSlugs.map((s) => kanalPath(s)).join(", ")}</>}
      </p>
      <div className="mt-4">
        <KanalForm
          id={k.id}
          initial={{ nama: k.name, slug: k.slug, deskripsi: k.description, induk: k.parentId ? String(k.parentId) : "", sembunyikan: k.hidden ? "1" : "" }}
          parents={parents}
          button="Simpan"
        />
      </div>
      <h2 className="mt-10 mb-3 text-lg font-bold">Hapus kanal</h2>
      {hasChildren ? (
        <p className="text-sm text-slate-700">Kanal ini punya sub-kanal. Pindahkan atau hapus sub-kanalnya dulu.</p>
      ) : (
        <KanalDeleteForm id={k.id} stories={k.stories} targets={rows.filter((r) => r.id !== id).map(({ id, name }) => ({ id, name }))} />
      )}
    </>
  );
}
