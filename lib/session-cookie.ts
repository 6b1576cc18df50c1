/**
 * The staff session cookie. Over https the admin uses the `__Host-` name, which browsers
 * only accept from a secure origin, without a Domain and for path `/`; plain http (local
 * development, the e2e server) cannot set that prefix, so it falls back to the bare name.
 */
export const SESSION_COOKIE = { secure: "__Host-warta_session", insecure: "warta_session" } as const;

export const SESSION_COOKIE_NAMES: readonly string[] = [SESSION_COOKIE.secure, SESSION_COOKIE.insecure];

/**
 * Whether a Cookie header carries a staff session, under either name. Only the name is
 * checked: a reader page never needs to know whose session it is.
 * @example hasSessionCookie("tema=gelap; warta_session=abc") // true
 */
export function hasSessionCookie(cookieHeader: string | null | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((pair) => SESSION_COOKIE_NAMES.includes(pair.split("=", 1)[0].trim()));
}
