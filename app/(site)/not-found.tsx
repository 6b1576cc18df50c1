import { connection } from "next/server";
import Link from "next/link";
import { ArticleList } from "@/components/shared/ArticleList";
import { getLatestArticles } from "@/db/queries/articles";

export default async function SiteNotFound() {
  await connection();
  const latest = await getLatestArticles({ limit: 5 });
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-bold uppercase tracking-wide text-brand">Galat 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Halaman tidak ditemukan</h1>
      <p className="mt-3 text-slate-700">
        Berita atau halaman yang Anda cari tidak ada, belum terbit, atau sudah dipindahkan. Periksa kembali alamatnya, atau
        lanjutkan membaca dari{" "}
        <Link href="/" className="font-semibold text-brand underline">
          beranda
        </Link>
        .
      </p>
      {latest.length > 0 && (
        <section aria-labelledby="nf-terkini" className="mt-10">
          <h2 id="nf-terkini" className="mb-4 border-b-2 border-brand pb-1 text-lg font-black uppercase">
            Berita Terkini
          </h2>
          <ArticleList articles={latest} as="h3" />
        </section>
      )}
    </div>
  );
}
