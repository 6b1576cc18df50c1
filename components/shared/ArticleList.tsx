import type { ArticleCard as ArticleCardData } from "@/db/queries/articles";
import { ArticleCard } from "./ArticleCard";

type Props = { articles: ArticleCardData[]; showKanal?: boolean; as?: "h2" | "h3" };

export function ArticleList({ articles, showKanal = true, as = "h3" }: Props) {
  return (
    <ul className="divide-y divide-slate-200">
      {articles.map((a) => (
        <li key={a.id} className="py-4 first:pt-0">
          <ArticleCard article={a} showKanal={showKanal} as={as} />
        </li>
      ))}
    </ul>
  );
}
