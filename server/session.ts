import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { deleteSession, SESSION_MAX_MS, type SessionUser, validateSession } from "@/db/mutations/sessions";
import type { StaffRole } from "@/lib/domain";
import { siteConfig } from "@/lib/config";
import { sessionCookieName } from "@/lib/session-cookie";
import { originCheck } from "@/lib/auth/origin";
import { hasRole } from "@/lib/auth/roles";

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
 * Whether this request's Origin names this site (lib/auth/origin.ts): every server action
 * checks it before it writes. Next 16 refuses a foreign or "null" Origin on a server action
 * itself (it throws "Invalid Server Actions request": a 500) but lets a request without
 * Origin through; this closes that gap. Refused requests get the action's own error message
 * (forbidden() from a form posted without JavaScript renders Next's not-found page instead).
 */
export async function fromThisSite(): Promise<boolean> {
  return originCheck(await headers(), siteConfig.url) === "same";
}

export type ActionAuth = { ok: true; user: SessionUser } | { ok: false; message: string };

/**
 * Every server action calls this itself (a layout's check is not enough): the request
 * must come from this site's pages and carry a session with at least `role`.
 */
export async function authorizeAction(role: StaffRole): Promise<ActionAuth> {
  if (!(await fromThisSite())) return { ok: false, message: "Permintaan ditolak: asal tidak sah." };
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
  if (token) await deleteSession(token);
  jar.delete(SESSION_COOKIE);
}
