export type PageInfo = {
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
  offset: number;
  hasPrev: boolean;
  hasNext: boolean;
};

/**
 * Reads the `halaman` search param. Missing means page 1; anything that is not a
 * plain positive integer is null, so the page can answer 404 instead of guessing.
 * @example parsePageParam("3") // 3
 */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value)) return null;
  if (!/^[1-9][0-9]{0,5}$/.test(value)) return null;
  return Number(value);
}

/**
 * Offsets and links for one page of a list. An empty list still has one (empty) page.
 * @example paginate({ page: 2, pageSize: 10, totalItems: 25 }).offset // 10
 */
export function paginate({ page, pageSize, totalItems }: { page: number; pageSize: number; totalItems: number }): PageInfo {
  const totalPages = Math.max(1, Math.ceil(totalItems / pageSize));
  return {
    page,
    pageSize,
    totalItems,
    totalPages,
    offset: (page - 1) * pageSize,
    hasPrev: page > 1,
    hasNext: page < totalPages,
  };
}

/** Whether a requested page lies outside the list, which readers should see as 404. */
export function isPageOutOfRange(info: PageInfo): boolean {
  return info.page > info.totalPages;
}

/**
 * The URL of page N of a list: page 1 is the bare path, so each list has one canonical first page.
 * A base that already has a query (search, the news index) keeps it.
 * @example pageHref("/kanal/nasional", 2) // "/kanal/nasional?halaman=2"
 */
export function pageHref(basePath: string, page: number): string {
  if (page <= 1) return basePath;
  return `${basePath}${basePath.includes("?") ? "&" : "?"}halaman=${page}`;
}
