/**
 * The target of an ad click when it is an absolute http(s) URL; null otherwise, so that
 * a `javascript:` or `data:` target stored by mistake can never run on a click.
 * @example safeTargetUrl("https://toko.example/promo") // "https://toko.example/promo"
 * @example safeTargetUrl("javascript:alert(1)") // null
 */
export function safeTargetUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}
