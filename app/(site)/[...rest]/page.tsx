import type { Metadata } from "next";
import { CachedNotFound } from "@/components/shared/CachedNotFound";
import { getNotFoundLatest } from "@/server/not-found";

// Unknown paths fall through to here so that their 404 renders inside the reader layout (header,
// kanal navigation, footer). An ISR route like the article's, for one reason: only an ISR render
// keeps a 404's text in the HTML (components/shared/CachedNotFound.tsx), so the page reads without
// JavaScript. Next's in-memory cache is a bounded LRU, so made-up URLs a crawler tries push out old
// entries rather than grow it, exactly as unknown story ids already do.
export const revalidate = 30;
export function generateStaticParams(): { rest: string[] }[] {
  return [];
}

export const metadata: Metadata = { title: "Halaman tidak ditemukan" };

export default async function UnknownPath() {
  return <CachedNotFound latest={await getNotFoundLatest()} />;
}
