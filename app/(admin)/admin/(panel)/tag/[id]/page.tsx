import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteTagAction } from "@/app/(admin)/admin/_actions/taxonomy";
import { ConfirmDeleteForm } from "@/components/admin/ConfirmDeleteForm";
import { FormMessage } from "@/components/admin/FormMessage";
import { TagForm } from "@/components/admin/TagForm";
import { TagMergeForm } from "@/components/admin/TagMergeForm";
import { getTagAdminList, getTagOldSlugs } from "@/db/queries/taxonomy-admin";
import { tagPath } from "@/lib/urls";
import { requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function TagEditPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  await requireUser("editor", `/admin/tag/${raw}`);
  const sp = await searchParams;
  const id = Number(raw);
  const tags = await getTagAdminList();
  const tag = tags.find((t) => t.id === id);
  if (!tag) notFound();
  const oldSlugs = await getTagOldSlugs(id);
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/tag" className="text-brand underline">
          ← Semua tag
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Ubah tag {tag.name}</h1>
      <p className="mt-1 text-sm text-slate-700">
        {tag.stories} berita · halaman pembaca: <a href={tagPath(tag.slug)} className="text-brand underline">{tagPath(tag.slug)}</a>
        {oldSlugs.length > 0 && <> · alamat lama yang dialihkan: {oldSlugs.map((s) => tagPath(s)).join(", ")}</>}
      </p>
      <div className="mt-4 space-y-2">
        {sp.disimpan && <FormMessage tone="ok" message="Tag disimpan." />}
        {sp.digabung && <FormMessage tone="ok" message={`Tag ${sp.digabung} digabungkan ke tag ini.`} />}
      </div>
      <div className="mt-4">
        <TagForm id={tag.id} initial={{ nama: tag.name, slug: tag.slug, deskripsi: tag.description }} />
      </div>
      <h2 className="mt-10 mb-3 text-lg font-bold">Gabungkan</h2>
      <TagMergeForm id={tag.id} tags={tags.filter((t) => t.id !== id).map(({ id, name, slug }) => ({ id, name, slug }))} />
      <h2 className="mt-10 mb-3 text-lg font-bold">Hapus tag</h2>
      <div className="max-w-md">
        <ConfirmDeleteForm action={deleteTagAction} id={tag.id} label="Ketik HAPUS untuk menghapus tag ini" button="Hapus tag" />
      </div>
    </>
  );
}
