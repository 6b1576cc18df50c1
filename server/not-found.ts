import "server-only";
import { type ArticleCard, getLatestArticles } from "@/db/queries/articles";

/** The latest stories a reader's 404 offers to carry on from. */
export function getNotFoundLatest(): Promise<ArticleCard[]> {
  return getLatestArticles({ limit: 5 });
}
