/**
 * The admin session cookie. Over https it takes the __Host- prefix, which browsers only
 * accept with Secure, Path=/ and no Domain: a sibling subdomain cannot plant or read it.
 */
export const SESSION_COOKIE_NAMES = { insecure: "warta_session", secure: "__Host-warta_session" } as const;

/** @example sessionCookieName(true) // "__Host-warta_session" */
export function sessionCookieName(secure: boolean): string {
  return secure ? SESSION_COOKIE_NAMES.secure : SESSION_COOKIE_NAMES.insecure;
}

/** Whether a Cookie header carries a staff session cookie (of either name). */
export function hasSessionCookie(cookieHeader: string | null | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((part) => {
    const name = part.split("=")[0].trim();
    return name === SESSION_COOKIE_NAMES.insecure || name === SESSION_COOKIE_NAMES.secure;
  });
}
