import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteArticleAction, restoreRevisionAction } from "@/app/(admin)/admin/_actions/articles";
import { ArticleForm } from "@/components/admin/ArticleForm";
import { ConfirmDeleteForm } from "@/components/admin/ConfirmDeleteForm";
import { CorrectionsSection } from "@/components/admin/CorrectionsSection";
import { FormMessage } from "@/components/admin/FormMessage";
import { LiveReportSection } from "@/components/admin/LiveReportSection";
import { getArticleForEdit, getKanalOptions, getRevisions, getTagSuggestions } from "@/db/queries/admin";
import { getAutosave } from "@/db/queries/autosaves";
import { getDeskCorrections } from "@/db/queries/corrections";
import { getLiveReport } from "@/db/queries/live";
import { getBodyPhotos } from "@/db/queries/photos";
import { getStaffList } from "@/db/queries/staff";
import { articleToFormValues } from "@/lib/article-form-values";
import { autosaveDiffers } from "@/lib/autosave-values";
import { photoIdsIn } from "@/lib/body-photos";
import { allowedStatuses, canDeleteArticle, canEditArticle, hasRole, STATUS_LABELS, statusActions } from "@/lib/auth/roles";
import { requireUser } from "@/server/session";
import { articlePath } from "@/lib/urls";
import { formatWibDateLine, formatWibShort } from "@/lib/wib";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser("reporter", `/admin/berita/${id}`);
  const article = /^\d+$/.test(id) ? await getArticleForEdit(Number(id)) : null;
  if (!article) notFound();
  const sp = await searchParams;
  const editable = canEditArticle(user, article);
  const [kanal, staff, tags, revisions, notes, liveReport, bodyPhotos] = await Promise.all([
    getKanalOptions(),
    getStaffList(),
    getTagSuggestions(),
    getRevisions(article.id),
    getDeskCorrections(article.id),
    getLiveReport(article.id),
    getBodyPhotos(photoIdsIn(article.body)),
  ]);
  const initial = articleToFormValues(article);
  // The editor's own autosave, offered only when it holds something the stored story does not.
  const autosave = editable ? await getAutosave(user.id, article.id) : null;
  const offered =
    autosave && autosaveDiffers(autosave.values, initial)
      ? { ...autosave, savedAt: autosave.savedAt.toISOString(), stale: autosave.baseVersion !== null && autosave.baseVersion !== article.version }
      : null;
  const live = (article.status === "published" || article.status === "scheduled") && article.publishedAt && article.publishedAt <= new Date();

  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Sunting berita</h1>
        <p className="text-sm text-slate-700">
          {STATUS_LABELS[article.status]}
          {article.publishedAt && ` · ${formatWibDateLine(article.publishedAt)}`} · versi {article.version}
        </p>
      </div>
      <div className="mb-6 flex flex-wrap gap-3 text-sm">
        <Link href={`/pratinjau/${article.publicId}`} className="rounded border border-slate-500 px-3 py-1.5 font-semibold" target="_blank">
          Pratinjau
        </Link>
        {live && (
          <Link href={articlePath(article)} prefetch={false} className="rounded border border-slate-500 px-3 py-1.5 font-semibold">
            Lihat di situs
          </Link>
        )}
      </div>
      {sp.tersimpan && <div className="mb-4"><FormMessage tone="ok" message="Tersimpan." /></div>}
      {sp.dipulihkan && <div className="mb-4"><FormMessage tone="ok" message={`Versi ${sp.dipulihkan} dipulihkan sebagai versi baru.`} /></div>}

      {editable ? (
        <ArticleForm
          // Mounted anew after each save: the saved version is what unsaved changes are measured against,
          // and the form carries that version, not the one of an earlier refused attempt.
          key={article.version}
          articleId={article.id}
          initial={initial}
          kanal={kanal}
          staff={staff.filter((s) => s.active || s.id === article.reporterId || s.id === article.editorId)}
          tagSuggestions={tags}
          statuses={allowedStatuses(user.role).includes(article.status) ? allowedStatuses(user.role) : [article.status, ...allowedStatuses(user.role)]}
          photo={article.photo}
          bodyPhotos={[...bodyPhotos.values()]}
          related={article.related}
          statusActions={statusActions(user.role, article.status)}
          autosave={offered}
        />
      ) : (
        <FormMessage message="Berita ini sudah dijadwalkan atau terbit; hanya redaktur yang dapat mengubahnya." />
      )}

      {(live || notes.length > 0) && (
        <CorrectionsSection
          articleId={article.id}
          notes={notes}
          canAdd={!!live && hasRole(user.role, "editor")}
          canRemove={user.role === "admin"}
          done={sp.catatan}
        />
      )}

      {(editable || liveReport) && <LiveReportSection articleId={article.id} report={liveReport} canEdit={editable} done={sp.langsung} />}

      <section aria-labelledby="revisi-judul" className="mt-10">
        <h2 id="revisi-judul" className="text-lg font-bold">
          Riwayat revisi
        </h2>
        <ol className="mt-3 divide-y divide-slate-200 rounded border border-slate-300 bg-white">
          {revisions.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <span>
                Versi {r.version} · {formatWibShort(r.savedAt)} · {r.savedBy ?? "—"}
              </span>
              {hasRole(user.role, "editor") && r.version !== article.version && (
                <form action={restoreRevisionAction}>
                  <input type="hidden" name="revisi" value={r.id} />
                  <button className="rounded border border-slate-500 px-2 py-1 font-semibold">Pulihkan</button>
                </form>
              )}
            </li>
          ))}
        </ol>
      </section>

      {canDeleteArticle(user.role) && (
        <section aria-labelledby="hapus-judul" className="mt-10 rounded border border-red-300 bg-white p-4">
          <h2 id="hapus-judul" className="text-lg font-bold text-red-800">
            Hapus berita
          </h2>
          <p className="mb-3 text-sm text-slate-700">Menghapus tidak dapat dibatalkan. Untuk menyembunyikan sementara, pakai “Tarik dari situs”.</p>
          <ConfirmDeleteForm action={deleteArticleAction} id={article.id} label="Ketik HAPUS untuk menghapus permanen" button="Hapus berita" />
        </section>
      )}
    </>
  );
}
