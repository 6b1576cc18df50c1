// The newsroom's fixed vocabularies. The database stores them (db/schema.ts imports them for
// its column types); forms, roles and pages use them without touching the database layer.

export const staffRoles = ["reporter", "editor", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

// "review" is a reporter's draft handed to the editors; readers see only published and
// scheduled-with-its-time-come (see isVisibleAt in db/queries/shared.ts).
/** What a story is: ordinary news, or "Foto", a picture story led by its gallery (docs/newsroom.md). */
export const articleKinds = ["berita", "foto"] as const;
export type ArticleKind = (typeof articleKinds)[number];

export const articleStatuses = ["draft", "review", "scheduled", "published"] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/** Where an ad can appear on a reader page (sizes in lib/ads/slots.ts). */
export const adSlots = ["leaderboard", "sidebar", "half-page", "in-article", "between-sections", "above-footer"] as const;
export type AdSlotName = (typeof adSlots)[number];

export const adKinds = ["image", "html"] as const;
export type AdKind = (typeof adKinds)[number];

/** Notes on a published story (docs/newsroom.md, "Ralat & koreksi"); labels in lib/corrections.ts. */
export const correctionKinds = ["ralat", "koreksi", "klarifikasi", "hak-jawab"] as const;
export type CorrectionKind = (typeof correctionKinds)[number];
