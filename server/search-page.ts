import "server-only";
import { type ArticleCard, getLatestArticles } from "@/db/queries/articles";
import { type SearchHit, searchArticles } from "@/db/queries/search";
import { isPageOutOfRange, type PageInfo, paginate, parsePageParam } from "@/lib/pagination";
import { hasSearchableWord, readSearchQuery } from "@/lib/search-query";
import { getNotFoundLatest } from "./not-found";

export const SEARCH_PAGE_SIZE = 10;

/** What the search page shows for a request, with the data it needs. */
export type SearchState =
  | { kind: "form" }
  /** A query with no word in it (proxy.ts answers it 400). */
  | { kind: "unusable"; query: string }
  /** Not a page number, or a page past the last: a 404. */
  | { kind: "not-found"; outOfRange: boolean; latest: ArticleCard[] }
  /** `totalIsLowerBound`: more matched than were counted (PostgreSQL, SearchResults). */
  | { kind: "results"; query: string; total: number; totalIsLowerBound: boolean; hits: SearchHit[]; info: PageInfo; latest: ArticleCard[] };

/**
 * Reads what the reader typed and which page, and fetches what that page shows: the results,
 * or (when nothing matched) the latest stories to carry on from.
 */
export async function loadSearch(query: string | string[] | undefined, halaman: string | string[] | undefined): Promise<SearchState> {
  const q = readSearchQuery(query);
  if (q && !hasSearchableWord(q)) return { kind: "unusable", query: q };
  const page = parsePageParam(halaman);
  if (page === null) return { kind: "not-found", outOfRange: false, latest: await getNotFoundLatest() };
  if (!q) return { kind: "form" };
  const { total, hits, totalIsLowerBound = false } = await searchArticles({ query: q, limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE });
  const info = paginate({ page, pageSize: SEARCH_PAGE_SIZE, totalItems: total });
  if (isPageOutOfRange(info)) return { kind: "not-found", outOfRange: true, latest: await getNotFoundLatest() };
  const latest = total === 0 ? await getLatestArticles({ limit: 5 }) : [];
  return { kind: "results", query: q, total, totalIsLowerBound, hits, info, latest };
}
