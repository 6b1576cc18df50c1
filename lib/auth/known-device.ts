import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a browser that logged in stays "known" to its account. */
export const KNOWN_DEVICE_MS = 30 * 24 * 60 * 60 * 1000;

function mac(accountId: number, expires: number, passwordHash: string): string {
  return createHmac("sha256", passwordHash).update(`warta-perangkat:${accountId}:${expires}`).digest("base64url");
}

/**
 * The value of the known-browser cookie a successful login leaves behind (OWASP's "device
 * cookie"). It is signed with the account's password hash, a secret only the server holds,
 * so nobody can forge one, and a password change voids every one of them.
 * @example knownDeviceToken(7, "$argon2id$…", 0).startsWith("7.") // true
 */
export function knownDeviceToken(accountId: number, passwordHash: string, now = Date.now()): string {
  const expires = now + KNOWN_DEVICE_MS;
  return `${accountId}.${expires}.${mac(accountId, expires, passwordHash)}`;
}

/** Whether `token` is a live, untampered known-browser cookie of this account. */
export function isKnownDevice(token: string | undefined, accountId: number, passwordHash: string, now = Date.now()): boolean {
  const m = token?.match(/^(\d{1,10})\.(\d{1,15})\.([\w-]{43})$/);
  if (!m || Number(m[1]) !== accountId || Number(m[2]) <= now) return false;
  const expected = Buffer.from(mac(accountId, Number(m[2]), passwordHash));
  const given = Buffer.from(m[3]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
