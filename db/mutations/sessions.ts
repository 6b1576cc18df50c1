import { and, eq, gt, lt } from "drizzle-orm";
import { generateSessionToken, hashSessionToken } from "@/lib/auth/tokens";
import { getDb, transaction } from "../engine";
import type { StaffRole } from "@/lib/domain";
import { sessions, staff } from "../tables";

const DAY = 24 * 60 * 60 * 1000;
/** Idle sessions end after 7 days; use renews them, at most once a day. */
export const SESSION_IDLE_MS = 7 * DAY;
const RENEW_WHEN_LEFT_MS = SESSION_IDLE_MS - DAY;
/** However active, a login lasts at most 30 days (the cookie's own lifetime too). */
export const SESSION_MAX_MS = 30 * DAY;

export type SessionUser = { id: number; name: string; email: string; role: StaffRole; sessionHash: string };

export async function createSession(staffId: number, now = Date.now()): Promise<{ token: string; expiresAt: Date }> {
  const token = generateSessionToken();
  const expiresAt = new Date(now + SESSION_IDLE_MS);
  await transaction(async (tx) => {
    // Housekeeping on login keeps the table small without a background job.
    await tx.delete(sessions).where(lt(sessions.expiresAt, new Date(now)));
    await tx.insert(sessions).values({ tokenHash: hashSessionToken(token), staffId, expiresAt, createdAt: new Date(now) });
  });
  return { token, expiresAt };
}

/** The person behind a session token, renewing the session when it is past a day old; null when invalid or expired. */
export async function validateSession(token: string, now = Date.now()): Promise<SessionUser | null> {
  const tokenHash = hashSessionToken(token);
  const [row] = await getDb()
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
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date(now))));
  if (!row || !row.active) return null;
  if (row.expiresAt.getTime() - now < RENEW_WHEN_LEFT_MS) {
    const cap = row.createdAt.getTime() + SESSION_MAX_MS;
    const expiresAt = new Date(Math.min(now + SESSION_IDLE_MS, cap));
    await transaction((tx) => tx.update(sessions).set({ expiresAt }).where(eq(sessions.tokenHash, tokenHash)));
  }
  return { id: row.id, name: row.name, email: row.email ?? "", role: row.role, sessionHash: tokenHash };
}

export async function deleteSession(token: string): Promise<void> {
  await transaction((tx) => tx.delete(sessions).where(eq(sessions.tokenHash, hashSessionToken(token))));
}
