import { eq } from "drizzle-orm";
import type { AdInput } from "@/lib/ad-form";
import { removeMediaFiles } from "@/lib/media-files";
import type { Db } from "../client";
import { adCreativeKanal, adCreatives, media } from "../schema";
import { type StoredAdImage, writeAdImage } from "./ads";

/**
 * Creates (id null) or updates a creative with its kanal targeting in one transaction.
 * A newly written picture (from writeAdImage) gets its media row here and replaces the old one;
 * `dropMobileImage` clears the phone picture, for a creative moved to a slot that has no
 * phone size. Returns the id, or null when the creative to update no longer exists.
 */
export function saveAdCreative(
  db: Db,
  params: { id: number | null; input: AdInput; image: StoredAdImage | null; mobileImage: StoredAdImage | null; dropMobileImage: boolean; now?: Date },
): number | null {
  const { input } = params;
  const now = params.now ?? new Date();
  return db.transaction((tx) => {
    const current = params.id ? tx.select().from(adCreatives).where(eq(adCreatives.id, params.id)).get() : undefined;
    if (params.id && !current) return null;
    const addMedia = (picture: StoredAdImage | null) =>
      picture ? tx.insert(media).values({ ...picture, alt: input.altText }).returning({ id: media.id }).get().id : null;
    let imageId = addMedia(params.image) ?? current?.imageId ?? null;
    let mobileImageId = addMedia(params.mobileImage) ?? current?.mobileImageId ?? null;
    if (params.dropMobileImage) mobileImageId = null;
    // An HTML creative keeps no picture: a picture left behind would be shown if its kind changed back unnoticed.
    if (input.kind === "html") {
      imageId = null;
      mobileImageId = null;
    }
    const fields = {
      name: input.name,
      slot: input.slot,
      kind: input.kind,
      imageId,
      mobileImageId,
      targetUrl: input.targetUrl,
      altText: input.altText,
      html: input.html,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      weight: input.weight,
      paused: input.paused,
      updatedAt: now,
    };
    let id: number;
    if (current) {
      tx.update(adCreatives).set(fields).where(eq(adCreatives.id, current.id)).run();
      id = current.id;
    } else {
      id = tx.insert(adCreatives).values({ ...fields, createdAt: now }).returning({ id: adCreatives.id }).get().id;
    }
    for (const pictureId of [imageId, mobileImageId]) {
      if (pictureId) tx.update(media).set({ alt: input.altText }).where(eq(media.id, pictureId)).run();
    }
    tx.delete(adCreativeKanal).where(eq(adCreativeKanal.creativeId, id)).run();
    for (const kanalId of input.kanalIds) tx.insert(adCreativeKanal).values({ creativeId: id, kanalId }).run();
    return id;
  });
}

/** Pauses or resumes a creative; false when it does not exist. */
export function setAdPaused(db: Db, id: number, paused: boolean, now = new Date()): boolean {
  return db.update(adCreatives).set({ paused, updatedAt: now }).where(eq(adCreatives.id, id)).run().changes > 0;
}

/** Deletes a creative; its targeting and daily counts go with it (cascade). False when it did not exist. */
export function deleteAdCreative(db: Db, id: number): boolean {
  return db.delete(adCreatives).where(eq(adCreatives.id, id)).run().changes > 0;
}

export type SaveAdResult = { ok: true; id: number } | { ok: false; reason: "missing" } | { ok: false; reason: "picture"; variant: "desktop" | "phone"; message: string };

/**
 * saveAdCreative with the form's new pictures. A save that does not go through must leave no files
 * in MEDIA_DIR and no media rows: a creative already gone is found before anything is written, and
 * files written for a save that fails after all (deleted meanwhile, or an error) are removed again.
 */
export async function saveAdWithPictures(
  db: Db,
  params: { mediaDir: string; id: number | null; input: AdInput; picture: Uint8Array | null; phonePicture: Uint8Array | null; dropMobileImage: boolean },
): Promise<SaveAdResult> {
  const { input, mediaDir } = params;
  if (params.id && !db.select({ id: adCreatives.id }).from(adCreatives).where(eq(adCreatives.id, params.id)).get()) return { ok: false, reason: "missing" };
  const written: string[] = [];
  let result: SaveAdResult | undefined;
  try {
    const pictures: Record<"desktop" | "phone", StoredAdImage | null> = { desktop: null, phone: null };
    for (const [variant, data] of [["desktop", params.picture], ["phone", params.phonePicture]] as const) {
      if (!data) continue;
      const r = await writeAdImage({ mediaDir, slot: input.slot, variant, data });
      if (!r.ok) {
        result = { ok: false, reason: "picture", variant, message: r.message };
        return result;
      }
      written.push(r.image.path);
      pictures[variant] = r.image;
    }
    const id = saveAdCreative(db, { id: params.id, input, image: pictures.desktop, mobileImage: pictures.phone, dropMobileImage: params.dropMobileImage });
    result = id === null ? { ok: false, reason: "missing" } : { ok: true, id };
    return result;
  } finally {
    if (!result?.ok) await removeMediaFiles(written, mediaDir);
  }
}
