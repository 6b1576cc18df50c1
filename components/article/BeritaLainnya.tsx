import type { ArticleCard as ArticleCardData } from "@/db/queries/articles";
import { ArticleCard } from "@/components/shared/ArticleCard";

type Props = { articles: ArticleCardData[] };

export function BeritaLainnya({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="berita-lainnya-judul" className="mt-10" data-block="berita-lainnya">
      <h2 id="berita-lainnya-judul" className="border-b-2 border-brand pb-1 text-lg font-black uppercase">
        Berita Lainnya
      </h2>
      <ul className="mt-4 grid gap-5 sm:grid-cols-2">
        {articles.map((a) => (
          <li key={a.id}>
            <ArticleCard article={a} />
          </li>
        ))}
      </ul>
    </section>
  );
}
