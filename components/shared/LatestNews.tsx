import type { ArticleCard } from "@/db/queries/articles";
import { ArticleList } from "./ArticleList";

type Props = { articles: ArticleCard[]; headingId: string };

/** "Berita Terkini": where a page with nothing to show (404, no search results) sends the reader on. */
export function LatestNews({ articles, headingId }: Props) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="mb-4 border-b-2 border-brand pb-1 text-lg font-black uppercase">
        Berita Terkini
      </h2>
      <ArticleList articles={articles} as="h3" />
    </section>
  );
}
