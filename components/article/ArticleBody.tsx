import type { ReactNode } from "react";
import { bacaJugaAfter, escapeHtml, splitBlocks, withLeadIn } from "@/lib/html";

type Props = {
  /** The story text as readers get it: sanitized when stored, photos and embeds expanded (extras.body). */
  html: string;
  /** "WARTA.ID, JEDDAH --": printed as the opening words of the first paragraph. */
  dateline: string;
  bacaJuga: ReactNode;
  /** Null when the page has no in-article ad. */
  inArticleAd: ReactNode;
  /** The ad follows this paragraph (1-based, from the site settings) when the story goes on after it. */
  inArticleAdAfter: number;
};

/**
 * The story text, split into top-level blocks so that Baca Juga and the in-article ad
 * can sit between paragraphs without touching the stored HTML.
 */
export function ArticleBody({ html, dateline, bacaJuga, inArticleAd, inArticleAdAfter }: Props) {
  const blocks = splitBlocks(html);
  // The dateline opens the first paragraph, not a photo, gallery or embed that may come before it.
  const lead = blocks.findIndex((b) => b.tag === "p");
  if (lead >= 0 && dateline) {
    blocks[lead] = { ...blocks[lead], html: withLeadIn(blocks[lead].html, `<strong>${escapeHtml(dateline)}</strong> `) };
  }
  const inserts = new Map<number, ReactNode>();
  const bacaAt = bacaJugaAfter(blocks);
  if (bacaAt !== null) inserts.set(bacaAt, bacaJuga);
  // Never right next to Baca Juga: two boxes in a row read as one interruption.
  const adAt = Math.max(inArticleAdAfter - 1, bacaAt === null ? 0 : bacaAt + 2);
  if (inArticleAd && adAt < blocks.length - 1) inserts.set(adAt, inArticleAd);

  // Consecutive blocks render as one chunk of HTML; inserts break the chunks.
  const parts: ReactNode[] = [];
  let chunk = "";
  blocks.forEach((block, i) => {
    chunk += block.html;
    const insert = inserts.get(i);
    if (insert !== undefined || i === blocks.length - 1) {
      parts.push(<div key={`t${i}`} dangerouslySetInnerHTML={{ __html: chunk }} />);
      chunk = "";
      if (insert !== undefined) parts.push(<div key={`i${i}`}>{insert}</div>);
    }
  });
  return <div className="article-body mt-6 font-serif text-lg leading-relaxed">{parts}</div>;
}
