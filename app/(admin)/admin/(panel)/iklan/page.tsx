import Link from "next/link";
import { setAdPausedAction } from "@/app/(admin)/admin/_actions/ads";
import { FormMessage } from "@/components/admin/FormMessage";
import { getAdCreativesForDesk } from "@/db/queries/ad-desk";
import { getSiteSettings } from "@/db/queries/settings";
import { AD_SLOT_LABELS, AD_STATE_LABELS, adState, formatCount, formatCtr } from "@/lib/ad-desk";
import { adSizeText } from "@/lib/ads/slots";
import { requireUser } from "@/server/session";
import { formatWibShort } from "@/lib/wib";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const STATE_STYLE = {
  aktif: "bg-green-100 text-green-900",
  dijadwalkan: "bg-sky-100 text-sky-900",
  berakhir: "bg-slate-200 text-slate-800",
  dijeda: "bg-amber-100 text-amber-900",
} as const;

export default async function AdDeskPage({ searchParams }: Props) {
  await requireUser("admin", "/admin/iklan");
  const sp = await searchParams;
  const [creatives, settings] = await Promise.all([getAdCreativesForDesk(), getSiteSettings()]);
  const now = new Date();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Iklan</h1>
        <div className="flex flex-wrap gap-3">
          <Link href="/admin/iklan/pengaturan" className="rounded border border-slate-500 px-4 py-2 font-semibold">
            Pengaturan iklan
          </Link>
          <Link href="/admin/iklan/baru" className="rounded bg-brand px-4 py-2 font-semibold text-white">
            Iklan baru
          </Link>
        </div>
      </div>
      {!settings.adsEnabled && (
        <div className="mt-4">
          <FormMessage message="Semua iklan sedang dimatikan di Pengaturan iklan: tidak ada iklan yang tampil di situs." />
        </div>
      )}
      {sp.dihapus && <div className="mt-4"><FormMessage tone="ok" message="Iklan dihapus." /></div>}
      {sp.dijeda && <div className="mt-4"><FormMessage tone="ok" message="Iklan dijeda; tidak tampil lagi di situs." /></div>}
      {sp.dilanjutkan && <div className="mt-4"><FormMessage tone="ok" message="Iklan dilanjutkan." /></div>}
      {sp.galat && <div className="mt-4"><FormMessage message={sp.galat === "wewenang" ? "Anda tidak berwenang melakukan itu." : "Perubahan tidak dapat disimpan."} /></div>}
      <p className="mt-4 text-sm text-slate-600">{creatives.length} iklan · jumlah tayang dan klik sepanjang masa</p>
      {/* relative: the sr-only "Tindakan" header is absolutely positioned; without a positioned box it
          escapes the scrolling box and widens the whole page on a phone, which then pans sideways. */}
      <div className="mt-2 relative overflow-x-auto rounded border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th className="px-3 py-2">Iklan</th>
              <th className="px-3 py-2">Slot</th>
              <th className="px-3 py-2">Status</th>
              <th className="px-3 py-2">Jadwal (WIB)</th>
              <th className="px-3 py-2 text-right">Bobot</th>
              <th className="px-3 py-2">Target</th>
              <th className="px-3 py-2 text-right">Tayang</th>
              <th className="px-3 py-2 text-right">Klik</th>
              <th className="px-3 py-2 text-right">CTR</th>
              <th className="px-3 py-2"><span className="sr-only">Tindakan</span></th>
            </tr>
          </thead>
          <tbody>
            {creatives.map((c) => {
              const state = adState(c, now);
              return (
                <tr key={c.id} className="border-t border-slate-200 align-top" data-creative={c.id}>
                  <td className="px-3 py-2">
                    <Link href={`/admin/iklan/${c.id}`} className="font-semibold hover:underline">
                      {c.name}
                    </Link>
                    <span className="block text-xs text-slate-600">{c.kind === "html" ? "Kode HTML" : "Gambar"}</span>
                  </td>
                  <td className="px-3 py-2">
                    {AD_SLOT_LABELS[c.slot]}
                    <span className="block text-xs whitespace-nowrap text-slate-600">{adSizeText(c.slot)}</span>
                  </td>
                  <td className="px-3 py-2">
                    <span className={`rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${STATE_STYLE[state]}`}>{AD_STATE_LABELS[state]}</span>
                  </td>
                  <td className="px-3 py-2 text-xs whitespace-nowrap">
                    {formatWibShort(c.startsAt)}
                    <br />– {formatWibShort(c.endsAt)}
                  </td>
                  <td className="px-3 py-2 text-right">{c.weight}</td>
                  <td className="px-3 py-2">{c.kanalNames.length ? c.kanalNames.join(", ") : "Semua halaman"}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatCount(c.impressions)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatCount(c.clicks)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatCtr(c.impressions, c.clicks)}</td>
                  <td className="px-3 py-2">
                    <form action={setAdPausedAction}>
                      <input type="hidden" name="id" value={c.id} />
                      <button name="dijeda" value={c.paused ? "0" : "1"} className="rounded border border-slate-500 px-2 py-1 font-semibold whitespace-nowrap" aria-label={`${c.paused ? "Lanjutkan" : "Jeda"} ${c.name}`}>
                        {c.paused ? "Lanjutkan" : "Jeda"}
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {creatives.length === 0 && <p className="mt-4 text-slate-700">Belum ada iklan. Buat yang pertama dengan “Iklan baru”.</p>}
    </>
  );
}
