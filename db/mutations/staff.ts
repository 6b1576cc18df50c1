import { and, count, eq, isNotNull, or } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { slugify } from "@/lib/slug";
import { type Db, getDb, transaction } from "../engine";
import type { StaffRole } from "@/lib/domain";
import { isVisibleAt } from "../queries/shared";
import { articles, media, sessions, staff } from "../tables";
import type { StoredPhoto } from "./articles";

export type NewAccount = { name: string; email: string; password: string; role: StaffRole };

async function uniqueStaffSlug(tx: Db, name: string): Promise<string> {
  const base = slugify(name) || "staf";
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    const taken = await tx.select({ id: staff.id }).from(staff).where(eq(staff.slug, slug));
    if (taken.length === 0) return slug;
  }
}

/**
 * Creates a login for a person: reuses a byline-only staff row with the same email,
 * else inserts one. Email is stored lower-case, so logins ignore case.
 */
export async function createAccount(input: NewAccount): Promise<{ id: number }> {
  const email = input.email.trim().toLowerCase();
  // Hashed before the transaction: it takes a while, and the write lock is not needed for it.
  const passwordHash = await hashPassword(input.password);
  return transaction(async (tx) => {
    const [existing] = await tx.select({ id: staff.id, passwordHash: staff.passwordHash }).from(staff).where(eq(staff.email, email));
    if (existing?.passwordHash) throw new Error("Email sudah dipakai akun lain.");
    if (existing) {
      await tx.update(staff).set({ passwordHash, role: input.role, name: input.name, active: true }).where(eq(staff.id, existing.id));
      return { id: existing.id };
    }
    const slug = await uniqueStaffSlug(tx, input.name);
    const [row] = await tx.insert(staff).values({ name: input.name.trim(), slug, email, role: input.role, passwordHash }).returning({ id: staff.id });
    return row;
  });
}

export async function countAccounts(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(staff).where(isNotNull(staff.passwordHash));
  return row?.n ?? 0;
}

/** Sets a new password and ends every session of that person (the caller starts a fresh one if needed). */
export async function changePassword(staffId: number, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await transaction(async (tx) => {
    await tx.update(staff).set({ passwordHash }).where(eq(staff.id, staffId));
    await tx.delete(sessions).where(eq(sessions.staffId, staffId));
  });
}

export async function updateStaffRole(staffId: number, role: StaffRole, active: boolean): Promise<void> {
  await transaction(async (tx) => {
    await tx.update(staff).set({ role, active }).where(eq(staff.id, staffId));
    if (!active) await tx.delete(sessions).where(eq(sessions.staffId, staffId));
  });
}

export type ProfileInput = {
  bio: string;
  links: string[];
  /** A newly uploaded photo, its files already below MEDIA_DIR; null keeps the one there is. */
  photo: (StoredPhoto & { alt: string }) | null;
  removePhoto: boolean;
};

/**
 * Saves an author profile. Returns what the author page needs to be dropped (its slug, and how many
 * stories its list holds, for the later pages), or null when there is no such person.
 */
export async function updateProfile(staffId: number, input: ProfileInput, now = new Date()): Promise<{ slug: string; stories: number } | null> {
  return transaction(async (tx) => {
    const [person] = await tx.select({ slug: staff.slug, photoId: staff.photoId }).from(staff).where(eq(staff.id, staffId));
    if (!person) return null;
    let photoId = input.removePhoto ? null : person.photoId;
    if (input.photo) {
      const [row] = await tx.insert(media).values(input.photo).returning({ id: media.id });
      photoId = row.id;
    }
    await tx.update(staff).set({ bio: input.bio, links: input.links.join("\n"), photoId }).where(eq(staff.id, staffId));
    const [n] = await tx
      .select({ n: count() })
      .from(articles)
      .where(and(isVisibleAt(now), or(eq(articles.reporterId, staffId), eq(articles.editorId, staffId))));
    return { slug: person.slug, stories: n?.n ?? 0 };
  });
}
