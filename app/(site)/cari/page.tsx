import type { Metadata } from "next";
import { SearchPage, searchMetadata } from "@/components/search/SearchPage";
import { loadSearch } from "@/server/search-page";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Per request. Ordinary queries never reach this route: next.config.js rewrites them to the
// cached cari/hasil/[q]/[halaman]. What is left is the empty form and queries whose words
// cannot travel safely in a path (slashes, percent signs, quotes...).
export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  return searchMetadata(params.q, params.halaman);
}

export default async function SearchRoute({ searchParams }: Props) {
  const params = await searchParams;
  return <SearchPage state={await loadSearch(params.q, params.halaman)} />;
}
