import Link from "next/link";
import type { LiveReport } from "@/db/queries/live";
import { htmlToText } from "@/lib/html";
import { LIVE_ANCHOR, orderUpdates } from "@/lib/live";
import { formatWibDateLine } from "@/lib/wib";
import { FormMessage } from "./FormMessage";
import { LiveActionButtons } from "./LiveActionButtons";
import { LiveUpdateForm } from "./LiveUpdateForm";

type Props = {
  articleId: number;
  /** Null while the story never had a live report. */
  report: LiveReport | null;
  /** The user may edit the story, and so run its live report. */
  canEdit: boolean;
  /** `langsung` from the address after a write. */
  done?: string;
};

const DONE: Record<string, string> = {
  dimulai: "Laporan langsung dimulai: berita ini kini berlabel LANGSUNG.",
  diakhiri: "Laporan langsung diakhiri; label LANGSUNG tidak tampil lagi.",
  terkirim: "Pembaruan terkirim dan tampil di berita.",
  disimpan: "Perubahan pembaruan disimpan.",
  dihapus: "Pembaruan dihapus.",
  disematkan: "Pembaruan disematkan di atas.",
  dilepas: "Sematan dilepas.",
};

/**
 * "Laporan langsung" on the edit page: start the report, post updates, and for each update pin,
 * edit or delete it; then end the report. The updates list is in the reader's order.
 */
export function LiveReportSection({ articleId, report, canEdit, done }: Props) {
  const running = !!report && !report.endedAt;
  return (
    <section id={LIVE_ANCHOR} aria-labelledby="langsung-judul" className="mt-10 rounded border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="langsung-judul" className="text-lg font-bold">
          Laporan langsung
        </h2>
        {canEdit && (!report || running) && <LiveActionButtons articleId={articleId} live={running} />}
      </div>
      {done && DONE[done] && <div className="mt-3"><FormMessage tone="ok" message={DONE[done]} /></div>}
      {!report && <p className="mt-2 text-sm text-slate-700">Untuk peristiwa yang terus berkembang: pembaruan tampil di berita, terbaru di atas, dengan label LANGSUNG.</p>}
      {report && (
        <p className="mt-2 text-sm text-slate-700">
          Dimulai {formatWibDateLine(report.startedAt)}
          {report.endedAt ? ` · diakhiri ${formatWibDateLine(report.endedAt)}` : " · sedang berlangsung"} · {report.updates.length} pembaruan
        </p>
      )}
      {running && canEdit && (
        <div className="mt-4 rounded border border-slate-200 p-3">
          <LiveUpdateForm articleId={articleId} />
        </div>
      )}
      {report && report.updates.length > 0 && (
        <ol className="mt-4 divide-y divide-slate-200 rounded border border-slate-200">
          {orderUpdates(report.updates).map((u) => {
            const label = `pukul ${formatWibDateLine(u.createdAt)}`;
            return (
              <li key={u.id} className="space-y-2 px-3 py-3 text-sm" data-live-update={u.id}>
                <p className="text-slate-700">
                  {u.pinned && <strong className="mr-2 text-brand">Disematkan</strong>}
                  {formatWibDateLine(u.createdAt)} · {u.author ?? "—"}
                </p>
                {u.keyTitle && <p className="font-semibold">Poin penting: {u.keyTitle}</p>}
                <p className="whitespace-pre-line">{htmlToText(u.body)}</p>
                {canEdit && (
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/admin/berita/${articleId}/langsung/${u.id}`} className="rounded border border-slate-500 px-3 py-1 text-sm font-semibold">
                      Sunting<span className="sr-only"> pembaruan {label}</span>
                    </Link>
                    <LiveActionButtons update={{ id: u.id, pinned: u.pinned, label }} />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {report?.endedAt && canEdit && (
        <div className="mt-4">
          <p className="mb-2 text-sm text-slate-700">Laporan sudah diakhiri. Mulai lagi untuk menambah pembaruan.</p>
          <LiveActionButtons articleId={articleId} live={false} />
        </div>
      )}
    </section>
  );
}
