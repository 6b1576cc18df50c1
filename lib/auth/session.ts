import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { deleteSession, SESSION_MAX_MS, type SessionUser, validateSession } from "@/db/mutations/sessions";
import type { StaffRole } from "@/db/schema";
import { siteConfig } from "@/lib/config";
import { sessionCookieName } from "@/lib/session-cookie";
import { originCheck } from "./origin";
import { hasRole } from "./roles";

export const secureCookies = siteConfig.url.startsWith("https://");
export const SESSION_COOKIE = sessionCookieName(secureCookies);

/** The logged-in staff member of this request, or null. Shared by layout, page and actions of one request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? validateSession(token) : null;
});

/**
 * For admin pages: the logged-in user with at least `role`. Without a session the
 * visitor goes to the login page; with too small a role they get 403.
 */
export async function requireUser(role: StaffRole = "reporter", returnTo = "/admin"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/admin/masuk?lanjut=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user.role, role)) forbidden();
  return user;
}

/**
 * Every server action calls this before it writes: a request whose Origin is missing, "null"
 * or another site is refused and changes nothing. Next 16 refuses a foreign or "null" Origin
 * itself (it throws "Invalid Server Actions request": a 500) but lets a request without Origin
 * through; this closes that gap with the same answer, so every bad Origin looks alike.
 * Not forbidden(): Next 16 renders an access error of a form posted without JavaScript as its
 * not-found page, and for an upload form that render hung the whole server in our tests.
 * Route handlers apply the same rule (lib/auth/origin.ts) with a 403 of their own.
 */
export async function requireSameOrigin(): Promise<void> {
  if (originCheck(await headers(), siteConfig.url) !== "same") throw new Error("Permintaan ditolak: asal tidak sah.");
}

export type ActionAuth = { ok: true; user: SessionUser } | { ok: false; message: string };

/**
 * Every server action calls this itself (a layout's check is not enough): the request
 * must come from this site's pages and carry a session with at least `role`.
 */
export async function authorizeAction(role: StaffRole): Promise<ActionAuth> {
  await requireSameOrigin();
  const user = await getCurrentUser();
  if (!user) redirect("/admin/masuk");
  if (!hasRole(user.role, role)) return { ok: false, message: "Anda tidak berwenang melakukan ini." };
  return { ok: true, user };
}

export async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies,
    path: "/",
    maxAge: SESSION_MAX_MS / 1000,
  });
}

export async function endCurrentSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) deleteSession(token);
  jar.delete(SESSION_COOKIE);
}
