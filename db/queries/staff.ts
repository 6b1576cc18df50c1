import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { staff } from "../schema";

/** For login only: includes the password hash. */
export async function getLoginAccount(email: string) {
  return (
    getDb()
      .select({ id: staff.id, passwordHash: staff.passwordHash, active: staff.active })
      .from(staff)
      .where(eq(staff.email, email.trim().toLowerCase()))
      .get() ?? null
  );
}

/** Everyone who can appear in a byline, for the article form and the staff page. */
export async function getStaffList() {
  return getDb()
    .select({ id: staff.id, name: staff.name, slug: staff.slug, role: staff.role, email: staff.email, active: staff.active, hasLogin: staff.passwordHash })
    .from(staff)
    .orderBy(asc(staff.name))
    .all()
    .map((s) => ({ ...s, hasLogin: s.hasLogin !== null }));
}
