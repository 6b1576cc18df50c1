import type { ArticleCard } from "@/db/queries/articles";
import { articlePath } from "@/lib/urls";

type Props = { articles: ArticleCard[] };

/** The "read also" box set between paragraphs. */
export function BacaJuga({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <aside aria-labelledby="baca-juga-judul" className="my-6 border-l-4 border-brand bg-slate-50 px-4 py-3" data-block="baca-juga">
      <h2 id="baca-juga-judul" className="text-sm font-black uppercase tracking-wide text-brand">
        Baca Juga
      </h2>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        {articles.map((a) => (
          <li key={a.id}>
            <a href={articlePath(a)} className="font-semibold leading-snug hover:underline">
              {a.title}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
