/**
 * What every error page says. The code is the error's digest, the same one the server log line
 * carries (docs/operations.md, "Logs"), so a reader's report can be matched to its cause. No hooks and no
 * database: the error boundaries that use it are client components, and some stand in for a
 * layout that failed.
 */
export function ErrorNotice({ digest }: { digest?: string }) {
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Terjadi kesalahan</h1>
      <p className="mt-3 text-slate-700">Maaf, halaman ini gagal dimuat. Silakan coba lagi sebentar lagi.</p>
      {digest && (
        <p className="mt-2 text-sm text-slate-600">
          Kode galat: <span data-part="kode-galat">{digest}</span>
        </p>
      )}
    </>
  );
}
