import type { Metadata } from "next";
import { SearchPage, searchMetadata } from "@/components/search/SearchPage";

type Props = { params: Promise<{ q: string; halaman: string }> };

// `/cari?q=…` for plain words is rewritten here (next.config.js), so a query that a
// breaking story sends thousands of readers to renders once per 30 s, not once per reader.
export const revalidate = 30;
export function generateStaticParams(): { q: string; halaman: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { q, halaman } = await params;
  return searchMetadata(q, halaman);
}

export default async function CachedSearchRoute({ params }: Props) {
  const { q, halaman } = await params;
  return <SearchPage query={q} halaman={halaman} />;
}
