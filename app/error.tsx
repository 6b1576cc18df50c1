"use client";

import Link from "next/link";

// When the reader layout itself fails (its kanal bar needs the database), app/(site)/error.tsx
// cannot help: this page stands alone, without anything that reads the database.
export default function RootError({ error }: { error: Error & { digest?: string } }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Terjadi kesalahan</h1>
      <p className="mt-3 text-slate-700">Maaf, halaman ini gagal dimuat. Silakan coba lagi sebentar lagi.</p>
      {error.digest && (
        <p className="mt-2 text-sm text-slate-600">
          Kode galat: <span data-part="kode-galat">{error.digest}</span>
        </p>
      )}
      {/* A plain link: a full reload retries the layout too. */}
      <Link href="/" prefetch={false} className="mt-6 inline-block font-semibold text-brand underline">
        Kembali ke beranda
      </Link>
    </main>
  );
}
