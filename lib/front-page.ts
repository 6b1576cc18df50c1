import { isPublicAt } from "./article-change";
import type { ArticleStatus } from "./domain";
import type { FormState } from "./form-state";
import { isPublicId } from "./public-id";
import { parseWibDateTimeLocal, toWibDateTimeLocal } from "./wib";

/** The front page's slots, in the order the admin form shows them. */
export const FRONT_SLOTS = ["headline", "sorotan", "pilihan"] as const;
export type FrontSlot = (typeof FRONT_SLOTS)[number];

export const SLOT_SIZE: Record<FrontSlot, number> = { headline: 1, sorotan: 4, pilihan: 6 };
export const SLOT_LABELS: Record<FrontSlot, string> = { headline: "Headline", sorotan: "Sorotan", pilihan: "Pilihan Redaksi" };

/** One editor's pick: a story, and optionally when it leaves its slot (epoch ms). */
export type FrontPick = { articleId: number; expiresAt: number | null };

/** Every slot position, in order; null leaves the position to the newest stories. */
export type FrontLayout = Record<FrontSlot, (FrontPick | null)[]>;

export function emptyLayout(): FrontLayout {
  return { headline: [null], sorotan: [null, null, null, null], pilihan: [null, null, null, null, null, null] };
}

/** The ids a layout names, in slot order. */
export function pickedIds(layout: FrontLayout): number[] {
  return FRONT_SLOTS.flatMap((s) => layout[s].flatMap((p) => (p ? [p.articleId] : [])));
}

/**
 * A stored layout, read defensively: a version written by another release (or edited by hand)
 * yields what it validly names, never an exception on the home page.
 * @example decodeLayout('{"headline":[{"articleId":7,"expiresAt":null}]}').headline // [{ articleId: 7, expiresAt: null }]
 */
export function decodeLayout(json: string): FrontLayout {
  const out = emptyLayout();
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return out;
  }
  if (!raw || typeof raw !== "object") return out;
  for (const slot of FRONT_SLOTS) {
    const list = (raw as Record<string, unknown>)[slot];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < SLOT_SIZE[slot] && i < list.length; i++) {
      const p = list[i] as { articleId?: unknown; expiresAt?: unknown } | null;
      if (!p || !Number.isSafeInteger(p.articleId)) continue;
      const expiresAt = typeof p.expiresAt === "number" && Number.isFinite(p.expiresAt) ? p.expiresAt : null;
      out[slot][i] = { articleId: p.articleId as number, expiresAt };
    }
  }
  return out;
}

export function encodeLayout(layout: FrontLayout): string {
  return JSON.stringify(layout);
}

/** Whether a pick still holds its slot: its story is among the visible ones and its time has not run out. */
export function isActivePick(pick: FrontPick | null, visible: ReadonlySet<number>, now: Date): pick is FrontPick {
  return pick !== null && visible.has(pick.articleId) && (pick.expiresAt === null || pick.expiresAt > now.getTime());
}

export type PlacedStory<T> = { article: T; pick: FrontPick | null };

export type ResolvedFrontPage<T> = {
  headline: PlacedStory<T> | null;
  sorotan: PlacedStory<T>[];
  /** Only live picks: the block has no automatic fill, and hides when empty. */
  pilihan: PlacedStory<T>[];
  /** The newest stories left over for "Berita Terkini", in order. */
  rest: T[];
};

/**
 * What the home page shows, decided at read time: a pick whose story is no longer visible (not
 * in `picked`, which holds only what readers may see now) or whose time ran out gives its
 * position back to the newest stories, as the page was before any pick. No story shows twice.
 * @example resolveFrontPage(emptyLayout(), [], [{ id: 1 }, { id: 2 }], now).headline // { article: { id: 1 }, pick: null }
 */
export function resolveFrontPage<T extends { id: number }>(layout: FrontLayout, picked: T[], newest: T[], now: Date): ResolvedFrontPage<T> {
  const byId = new Map(picked.map((a) => [a.id, a]));
  const visible = new Set(byId.keys());
  const live = (p: FrontPick | null) => (isActivePick(p, visible, now) ? p : null);
  const top = [...layout.headline, ...layout.sorotan].map(live);
  const chosen = layout.pilihan.map(live);
  // A picked story shows once: the automatic positions and the list below skip every live pick.
  const used = new Set([...top, ...chosen].flatMap((p) => (p ? [p.articleId] : [])));
  const fill = newest.filter((a) => !used.has(a.id));
  const placed = top.flatMap((p): PlacedStory<T>[] => {
    if (p) return [{ article: byId.get(p.articleId)!, pick: p }];
    const next = fill.shift();
    return next ? [{ article: next, pick: null }] : [];
  });
  // The headline is the first position filled: with no pick and no story at all there is none.
  const [headline = null, ...sorotan] = placed;
  const pilihan = chosen.flatMap((p) => (p ? [{ article: byId.get(p.articleId)!, pick: p }] : []));
  return { headline, sorotan, pilihan, rest: fill };
}

/**
 * The story id in what an editor pasted: a public id, or a link to a story (reader page or
 * preview, any host, with or without slug). Null when it names no story.
 * @example parseStoryRef("https://warta.id/berita/a1b2c3d4/judul-berita?x=1") // "a1b2c3d4"
 */
export function parseStoryRef(raw: string): string | null {
  const text = raw.trim();
  if (isPublicId(text.toLowerCase())) return text.toLowerCase();
  let path: string;
  try {
    path = new URL(text, "http://warta.invalid").pathname;
  } catch {
    return null;
  }
  const m = /^\/(?:berita|pratinjau)\/([^/]+)(?:\/|$)/.exec(path);
  const id = m?.[1].toLowerCase();
  return id && isPublicId(id) ? id : null;
}

/** The form's field for a slot position (1-based, as editors count) and its expiry field. */
export function refField(slot: FrontSlot, index: number): string {
  return `${slot}-${index + 1}`;
}
export function expiryField(slot: FrontSlot, index: number): string {
  return `${refField(slot, index)}-berakhir`;
}

export function allFields(): string[] {
  return FRONT_SLOTS.flatMap((s) => Array.from({ length: SLOT_SIZE[s] }, (_, i) => [refField(s, i), expiryField(s, i)]).flat());
}

/** Every field of the front-page form, as typed (missing ones empty). */
export function readFrontPageForm(form: { get(name: string): unknown }): Record<string, string> {
  return Object.fromEntries(allFields().map((f) => [f, String(form.get(f) ?? "").slice(0, 2000)]));
}

/**
 * The form with one position swapped with its neighbour (delta -1 up, +1 down), expiry included.
 * A move past either end changes nothing.
 * @example moveRow({ "sorotan-1": "a", "sorotan-2": "b" }, "sorotan", 1, -1)["sorotan-1"] // "b"
 */
export function moveRow(values: Record<string, string>, slot: FrontSlot, index: number, delta: -1 | 1): Record<string, string> {
  const to = index + delta;
  if (index < 0 || to < 0 || index >= SLOT_SIZE[slot] || to >= SLOT_SIZE[slot]) return values;
  const out = { ...values };
  for (const field of [refField, expiryField]) {
    out[field(slot, index)] = values[field(slot, to)] ?? "";
    out[field(slot, to)] = values[field(slot, index)] ?? "";
  }
  return out;
}

/** A story as the form checks it. */
export type StoryRef = { id: number; publicId: string; title: string; status: ArticleStatus; publishedAt: Date | null };

/**
 * Turns what was typed into a layout, or an Indonesian message beside each field that cannot be
 * used. `stories` are the stories the typed refs name, any status.
 */
export function buildLayout(
  values: Record<string, string>,
  stories: StoryRef[],
  now: Date,
): { layout: FrontLayout; errors: Record<string, string> } {
  const byPublicId = new Map(stories.map((s) => [s.publicId, s]));
  const layout = emptyLayout();
  const errors: Record<string, string> = {};
  const seen = new Map<number, string>();
  for (const slot of FRONT_SLOTS) {
    for (let i = 0; i < SLOT_SIZE[slot]; i++) {
      const field = refField(slot, i);
      const raw = values[field]?.trim() ?? "";
      const expiryRaw = values[expiryField(slot, i)]?.trim() ?? "";
      if (!raw) continue;
      const publicId = parseStoryRef(raw);
      const story = publicId ? byPublicId.get(publicId) : undefined;
      if (!publicId) errors[field] = "Tempel tautan berita Warta atau ID-nya (8 karakter).";
      else if (!story) errors[field] = "Berita tidak ditemukan.";
      else if (!isPublicAt(story, now)) errors[field] = "Berita ini belum terbit atau sudah ditarik; pilih berita yang tayang.";
      else if (seen.has(story.id)) errors[field] = `Berita ini sudah dipilih di ${seen.get(story.id)}.`;
      let expiresAt: number | null = null;
      if (expiryRaw) {
        const at = parseWibDateTimeLocal(expiryRaw);
        if (!at) errors[expiryField(slot, i)] = "Waktu berakhir tidak valid.";
        else if (at.getTime() <= now.getTime()) errors[expiryField(slot, i)] = "Waktu berakhir sudah lewat.";
        else expiresAt = at.getTime();
      }
      if (story && !errors[field]) {
        seen.set(story.id, `${SLOT_LABELS[slot]} ${i + 1}`);
        layout[slot][i] = { articleId: story.id, expiresAt };
      }
    }
  }
  return { layout, errors };
}

/** The form's values for a saved layout: each pick as its public id, each expiry in WIB. */
export function layoutValues(layout: FrontLayout, publicIds: ReadonlyMap<number, string>): Record<string, string> {
  const values: Record<string, string> = Object.fromEntries(allFields().map((f) => [f, ""]));
  for (const slot of FRONT_SLOTS) {
    layout[slot].forEach((p, i) => {
      if (!p) return;
      values[refField(slot, i)] = publicIds.get(p.articleId) ?? "";
      values[expiryField(slot, i)] = p.expiresAt === null ? "" : toWibDateTimeLocal(new Date(p.expiresAt));
    });
  }
  return values;
}

/** Whether two layouts put the same stories in the same places with the same times. */
export function sameLayout(a: FrontLayout, b: FrontLayout): boolean {
  return encodeLayout(a) === encodeLayout(b);
}

/** One position of the Pratinjau: what readers would see there, and whether an editor picked it. */
export type PreviewItem = { slot: FrontSlot; title: string; href: string; picked: boolean; expiresAt: number | null };

/** What the Atur Beranda action hands back to its form. */
export type FrontPageFormState = FormState & {
  /** Changes with every answer, so the form takes the answer's values over what it showed. */
  stamp?: number;
  /** The title of the story each filled field names. */
  titles?: Record<string, string>;
  /** Saved picks that no longer show, by field: why the position fell back to the newest stories. */
  notes?: Record<string, string>;
  preview?: PreviewItem[];
  /** After a Naik/Turun post without JavaScript: "naik:sorotan:1", the button to focus. */
  moved?: string;
};
