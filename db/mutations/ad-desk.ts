import { eq } from "drizzle-orm";
import type { AdInput } from "@/lib/ad-form";
import type { Db } from "../client";
import { adCreativeKanal, adCreatives, media } from "../schema";

/**
 * Creates (id null) or updates a creative with its kanal targeting in one transaction.
 * A newly stored picture (its media id, from storeAdImage) replaces the old one;
 * `dropMobileImage` clears the phone picture, for a creative moved to a slot that has no
 * phone size. Returns the id, or null when the creative to update no longer exists.
 */
export function saveAdCreative(
  db: Db,
  params: { id: number | null; input: AdInput; imageId: number | null; mobileImageId: number | null; dropMobileImage: boolean; now?: Date },
): number | null {
  const { input } = params;
  const now = params.now ?? new Date();
  return db.transaction((tx) => {
    const current = params.id ? tx.select().from(adCreatives).where(eq(adCreatives.id, params.id)).get() : undefined;
    if (params.id && !current) return null;
    let imageId = params.imageId ?? current?.imageId ?? null;
    let mobileImageId = params.mobileImageId ?? current?.mobileImageId ?? null;
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
