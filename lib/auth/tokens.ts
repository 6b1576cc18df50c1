import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: the value that goes in the session cookie. */
export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps instead of the token, so a leaked table opens no session. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
