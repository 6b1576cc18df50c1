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
