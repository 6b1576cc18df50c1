// What server/revalidate.ts hands to revalidatePath. A pattern is a page file's path under app/, route group
// included: Next derives a page's cache tags from that path, and a pattern that names no page drops
// nothing, silently. route-patterns.test.ts checks every export against app/ and next.config.js.

/** Internal path that "/" is rewritten to (next.config.js): a path, not a pattern. */
export const HOME_ROUTE = "/beranda/terkini";
export const KANAL_PAGES_ROUTE = "/(site)/kanal/[slug]/halaman/[halaman]";
export const TAG_PAGES_ROUTE = "/(site)/tag/[slug]/halaman/[halaman]";
export const LIST_PAGE_ROUTES = [KANAL_PAGES_ROUTE, TAG_PAGES_ROUTE] as const;
export const AUTHOR_ROUTES = ["/(site)/penulis/[slug]", "/(site)/penulis/[slug]/halaman/[halaman]"] as const;
export const SEARCH_ROUTE = "/(site)/cari/hasil/[q]/[halaman]";
export const ARTICLE_ROUTE = "/(site)/berita/[id]/[[...slug]]";
/**
 * Every ISR-cached reader page, for a change that shows on all of them (the kanal navigation, in the
 * layout of each). Named one by one, like the patterns above, rather than through the layout.
 */
export const READER_ROUTES = [
  "/(site)/beranda/[edisi]",
  ARTICLE_ROUTE,
  "/(site)/kanal/[slug]",
  "/(site)/tag/[slug]",
  ...LIST_PAGE_ROUTES,
  ...AUTHOR_ROUTES,
  SEARCH_ROUTE,
  "/(site)/[...rest]",
] as const;
