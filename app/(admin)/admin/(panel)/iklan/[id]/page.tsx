import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteAdAction, setAdPausedAction } from "@/app/(admin)/admin/_actions/ads";
import { AdForm } from "@/components/admin/AdForm";
import { ConfirmDeleteForm } from "@/components/admin/ConfirmDeleteForm";
import { FormMessage } from "@/components/admin/FormMessage";
import { getAdCreativeForEdit, getAdDailyStats } from "@/db/queries/ad-desk";
import { getKanalOptions } from "@/db/queries/admin";
import { AD_SLOT_LABELS, AD_STATE_LABELS, adState, formatCount, formatCtr, statsByDay, statsWindowStart } from "@/lib/ad-desk";
import { creativeToFormValues } from "@/lib/ad-form";
import { AD_SLOT_SIZES, adSizeText } from "@/lib/ads/slots";
import { requireUser } from "@/server/session";
import { formatWibLongDate, parseWibDateKey } from "@/lib/wib";

const STATS_DAYS = 30;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function EditAdPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser("admin", `/admin/iklan/${id}`);
  const creative = /^\d+$/.test(id) ? await getAdCreativeForEdit(Number(id)) : null;
  if (!creative) notFound();
  const sp = await searchParams;
  const now = new Date();
  const [kanal, stats] = await Promise.all([getKanalOptions(), getAdDailyStats(creative.id, statsWindowStart(now, STATS_DAYS))]);
  const days = statsByDay(stats, now, STATS_DAYS);
  const total = days.reduce((t, d) => ({ impressions: t.impressions + d.impressions, clicks: t.clicks + d.clicks }), { impressions: 0, clicks: 0 });
  const state = adState(creative, now);
  const sizes = AD_SLOT_SIZES[creative.slot];
  // The preview frames are as wide as a screen at each breakpoint, so the reader's own CSS picks the box and picture.
  const frames = [
    { label: `Desktop ${sizes.desktop.width}×${sizes.desktop.height}`, width: Math.max(768, sizes.desktop.width + 40), height: sizes.desktop.height + 44 },
    ...(sizes.phone ? [{ label: `Ponsel ${sizes.phone.width}×${sizes.phone.height}`, width: 360, height: sizes.phone.height + 44 }] : []),
  ];

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/iklan" className="font-semibold text-brand underline">
          ← Daftar iklan
        </Link>
      </p>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Sunting iklan</h1>
        <div className="flex items-center gap-3 text-sm">
          <span>
            {AD_STATE_LABELS[state]} · {AD_SLOT_LABELS[creative.slot]} {adSizeText(creative.slot)}
          </span>
          <form action={setAdPausedAction}>
            <input type="hidden" name="id" value={creative.id} />
            <input type="hidden" name="kembali" value="sunting" />
            <button name="dijeda" value={creative.paused ? "0" : "1"} className="rounded border border-slate-500 px-3 py-1.5 font-semibold">
              {creative.paused ? "Lanjutkan" : "Jeda"}
            </button>
          </form>
        </div>
      </div>
      {sp.tersimpan && <div className="mb-4"><FormMessage tone="ok" message="Iklan disimpan." /></div>}
      {sp.dijeda && <div className="mb-4"><FormMessage tone="ok" message="Iklan dijeda; tidak tampil lagi di situs." /></div>}
      {sp.dilanjutkan && <div className="mb-4"><FormMessage tone="ok" message="Iklan dilanjutkan." /></div>}
      {sp.galat && <div className="mb-4"><FormMessage message="Anda tidak berwenang melakukan itu." /></div>}

      <section aria-labelledby="pratinjau-judul" className="mb-10">
        <h2 id="pratinjau-judul" className="text-lg font-bold">
          Pratinjau di slot
        </h2>
        <p className="mb-3 text-sm text-slate-700">Seperti yang dilihat pembaca, pada ukuran slot yang tepat. Klik di pratinjau tidak dihitung.</p>
        <div className="flex flex-wrap items-start gap-6">
          {frames.map((f) => (
            <figure key={f.label} className="max-w-full">
              <iframe
                src={`/admin/pratinjau-iklan/${creative.id}?v=${creative.updatedAt.getTime()}`}
                title={`Pratinjau ${f.label}`}
                width={f.width}
                height={f.height}
                className="max-w-full rounded border border-slate-300 bg-white"
              />
              <figcaption className="mt-1 text-xs text-slate-600">{f.label}</figcaption>
            </figure>
          ))}
        </div>
      </section>

      <AdForm
        creativeId={creative.id}
        initial={creativeToFormValues(creative)}
        kanal={kanal}
        stored={{ image: !!creative.image, mobileImage: !!creative.mobileImage }}
      />

      <section aria-labelledby="statistik-judul" className="mt-10">
        <h2 id="statistik-judul" className="text-lg font-bold">
          Tayang dan klik per hari
        </h2>
        <p className="text-sm text-slate-700">
          {STATS_DAYS} hari terakhir (WIB). Tayang dihitung saat minimal separuh iklan terlihat selama 1 detik.
        </p>
        <div className="mt-3 max-w-2xl overflow-x-auto rounded border border-slate-300 bg-white">
          <table className="w-full text-left text-sm" aria-labelledby="statistik-judul">
            <thead className="bg-slate-100">
              <tr>
                <th className="px-3 py-2">Tanggal</th>
                <th className="px-3 py-2 text-right">Tayang</th>
                <th className="px-3 py-2 text-right">Klik</th>
                <th className="px-3 py-2 text-right">CTR</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day} className="border-t border-slate-200" data-day={d.day}>
                  <td className="px-3 py-1.5">{formatWibLongDate(parseWibDateKey(d.day)!.start)}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{formatCount(d.impressions)}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{formatCount(d.clicks)}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{formatCtr(d.impressions, d.clicks)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300 font-semibold">
              <tr>
                <th scope="row" className="px-3 py-2">
                  Jumlah {STATS_DAYS} hari
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(total.impressions)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(total.clicks)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatCtr(total.impressions, total.clicks)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <section aria-labelledby="hapus-judul" className="mt-10 max-w-2xl rounded border border-red-300 bg-white p-4">
        <h2 id="hapus-judul" className="text-lg font-bold text-red-800">
          Hapus iklan
        </h2>
        <p className="mb-3 text-sm text-slate-700">Menghapus juga menghapus hitungan tayang dan kliknya. Untuk berhenti sementara, pakai “Jeda”.</p>
        <ConfirmDeleteForm action={deleteAdAction} id={creative.id} label="Ketik HAPUS untuk menghapus iklan beserta hitungannya" button="Hapus iklan" />
      </section>
    </>
  );
}
