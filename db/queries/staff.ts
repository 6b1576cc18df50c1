import { and, asc, count, desc, eq, or } from "drizzle-orm";
import { cache } from "react";
import { getDb, getEngine } from "../engine";
import type { StaffRole } from "@/lib/domain";
import { articles, kanal, media, staff } from "../tables";
import { type ArticleCard, cardColumns, isVisibleAt, toCard } from "./shared";

export type StaffProfile = {
  id: number;
  slug: string;
  name: string;
  role: StaffRole;
  bio: string;
  /** Profile links, one per entry, as the author typed them (http or https only). */
  links: string[];
  photo: { path: string; width: number; height: number; alt: string } | null;
};

/** A staff member's public profile (never the e-mail address). Shared by generateMetadata and the page. */
export const getStaffBySlug = cache(async (slug: string): Promise<StaffProfile | null> => {
  const [row] = await getDb()
    .select({
      id: staff.id,
      slug: staff.slug,
      name: staff.name,
      role: staff.role,
      bio: staff.bio,
      links: staff.links,
      photo: { path: media.path, width: media.width, height: media.height, alt: media.alt },
    })
    .from(staff)
    .leftJoin(media, eq(media.id, staff.photoId))
    .where(eq(staff.slug, slug));
  return row ? { ...row, links: row.links.split("\n").filter(Boolean) } : null;
});

// A reporter's page lists what they wrote; a redaktur's also what they edited, so no byline
// link leads to an empty page.
function byStaff(staffId: number) {
  return or(eq(articles.reporterId, staffId), eq(articles.editorId, staffId));
}

/** Newest visible articles a staff member wrote or edited. */
export async function getStaffArticles(opts: { staffId: number; limit: number; offset?: number; now?: Date }): Promise<ArticleCard[]> {
  const rows = await getDb()
    .select(cardColumns)
    .from(articles)
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(media, eq(media.id, articles.photoId))
    .where(and(isVisibleAt(opts.now ?? new Date()), byStaff(opts.staffId)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(opts.limit)
    .offset(opts.offset ?? 0);
  return rows.map(toCard);
}

export async function countStaffArticles(staffId: number, now = new Date()): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(articles)
    .where(and(isVisibleAt(now), byStaff(staffId)));
  return row?.n ?? 0;
}

/** For login only: includes the password hash. */
export async function getLoginAccount(email: string) {
  const [account] = await getDb()
    .select({ id: staff.id, passwordHash: staff.passwordHash, active: staff.active })
    .from(staff)
    .where(eq(staff.email, email.trim().toLowerCase()));
  return account ?? null;
}

/** Everyone who can appear in a byline, for the article form and the staff page. */
export async function getStaffList() {
  const rows = await getDb()
    .select({ id: staff.id, name: staff.name, slug: staff.slug, role: staff.role, email: staff.email, active: staff.active, hasLogin: staff.passwordHash })
    .from(staff)
    .orderBy(asc(getEngine().bytewise(staff.name)), asc(staff.id));
  return rows.map((s) => ({ ...s, hasLogin: s.hasLogin !== null }));
}
