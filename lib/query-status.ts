import { parseIndeksDate } from "./indeks";
import { parsePageParam } from "./pagination";
import { hasSearchableWord, readSearchQuery } from "./search-query";

/** A query parameter as a page's searchParams has it: absent, one value, or several. */
function param(params: URLSearchParams, key: string): string | string[] | undefined {
  const all = params.getAll(key);
  return all.length === 0 ? undefined : all.length === 1 ? all[0] : all;
}

/**
 * The status a per-request reader page must answer when its query string alone shows that it
 * cannot be served, or undefined when it can. proxy.ts sets it, because a page cannot set a
 * status itself, and the page shows the matching notice in its HTML instead of calling notFound()
 * (which Next 16 answers with an empty shell without JavaScript: docs/rendering-and-caching.md, "Known limits"). Both
 * judge with the same functions, so the status and the page agree.
 * - `/cari`: a query with no word in it is 400; a page number that is not one is 404.
 * - `/indeks`: a date that is not a real day from 1995 to today, or a page number that is not one, is 404.
 * @example queryStatus("/cari", new URLSearchParams("q=AND"), new Date()) // 400
 */
export function queryStatus(pathname: string, params: URLSearchParams, now: Date): 400 | 404 | undefined {
  if (pathname === "/cari") {
    const q = readSearchQuery(param(params, "q"));
    if (q && !hasSearchableWord(q)) return 400;
    if (parsePageParam(param(params, "halaman")) === null) return 404;
  }
  if (pathname === "/indeks") {
    if (!parseIndeksDate(param(params, "tanggal"), now) || parsePageParam(param(params, "halaman")) === null) return 404;
  }
  return undefined;
}
