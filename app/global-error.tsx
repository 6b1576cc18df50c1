"use client";

import "./globals.css";

// Replaces the root layout when that fails, so it brings its own <html> and <body>.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="id">
      <body className="bg-white font-sans text-slate-900 antialiased">
        <main className="mx-auto max-w-xl px-4 py-16">
          <h1 className="font-serif text-3xl font-bold">Terjadi kesalahan</h1>
          <p className="mt-3 text-slate-700">Maaf, halaman ini gagal dimuat. Silakan coba lagi sebentar lagi.</p>
          {error.digest && (
            <p className="mt-2 text-sm text-slate-600">
              Kode galat: <span data-part="kode-galat">{error.digest}</span>
            </p>
          )}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload, the app shell is what failed */}
          <a href="/" className="mt-6 inline-block font-semibold text-brand underline">
            Kembali ke beranda
          </a>
        </main>
      </body>
    </html>
  );
}
