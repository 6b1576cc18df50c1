type Props = {
  /** header: compact, in every page's header; page: the large form on /cari. */
  variant: "header" | "page";
  defaultValue?: string;
};

/** A plain GET form to /cari: search works without JavaScript. */
export function SearchForm({ variant, defaultValue = "" }: Props) {
  const id = variant === "header" ? "cari-header" : "cari-halaman";
  const large = variant === "page";
  return (
    <form
      action="/cari"
      method="get"
      role="search"
      aria-label={large ? "Pencarian" : "Cari berita"}
      className={`flex min-w-0 ${large ? "mt-4 w-full max-w-xl" : "w-full max-w-xs"}`}
    >
      <label htmlFor={id} className="sr-only">
        Kata kunci
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Cari berita…"
        maxLength={200}
        className={`min-w-0 flex-1 rounded-l border border-r-0 border-slate-400 px-3 placeholder:text-slate-500 ${large ? "py-2.5 text-base" : "py-1.5 text-sm"}`}
      />
      <button type="submit" className={`rounded-r bg-brand px-4 font-semibold text-white hover:bg-brand-dark ${large ? "py-2.5" : "py-1.5 text-sm"}`}>
        Cari
      </button>
    </form>
  );
}
