import type { ArticleStatus, StaffRole } from "@/lib/domain";

export const ROLE_LABELS: Record<StaffRole, string> = { reporter: "Reporter", editor: "Redaktur", admin: "Admin" };

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "Draf",
  review: "Menunggu review",
  scheduled: "Terjadwal",
  published: "Terbit",
};

const RANK: Record<StaffRole, number> = { reporter: 1, editor: 2, admin: 3 };

/** @example hasRole("admin", "editor") // true */
export function hasRole(role: StaffRole, atLeast: StaffRole): boolean {
  return RANK[role] >= RANK[atLeast];
}

/** Statuses a role may save an article with: reporters write and hand over, editors publish. */
export function allowedStatuses(role: StaffRole): ArticleStatus[] {
  return hasRole(role, "editor") ? ["draft", "review", "scheduled", "published"] : ["draft", "review"];
}

type ArticleOwnership = { createdById: number | null; reporterId: number | null; status: ArticleStatus };

/**
 * Editors and admins edit anything; a reporter edits only their own story, and only
 * while it is not yet scheduled or published.
 */
export function canEditArticle(user: { id: number; role: StaffRole }, article: ArticleOwnership): boolean {
  if (hasRole(user.role, "editor")) return true;
  const own = article.createdById === user.id || article.reporterId === user.id;
  return own && (article.status === "draft" || article.status === "review");
}

export function canDeleteArticle(role: StaffRole): boolean {
  return role === "admin";
}

/** A status button of the article form: the status it saves the story with, and its label. */
export type StatusAction = { intent: ArticleStatus; label: string };

/**
 * The status buttons beside Simpan. Editors publish or take a story off the site; a reporter
 * only hands a draft to the desk. The server checks the status again (allowedStatuses).
 * @example statusActions("reporter", "draft") // [{ intent: "review", label: "Ajukan ke redaktur" }]
 */
export function statusActions(role: StaffRole, status: ArticleStatus): StatusAction[] {
  if (hasRole(role, "editor")) {
    return status === "published" || status === "scheduled" ? [{ intent: "draft", label: "Tarik dari situs" }] : [{ intent: "published", label: "Terbitkan sekarang" }];
  }
  return status === "draft" ? [{ intent: "review", label: "Ajukan ke redaktur" }] : [];
}
