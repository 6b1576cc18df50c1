"use client";

import Link from "next/link";
import { useFormStatus } from "react-dom";
import { conflictRows, type ConflictVersion } from "@/lib/article-conflict";
import { formatWibDateLine } from "@/lib/wib";

type Props = {
  articleId: number;
  conflict: ConflictVersion;
  /** What the refused save sent: still in the form above. */
  mine: Record<string, string>;
};

/**
 * After a save refused for a stale version: the other editor's words beside the refused editor's,
 * whose own stay in the form. "Pakai versi saya" saves the form over theirs (theirs stays in the
 * revision history); "Pakai versi mereka" opens the story as they left it, after the leave guard's
 * question. Copying parts across by hand is the merge.
 */
export function ConflictPanel({ articleId, conflict, mine }: Props) {
  const { pending } = useFormStatus();
  const rows = conflictRows(mine, conflict.values);
  return (
    <section aria-labelledby="konflik-judul" className="space-y-4 rounded border border-amber-500 bg-amber-50 p-4">
      <div>
        <h2 id="konflik-judul" className="text-lg font-bold">
          Bandingkan dua versi
        </h2>
        <p className="text-sm text-slate-800">
          Versi mereka: versi {conflict.version}, disimpan {conflict.savedBy ?? "orang lain"} pada {formatWibDateLine(new Date(conflict.savedAt))}. Versi Anda:
          isian formulir ini, belum tersimpan.
        </p>
      </div>
      {rows.map((r) => (
        <div key={r.field} className="space-y-1">
          <h3 className="text-sm font-semibold">
            {r.label}
            {r.same && <span className="font-normal text-slate-700"> (sama)</span>}
          </h3>
          {!r.same && (
            <div className="grid gap-2 md:grid-cols-2">
              <div className="rounded border border-slate-300 bg-white p-2">
                <p className="text-xs font-semibold text-slate-700">Versi Anda</p>
                <p className="text-sm whitespace-pre-line" data-versi="saya">{r.mine || "—"}</p>
              </div>
              <div className="rounded border border-slate-300 bg-white p-2">
                <p className="text-xs font-semibold text-slate-700">Versi mereka</p>
                <p className="text-sm whitespace-pre-line" data-versi="mereka">{r.theirs || "—"}</p>
              </div>
            </div>
          )}
        </div>
      ))}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="timpa" value={conflict.version} disabled={pending} className="rounded bg-slate-800 px-4 py-2 font-semibold text-white disabled:opacity-60">
          Pakai versi saya
        </button>
        <Link href={`/admin/berita/${articleId}`} prefetch={false} className="rounded border border-slate-500 bg-white px-4 py-2 font-semibold">
          Pakai versi mereka
        </Link>
      </div>
      <p className="text-xs text-slate-700">
        “Pakai versi saya” menyimpan isian Anda di atas versi mereka; versi mereka tetap ada di Riwayat revisi. Untuk menggabungkan, salin bagian dari versi mereka
        ke formulir, lalu pakai versi Anda.
      </p>
    </section>
  );
}
