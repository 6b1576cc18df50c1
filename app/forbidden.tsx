import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Akses ditolak</h1>
      <p className="mt-3 text-slate-600">Peran Anda tidak mengizinkan membuka halaman ini.</p>
      <Link href="/admin" className="mt-6 inline-block font-semibold text-brand underline">
        Kembali ke daftar berita
      </Link>
    </main>
  );
}
