import type { DeskCorrection } from "@/db/queries/corrections";
import { CORRECTION_LABELS } from "@/lib/corrections";
import { CORRECTIONS_ANCHOR } from "@/lib/urls";
import { formatWibDateLine } from "@/lib/wib";
import { CorrectionForm } from "./CorrectionForm";
import { FormMessage } from "./FormMessage";
import { RemoveCorrectionForm } from "./RemoveCorrectionForm";

type Props = {
  articleId: number;
  notes: DeskCorrection[];
  /** The story is on the site now and the user is a redaktur or admin. */
  canAdd: boolean;
  /** Admins remove notes. */
  canRemove: boolean;
  /** `catatan` from the address after a write: "ditambahkan" or "dihapus". */
  done?: string;
};

/**
 * "Ralat & koreksi" on the edit page: every note of the story, newest first, removed ones
 * included with who removed them and when, then the form that adds one.
 */
export function CorrectionsSection({ articleId, notes, canAdd, canRemove, done }: Props) {
  return (
    <section id={CORRECTIONS_ANCHOR} aria-labelledby="koreksi-judul" className="mt-10 rounded border border-slate-300 bg-white p-4">
      <h2 id="koreksi-judul" className="text-lg font-bold">
        Ralat &amp; koreksi
      </h2>
      {done === "ditambahkan" && <div className="mt-3"><FormMessage tone="ok" message="Catatan ditambahkan dan tampil di berita." /></div>}
      {done === "dihapus" && <div className="mt-3"><FormMessage tone="ok" message="Catatan dihapus dari berita; jejaknya tetap tercatat di sini." /></div>}
      {notes.length > 0 ? (
        <ol className="mt-3 divide-y divide-slate-200 rounded border border-slate-200">
          {notes.map((n) => (
            <li key={n.id} className={`px-3 py-2 text-sm ${n.removedAt ? "bg-slate-50 text-slate-600" : ""}`} data-correction={n.id}>
              <p>
                <strong>{CORRECTION_LABELS[n.kind]}</strong> · {formatWibDateLine(n.createdAt)} · {n.createdBy ?? "—"}
              </p>
              <p className={`mt-1 whitespace-pre-line ${n.removedAt ? "line-through" : ""}`}>{n.note}</p>
              {n.removedAt ? (
                <p className="mt-1 font-semibold text-red-800">
                  Dihapus oleh {n.removedBy ?? "—"} pada {formatWibDateLine(n.removedAt)}; tidak lagi tampil untuk pembaca.
                </p>
              ) : (
                canRemove && <RemoveCorrectionForm correctionId={n.id} label={`${CORRECTION_LABELS[n.kind]} ${formatWibDateLine(n.createdAt)}`} />
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-700">Belum ada catatan.</p>
      )}
      <div className="mt-4">
        {canAdd ? (
          <CorrectionForm articleId={articleId} />
        ) : (
          <p className="text-sm text-slate-700">Ralat, Koreksi, Klarifikasi, dan Hak Jawab ditambahkan redaktur pada berita yang sedang terbit.</p>
        )}
      </div>
    </section>
  );
}
