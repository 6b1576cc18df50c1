import { and, eq, gt, lt } from "drizzle-orm";
import { generateSessionToken, hashSessionToken } from "@/lib/auth/tokens";
import { type Db, getDb } from "../client";
import { sessions, type StaffRole, staff } from "../schema";

const DAY = 24 * 60 * 60 * 1000;
/** Idle sessions end after 7 days; use renews them, at most once a day. */
export const SESSION_IDLE_MS = 7 * DAY;
const RENEW_WHEN_LEFT_MS = SESSION_IDLE_MS - DAY;
/** However active, a login lasts at most 30 days (the cookie's own lifetime too). */
export const SESSION_MAX_MS = 30 * DAY;

export type SessionUser = { id: number; name: string; email: string; role: StaffRole; sessionHash: string };

export function createSession(staffId: number, now = Date.now(), db: Db = getDb()): { token: string; expiresAt: Date } {
  const token = generateSessionToken();
  const expiresAt = new Date(now + SESSION_IDLE_MS);
  db.transaction((tx) => {
    // Housekeeping on login keeps the table small without a background job.
    tx.delete(sessions).where(lt(sessions.expiresAt, new Date(now))).run();
    tx.insert(sessions).values({ tokenHash: hashSessionToken(token), staffId, expiresAt, createdAt: new Date(now) }).run();
  });
  return { token, expiresAt };
}

/** The person behind a session token, renewing the session when it is past a day old; null when invalid or expired. */
export function validateSession(token: string, now = Date.now(), db: Db = getDb()): SessionUser | null {
  const tokenHash = hashSessionToken(token);
  const row = db
    .select({
      id: staff.id,
      name: staff.name,
      email: staff.email,
      role: staff.role,
      active: staff.active,
      expiresAt: sessions.expiresAt,
      createdAt: sessions.createdAt,
    })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date(now))))
    .get();
  if (!row || !row.active) return null;
  if (row.expiresAt.getTime() - now < RENEW_WHEN_LEFT_MS) {
    const cap = row.createdAt.getTime() + SESSION_MAX_MS;
    db.update(sessions).set({ expiresAt: new Date(Math.min(now + SESSION_IDLE_MS, cap)) }).where(eq(sessions.tokenHash, tokenHash)).run();
  }
  return { id: row.id, name: row.name, email: row.email ?? "", role: row.role, sessionHash: tokenHash };
}

export function deleteSession(token: string, db: Db = getDb()): void {
  db.delete(sessions).where(eq(sessions.tokenHash, hashSessionToken(token))).run();
}
