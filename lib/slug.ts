const MAX_SLUG_LENGTH = 80;

/**
 * URL slug from an Indonesian headline: lower case, ASCII, words joined by hyphens,
 * cut at a word boundary so that links stay readable.
 * @example slugify("Harga Cabai Naik 20%, Pedagang: \"Pasokan Seret\"") // "harga-cabai-naik-20-pedagang-pasokan-seret"
 */
export function slugify(input: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/['’`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single over-long word still needs a slug.
  if (!slug && words.length > 0) slug = words[0].slice(0, maxLength);
  return slug;
}
