import { ArticleTime } from "@/components/shared/ArticleTime";
import type { SearchHit } from "@/db/queries/search";
import { splitHighlights } from "@/lib/highlight";
import { articlePath, kanalPath } from "@/lib/urls";

// Matches become <mark> elements and everything else text nodes, so React escapes the article
// text and no markup from the index can reach the page.
function Highlighted({ marked }: { marked: string }) {
  return splitHighlights(marked).map((part, i) =>
    part.hit ? (
      <mark key={i} className="bg-yellow-200 px-0.5 text-inherit">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

type Props = { hit: SearchHit };

/** One search result: kanal, headline and a passage, with the matched words highlighted. */
export function SearchResult({ hit }: Props) {
  return (
    <article data-result={hit.publicId}>
      <a href={kanalPath(hit.kanal.slug)} className="text-xs font-bold uppercase tracking-wide text-brand hover:underline">
        {hit.kanal.name}
      </a>
      <h2 className="font-serif text-lg font-bold leading-snug sm:text-xl">
        <a href={articlePath(hit)} className="hover:underline">
          <Highlighted marked={hit.titleMarked || hit.title} />
        </a>
      </h2>
      <p className="mt-1 text-sm text-slate-700" data-part="snippet">
        <Highlighted marked={hit.snippetMarked} />
      </p>
      <ArticleTime date={hit.publishedAt} className="mt-1 block" />
    </article>
  );
}
