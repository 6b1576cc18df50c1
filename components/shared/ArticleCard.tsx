import type { ArticleCard as ArticleCardData } from "@/db/queries/articles";
import { articlePath, kanalPath } from "@/lib/urls";
import { ArticleImage } from "./ArticleImage";
import { ArticleTime } from "./ArticleTime";
import { LiveBadge } from "./LiveBadge";

type Props = {
  article: ArticleCardData;
  /** lead: the big story on top; row: thumbnail beside the title; compact: title and time only. */
  variant?: "lead" | "row" | "compact";
  /** Heading level, so each list keeps the page outline in order. */
  as?: "h2" | "h3";
  showKanal?: boolean;
  priority?: boolean;
};

/** The "FOTO" mark before a picture story's title, read out with it. */
function KindMark({ kind }: { kind: ArticleCardData["kind"] }) {
  if (kind !== "foto") return null;
  return (
    <>
      <span className="inline-block rounded-sm bg-slate-900 px-1.5 align-middle text-xs font-bold tracking-wide text-white">FOTO</span>{" "}
    </>
  );
}

export function ArticleCard({ article, variant = "row", as: Heading = "h3", showKanal = true, priority = false }: Props) {
  const href = articlePath(article);
  const badge = article.live ? <LiveBadge /> : null;
  const kanal = showKanal ? (
    <a href={kanalPath(article.kanal.slug)} className="text-xs font-bold uppercase tracking-wide text-brand hover:underline">
      {article.kanal.name}
    </a>
  ) : null;

  if (variant === "lead") {
    return (
      <article>
        {article.photo && (
          <a href={href} tabIndex={-1} aria-hidden="true">
            <ArticleImage photo={article.photo} sizes="(min-width: 1024px) 700px, 100vw" priority={priority} className="aspect-video" />
          </a>
        )}
        <div className="mt-3">{kanal}</div>
        <Heading className="mt-1 font-serif text-2xl font-bold leading-tight sm:text-3xl">
          {badge}
          <a href={href} className="hover:underline">
            <KindMark kind={article.kind} />
            {article.title}
          </a>
        </Heading>
        <p className="mt-2 text-slate-700">{article.lead}</p>
        <ArticleTime date={article.publishedAt} className="mt-2 block" />
      </article>
    );
  }

  if (variant === "compact") {
    return (
      <article>
        {kanal}
        <Heading className="font-semibold leading-snug">
          {badge}
          <a href={href} className="hover:underline">
            <KindMark kind={article.kind} />
            {article.title}
          </a>
        </Heading>
        <ArticleTime date={article.publishedAt} />
      </article>
    );
  }

  return (
    <article className="flex gap-3">
      {article.photo && (
        <a href={href} tabIndex={-1} aria-hidden="true" className="w-28 shrink-0 sm:w-40">
          <ArticleImage photo={article.photo} sizes="160px" priority={priority} className="aspect-[4/3]" />
        </a>
      )}
      <div className="min-w-0">
        {kanal}
        <Heading className="font-semibold leading-snug sm:text-lg">
          {badge}
          <a href={href} className="hover:underline">
            <KindMark kind={article.kind} />
            {article.title}
          </a>
        </Heading>
        <p className="mt-1 hidden text-sm text-slate-700 sm:block">{article.lead}</p>
        <ArticleTime date={article.publishedAt} className="mt-1 block" />
      </div>
    </article>
  );
}
