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

/**
 * The known-browser cookie a login leaves behind (lib/auth/known-device.ts), with the
 * session cookie's prefix rule. It proves nothing on its own; it only keeps the owner's
 * own browser out of the lock that strangers' guessing causes.
 * @example knownDeviceCookieName(false) // "warta_perangkat"
 */
export function knownDeviceCookieName(secure: boolean): string {
  return secure ? "__Host-warta_perangkat" : "warta_perangkat";
}
