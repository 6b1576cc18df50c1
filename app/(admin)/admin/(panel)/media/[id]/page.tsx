import Link from "next/link";
import { notFound } from "next/navigation";
import { FormMessage } from "@/components/admin/FormMessage";
import { PhotoEditForm } from "@/components/admin/PhotoEditForm";
import { getPhotoForEdit } from "@/db/queries/media-library";
import { hasRole, STATUS_LABELS } from "@/lib/auth/roles";
import { mediaUrl, mediaVariantPath } from "@/lib/urls";
import { formatWibShort } from "@/lib/wib";
import { requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const metadata = { title: "Edit foto" };

export default async function PhotoEditPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser("reporter", `/admin/media/${id}`);
  const photo = /^[1-9][0-9]{0,8}$/.test(id) ? await getPhotoForEdit(Number(id)) : null;
  if (!photo) notFound();
  const sp = await searchParams;
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/media" className="text-brand underline">
          ← Pustaka foto
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Edit foto #{photo.id}</h1>
      <p className="mt-1 text-sm text-slate-700">
        {photo.width}×{photo.height} · {photo.uploaderName ? `diunggah ${photo.uploaderName}` : "foto bawaan"} · {formatWibShort(photo.createdAt)}
        {photo.originalPath ? " · berkas asli disimpan" : ""}
      </p>
      {sp.tersimpan && (
        <div className="mt-3">
          <FormMessage tone="ok" message="Foto tersimpan. Berita yang memakainya ikut berubah." />
        </div>
      )}
      <div className="mt-4 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <PhotoEditForm
          id={photo.id}
          preview={mediaUrl(mediaVariantPath(photo.path, 640))}
          width={photo.width}
          height={photo.height}
          initial={{ keterangan: photo.caption, kredit: photo.credit, alt: photo.alt, fokus_x: String(photo.focusX), fokus_y: String(photo.focusY) }}
          canDelete={hasRole(user.role, "editor")}
        />
        <section aria-labelledby="dipakai">
          <h2 id="dipakai" className="text-lg font-bold">
            Dipakai di {photo.stories.length} berita
          </h2>
          {photo.stories.length > 0 && (
            <ul className="mt-2 space-y-1 text-sm">
              {photo.stories.map((s) => (
                <li key={s.id}>
                  <Link href={`/admin/berita/${s.id}`} className="text-brand underline">
                    {s.title}
                  </Link>{" "}
                  <span className="text-slate-700">({STATUS_LABELS[s.status]})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
