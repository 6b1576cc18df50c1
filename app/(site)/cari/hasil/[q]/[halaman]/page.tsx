import type { Metadata } from "next";
import { SearchPage, searchMetadata } from "@/components/search/SearchPage";
import { CachedNotFound } from "@/components/shared/CachedNotFound";
import { hasSearchableWord } from "@/lib/search-query";
import { getNotFoundLatest } from "@/server/not-found";
import { loadSearch } from "@/server/search-page";

type Props = { params: Promise<{ q: string; halaman: string }> };

// `/cari?q=…` for plain words is rewritten here (next.config.js), so a query that a
// breaking story sends thousands of readers to renders once per 30 s, not once per reader.
export const revalidate = 30;
export function generateStaticParams(): { q: string; halaman: string }[] {
  return [];
}

// The rewrite only lets letters, digits, hyphens and spaces through; the spaces arrive as %20.
async function readParams(params: Props["params"]) {
  const { q, halaman } = await params;
  return { query: q.replaceAll("%20", " "), halaman };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { query, halaman } = await readParams(params);
  return searchMetadata(query, halaman);
}

export default async function CachedSearchRoute({ params }: Props) {
  const { query, halaman } = await readParams(params);
  // The rewrite leaves queries without a word (`AND`, `-`) to the per-request /cari, which answers
  // 400; should one arrive here all the same, a 404 is cached, never a 200.
  if (!hasSearchableWord(query)) return <CachedNotFound latest={await getNotFoundLatest()} />;
  return <SearchPage state={await loadSearch(query, halaman)} cached />;
}
