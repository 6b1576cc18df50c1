import { IndeksDateForm } from "@/components/indeks/IndeksDateForm";
import { wibDateKey } from "@/lib/wib";

/** What the news index shows for a date or page it does not have: what was wrong, and the date picker. */
export function IndeksNotFoundNotice() {
  const today = wibDateKey(new Date());
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-bold uppercase tracking-wide text-brand">Galat 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Tanggal indeks tidak valid</h1>
      <p className="mt-3 text-slate-700">
        Indeks Berita hanya tersedia untuk tanggal yang benar (format TTTT-BB-HH, misalnya {today}) dan tidak lebih dari hari
        ini, dengan nomor halaman yang ada. Pilih tanggal lain:
      </p>
      <IndeksDateForm value={today} max={today} />
    </div>
  );
}
