import type { ArticlePage } from "@/db/queries/articles";
import { authorPath } from "@/lib/urls";
import { formatWibDateLine, toWibIso } from "@/lib/wib";
import { LiveBadge } from "@/components/shared/LiveBadge";

type Props = {
  article: Pick<ArticlePage, "title" | "publishedAt" | "updatedAt" | "reporter" | "editor">;
  /** Its live report runs: the LANGSUNG badge leads the date line. */
  live?: boolean;
};

// Saves within a minute of publishing are part of publishing, not a correction.
const EDIT_GRACE_MS = 60_000;

// Underlined, not only bold: a link inside a line of text must not be told apart by weight alone.
const personLink = "font-semibold underline decoration-slate-300 underline-offset-2 hover:decoration-brand";

/** Date line, headline and "Rep: …/ Red: …" byline, in the order Indonesian portals print them. */
export function ArticleHeader({ article, live }: Props) {
  return (
    <header>
      <p className="text-sm text-slate-600" data-part="dateline">
        {live && <LiveBadge />}
        <time dateTime={toWibIso(article.publishedAt)}>{formatWibDateLine(article.publishedAt)}</time>
      </p>
      {article.updatedAt.getTime() - article.publishedAt.getTime() > EDIT_GRACE_MS && (
        <p className="text-sm text-slate-600" data-part="updated">
          Diperbarui <time dateTime={toWibIso(article.updatedAt)}>{formatWibDateLine(article.updatedAt)}</time>
        </p>
      )}
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
      {(article.reporter || article.editor) && (
        <p className="mt-3 text-sm text-slate-700" data-part="byline">
          {article.reporter && (
            <>
              Rep:{" "}
              <a href={authorPath(article.reporter.slug)} rel="author" className={personLink}>
                {article.reporter.name}
              </a>
            </>
          )}
          {article.reporter && article.editor && "/ "}
          {article.editor && (
            <>
              Red:{" "}
              <a href={authorPath(article.editor.slug)} className={personLink}>
                {article.editor.name}
              </a>
            </>
          )}
        </p>
      )}
    </header>
  );
}
