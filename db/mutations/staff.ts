import { count, eq, isNotNull } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { slugify } from "@/lib/slug";
import { type Db, getDb } from "../client";
import { sessions, type StaffRole, staff } from "../schema";

export type NewAccount = { name: string; email: string; password: string; role: StaffRole };

function uniqueStaffSlug(db: Db, name: string): string {
  const base = slugify(name) || "staf";
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    if (!db.select({ id: staff.id }).from(staff).where(eq(staff.slug, slug)).get()) return slug;
  }
}

/**
 * Creates a login for a person: reuses a byline-only staff row with the same email,
 * else inserts one. Email is stored lower-case, so logins ignore case.
 */
export async function createAccount(input: NewAccount, db: Db = getDb()): Promise<{ id: number }> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const existing = db.select({ id: staff.id, passwordHash: staff.passwordHash }).from(staff).where(eq(staff.email, email)).get();
  if (existing?.passwordHash) throw new Error("Email sudah dipakai akun lain.");
  if (existing) {
    db.update(staff).set({ passwordHash, role: input.role, name: input.name, active: true }).where(eq(staff.id, existing.id)).run();
    return { id: existing.id };
  }
  return db
    .insert(staff)
    .values({ name: input.name.trim(), slug: uniqueStaffSlug(db, input.name), email, role: input.role, passwordHash })
    .returning({ id: staff.id })
    .get();
}

export function countAccounts(db: Db = getDb()): number {
  return db.select({ n: count() }).from(staff).where(isNotNull(staff.passwordHash)).get()?.n ?? 0;
}

/** Sets a new password and ends every session of that person (the caller starts a fresh one if needed). */
export async function changePassword(staffId: number, password: string, db: Db = getDb()): Promise<void> {
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    tx.update(staff).set({ passwordHash }).where(eq(staff.id, staffId)).run();
    tx.delete(sessions).where(eq(sessions.staffId, staffId)).run();
  });
}

export function updateStaffRole(staffId: number, role: StaffRole, active: boolean, db: Db = getDb()): void {
  db.transaction((tx) => {
    tx.update(staff).set({ role, active }).where(eq(staff.id, staffId)).run();
    if (!active) tx.delete(sessions).where(eq(sessions.staffId, staffId)).run();
  });
}
