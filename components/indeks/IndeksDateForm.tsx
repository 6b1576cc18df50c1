import { INDEKS_FIRST_DAY } from "@/lib/indeks";

type Props = {
  /** The day shown, as YYYY-MM-DD. */
  value: string;
  /** Today in WIB: later days have no news yet. */
  max: string;
};

/** The news index's date picker: a native date input in a GET form, so it needs no JavaScript. */
export function IndeksDateForm({ value, max }: Props) {
  return (
    <form action="/indeks" method="get" className="mt-4 flex flex-wrap items-end gap-2" aria-label="Pilih tanggal indeks">
      <div>
        <label htmlFor="indeks-tanggal" className="block text-sm font-semibold text-slate-700">
          Tanggal
        </label>
        <input
          id="indeks-tanggal"
          type="date"
          name="tanggal"
          defaultValue={value}
          min={INDEKS_FIRST_DAY}
          max={max}
          required
          className="mt-1 rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        Tampilkan
      </button>
    </form>
  );
}
