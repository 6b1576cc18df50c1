import { LatestNews } from "@/components/shared/LatestNews";
import type { ArticleCard } from "@/db/queries/articles";

/** The reader's 404 in Indonesian, with the latest news to carry on from. */
type Props = { latest: ArticleCard[] };

export function NotFoundNotice({ latest }: Props) {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-bold uppercase tracking-wide text-brand">Galat 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Halaman tidak ditemukan</h1>
      <p className="mt-3 text-slate-700">
        Berita atau halaman yang Anda cari tidak ada, belum terbit, atau sudah dipindahkan. Periksa kembali alamatnya, atau
        lanjutkan membaca dari{" "}
        <a href="/" className="font-semibold text-brand underline">
          beranda
        </a>
        .
      </p>
      <LatestNews articles={latest} headingId="nf-terkini" />
    </div>
  );
}
