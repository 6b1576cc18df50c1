import Link from "next/link";

// Fallback for paths outside the reader site; reader 404s use app/(site)/not-found.tsx.
export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Halaman tidak ditemukan</h1>
      <p className="mt-3 text-slate-600">Alamat yang Anda buka tidak ada atau sudah dipindahkan.</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand underline">
        Kembali ke beranda
      </Link>
    </main>
  );
}
