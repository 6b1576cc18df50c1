import { searchTerms } from "@/lib/search-query";
import { getEngine } from "../engine";
import type { SearchResults } from "../engine/types";

export type { SearchHit, SearchResults } from "../engine/types";

/**
 * Visible articles matching what a reader typed, best first (headline over lead over body,
 * newer over older), with marked headline and snippet. The words are split by searchTerms, so
 * no query syntax of either engine reaches the database; each engine's SearchIndex does the rest.
 */
export async function searchArticles(opts: { query: string; limit: number; offset?: number; now?: Date }): Promise<SearchResults> {
  const terms = searchTerms(opts.query);
  if (terms.length === 0) return { total: 0, hits: [] };
  return getEngine().search.search({ terms, limit: opts.limit, offset: opts.offset ?? 0, now: opts.now ?? new Date() });
}
