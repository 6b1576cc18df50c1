import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { DailyColumnChart } from "@/components/admin/DailyColumnChart";
import { HorizontalBarChart } from "@/components/admin/HorizontalBarChart";
import { getStatistik } from "@/db/queries/readership";
import { formatViews, STATISTIK_DAYS } from "@/lib/readership";
import { formatWibLongDate, parseWibDateKey } from "@/lib/wib";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Statistik" };

type Row = { key: string; label: string; href?: string; views: number };

/** The figures of one chart, as a table a screen reader (and anyone copying numbers) can read. */
function FigureTable({ caption, heading, rows }: { caption: string; heading: string; rows: Row[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left text-xs font-semibold text-slate-700">{caption}</caption>
      <thead className="bg-slate-100">
        <tr>
          <th scope="col" className="px-2 py-1">
            {heading}
          </th>
          <th scope="col" className="px-2 py-1 text-right">
            Tayangan
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-t border-slate-200">
            <th scope="row" className="px-2 py-1 font-normal">
              {r.href ? (
                <Link href={r.href} className="hover:underline">
                  {r.label}
                </Link>
              ) : (
                r.label
              )}
            </th>
            <td className="px-2 py-1 text-right tabular-nums">{formatViews(r.views)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A chart and its table side by side on a wide screen, one under the other on a phone. */
function Section({ id, title, chart, table }: { id: string; title: string; chart: ReactNode; table: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 rounded border border-slate-300 bg-white p-4">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      <div className="mt-3 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div>{chart}</div>
        <div className="overflow-x-auto">{table}</div>
      </div>
    </section>
  );
}

export default async function StatistikPage() {
  await requireUser("editor", "/admin/statistik");
  const s = await getStatistik();
  const [first, last] = [parseWibDateKey(s.days[0].day)!.start, parseWibDateKey(s.days.at(-1)!.day)!.start];
  const range = `${formatWibLongDate(first)} – ${formatWibLongDate(last)}`;
  const empty = s.total === 0;
  const stories = s.topStories.map((r) => ({ key: String(r.id), label: r.label, href: `/admin/berita/${r.id}`, views: r.views }));
  const kanal = s.byKanal.map((r) => ({ key: String(r.id), label: r.label, views: r.views }));
  const reporters = s.byReporter.map((r) => ({ key: String(r.id ?? "tanpa"), label: r.label, views: r.views }));
  const days = s.days.map((d) => ({ key: d.day, label: formatWibLongDate(parseWibDateKey(d.day)!.start), views: d.views }));

  return (
    <>
      <h1 className="text-2xl font-bold">Statistik</h1>
      <p className="mt-2 text-sm text-slate-700">
        Tayangan {STATISTIK_DAYS} hari terakhir (WIB): {range}. Total{" "}
        <strong data-stat="total">{formatViews(s.total)}</strong> tayangan. Angka berasal dari hitungan tayangan Warta sendiri, tanpa cookie dan
        tanpa pihak ketiga; hari ini masih berjalan.
      </p>
      {empty && <p className="mt-4 rounded border border-slate-300 bg-white px-4 py-3 text-sm">Belum ada tayangan dalam {STATISTIK_DAYS} hari terakhir.</p>}
      <Section
        id="stat-hari"
        title="Tayangan per hari"
        chart={<DailyColumnChart id="grafik-hari" title={`Tayangan per hari, ${range}`} days={s.days} />}
        table={<FigureTable caption="Tayangan per hari" heading="Tanggal" rows={[...days].reverse()} />}
      />
      <Section
        id="stat-berita"
        title="Berita terpopuler"
        chart={<HorizontalBarChart id="grafik-berita" title={`${stories.length} berita dengan tayangan terbanyak`} items={stories.map((r) => ({ label: r.label, value: r.views }))} />}
        table={<FigureTable caption="Berita terpopuler" heading="Berita" rows={stories} />}
      />
      <Section
        id="stat-kanal"
        title="Tayangan per kanal"
        chart={<HorizontalBarChart id="grafik-kanal" title="Tayangan per kanal" items={kanal.map((r) => ({ label: r.label, value: r.views }))} />}
        table={<FigureTable caption="Tayangan per kanal" heading="Kanal" rows={kanal} />}
      />
      <Section
        id="stat-reporter"
        title="Tayangan per reporter"
        chart={<HorizontalBarChart id="grafik-reporter" title="Tayangan per reporter" items={reporters.map((r) => ({ label: r.label, value: r.views }))} />}
        table={<FigureTable caption="Tayangan per reporter" heading="Reporter" rows={reporters} />}
      />
    </>
  );
}
