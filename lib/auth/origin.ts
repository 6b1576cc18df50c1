/** What the origin helpers read from a request: only headers, so tests need no server. */
export type HeaderReader = { get(name: string): string | null };

/**
 * Whether a mutation's Origin header names this site. A missing Origin, "null" (sandboxed
 * frames, file://) or any other site is refused: browsers send Origin on every POST.
 * @example isAllowedOrigin("https://warta.id", ["https://warta.id"]) // true
 */
export function isAllowedOrigin(origin: string | null | undefined, allowed: string[]): boolean {
  if (!origin || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return allowed.some((a) => {
    try {
      return new URL(a).origin === parsed.origin;
    } catch {
      return false;
    }
  });
}

/**
 * Origins a request may come from: the configured site, and the host the request reached
 * (nginx passes it in Host / X-Forwarded-Host, as Next's own server-action check expects).
 * @example allowedOriginsFor(new Headers({ host: "127.0.0.1:3100" }), "https://warta.id") // ["https://warta.id", "https://127.0.0.1:3100"]
 */
export function allowedOriginsFor(headers: HeaderReader, siteUrl: string): string[] {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || (siteUrl.startsWith("https://") ? "https" : "http");
  return host ? [siteUrl, `${proto}://${host}`] : [siteUrl];
}

/**
 * The one origin rule of Warta, for server actions and route handlers alike:
 * "same" when Origin names this site, "absent" when there is none, "foreign" for another
 * site or "null" (a sandboxed frame, a file:// page, a cross-origin redirect).
 * Mutations (every POST) need "same". A GET that counts (the <noscript> pixel, an ad click)
 * normally has no Origin at all, since <img> and link navigations send none; it counts
 * unless the Origin is "foreign", which only a script on another origin produces.
 * @example originCheck(new Headers({ host: "warta.id", origin: "null" }), "https://warta.id") // "foreign"
 */
export function originCheck(headers: HeaderReader, siteUrl: string): "same" | "absent" | "foreign" {
  const origin = headers.get("origin");
  if (origin === null || origin === "") return "absent";
  return isAllowedOrigin(origin, allowedOriginsFor(headers, siteUrl)) ? "same" : "foreign";
}
