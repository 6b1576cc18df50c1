// Page 2 and on of an author's list. Readers use `?halaman=N`; next.config.js rewrites it to
// this path because the ISR cache keys on the path alone and a page that reads
// searchParams cannot be cached at all.
export { default, generateMetadata } from "../../page";

export const revalidate = 30;
export function generateStaticParams(): { slug: string; halaman: string }[] {
  return [];
}
