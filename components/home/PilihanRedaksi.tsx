import type { ArticleCard as ArticleCardData } from "@/db/queries/articles";
import { ArticleCard } from "@/components/shared/ArticleCard";

type Props = { articles: ArticleCardData[] };

/** The editors' own picks (Atur Beranda), as a block of its own; nothing at all when there are none. */
export function PilihanRedaksi({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="pilihan-redaksi-judul" className="mt-10 rounded bg-slate-100 p-4">
      <h2 id="pilihan-redaksi-judul" className="mb-4 border-b-2 border-brand pb-1 text-lg font-black uppercase">
        Pilihan Redaksi
      </h2>
      <ul className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
        {articles.map((a) => (
          <li key={a.id} className="min-w-0">
            <ArticleCard article={a} />
          </li>
        ))}
      </ul>
    </section>
  );
}
