"use client";

// Error boundaries must be client components; this one only adds a retry button.
// The code is the error's digest, the same one the server log line carries (README "Logs"),
// so a reader's report can be matched to its cause.
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <h1 className="font-serif text-3xl font-bold">Terjadi kesalahan</h1>
      <p className="mt-3 text-slate-700">Maaf, halaman ini gagal dimuat. Silakan coba lagi sebentar lagi.</p>
      {error.digest && (
        <p className="mt-2 text-sm text-slate-600">
          Kode galat: <span data-part="kode-galat">{error.digest}</span>
        </p>
      )}
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-4 py-2 font-semibold text-white">
        Coba lagi
      </button>
    </div>
  );
}
