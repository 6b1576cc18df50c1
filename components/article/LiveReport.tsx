import type { ReaderLiveReport } from "@/server/live";
import { keyEvents, LIVE_ANCHOR, orderUpdates, updateAnchor } from "@/lib/live";
import { type LiveStory, renderLiveUpdate } from "@/lib/live-html";
import { formatWibShort, formatWibTime, toWibIso } from "@/lib/wib";

type Props = {
  report: ReaderLiveReport;
  /** The story: each update links to, and shares, its anchor on it. */
  story: LiveStory;
  publicId: string;
};

/**
 * "Laporan langsung" on the story page: its state, the "Poin penting" list linking into the
 * updates, and the updates, the pinned one on top, then newest first. While the report runs the
 * section carries what warta.js polls with (data-live, data-live-latest) and a slot of fixed height
 * for its "N pembaruan baru" button, so the button appears without moving anything.
 */
export function LiveReport({ report, story, publicId }: Props) {
  const running = !report.endedAt;
  const keys = keyEvents(report.updates);
  const latest = report.updates.reduce((max, u) => Math.max(max, u.id), 0);
  return (
    <section
      id={LIVE_ANCHOR}
      aria-labelledby="laporan-langsung-judul"
      className="mt-6"
      {...(running ? { "data-live": publicId, "data-live-latest": latest } : {})}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-red-700 pb-2">
        <h2 id="laporan-langsung-judul" className="font-serif text-2xl font-bold">
          Laporan langsung
        </h2>
        <p className="text-sm text-slate-700">
          {running ? "Berlangsung sejak " : "Berakhir "}
          <time dateTime={toWibIso(report.endedAt ?? report.startedAt)}>{formatWibShort(report.endedAt ?? report.startedAt)}</time>
        </p>
      </div>
      {keys.length > 0 && (
        <nav aria-labelledby="poin-penting-judul" className="mt-4 rounded border border-slate-300 bg-slate-50 p-4">
          <h3 id="poin-penting-judul" className="font-bold">
            Poin penting
          </h3>
          <ul className="mt-2 space-y-1.5 text-base">
            {keys.map((k) => (
              <li key={k.id}>
                <time dateTime={toWibIso(k.createdAt)} className="mr-2 text-sm text-slate-600">
                  {formatWibTime(k.createdAt)}
                </time>
                <a href={`#${updateAnchor(k.id)}`} className="font-semibold underline underline-offset-2">
                  {k.keyTitle}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {running && (
        <div data-live-new="" aria-live="polite" className="mt-4 flex h-11 items-center text-sm text-slate-600">
          <p>Muat ulang halaman untuk melihat pembaruan terbaru.</p>
        </div>
      )}
      {report.updates.length === 0 && <p className="mt-4 text-slate-700">Belum ada pembaruan.</p>}
      {/* Always there while live: warta.js puts new updates into it. */}
      <ol data-live-list="" className="mt-2" dangerouslySetInnerHTML={{ __html: orderUpdates(report.updates).map((u) => renderLiveUpdate(u, story)).join("") }} />
      <p className="mt-4 text-sm">
        <a href={`/rss/langsung/${publicId}`} className="underline underline-offset-2">
          RSS laporan langsung ini
        </a>
      </p>
    </section>
  );
}
