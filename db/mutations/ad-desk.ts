import { eq } from "drizzle-orm";
import type { AdInput } from "@/lib/ad-form";
import { transaction } from "../engine";
import { adCreativeKanal, adCreatives, media } from "../tables";

/**
 * Creates (id null) or updates a creative with its kanal targeting in one transaction.
 * A newly stored picture (its media id, from storeAdImage) replaces the old one;
 * `dropMobileImage` clears the phone picture, for a creative moved to a slot that has no
 * phone size. Returns the id, or null when the creative to update no longer exists.
 */
export async function saveAdCreative(params: {
  id: number | null;
  input: AdInput;
  imageId: number | null;
  mobileImageId: number | null;
  dropMobileImage: boolean;
  now?: Date;
}): Promise<number | null> {
  const { input } = params;
  const now = params.now ?? new Date();
  return transaction(async (tx) => {
    const [current] = params.id ? await tx.select().from(adCreatives).where(eq(adCreatives.id, params.id)) : [];
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
      await tx.update(adCreatives).set(fields).where(eq(adCreatives.id, current.id));
      id = current.id;
    } else {
      const [row] = await tx.insert(adCreatives).values({ ...fields, createdAt: now }).returning({ id: adCreatives.id });
      id = row.id;
    }
    for (const pictureId of [imageId, mobileImageId]) {
      if (pictureId) await tx.update(media).set({ alt: input.altText }).where(eq(media.id, pictureId));
    }
    await tx.delete(adCreativeKanal).where(eq(adCreativeKanal.creativeId, id));
    if (input.kanalIds.length) await tx.insert(adCreativeKanal).values(input.kanalIds.map((kanalId) => ({ creativeId: id, kanalId })));
    return id;
  });
}

/** Pauses or resumes a creative; false when it does not exist. */
export async function setAdPaused(id: number, paused: boolean, now = new Date()): Promise<boolean> {
  const rows = await transaction((tx) =>
    tx.update(adCreatives).set({ paused, updatedAt: now }).where(eq(adCreatives.id, id)).returning({ id: adCreatives.id }),
  );
  return rows.length > 0;
}

/** Deletes a creative; its targeting and daily counts go with it (cascade). False when it did not exist. */
export async function deleteAdCreative(id: number): Promise<boolean> {
  const rows = await transaction((tx) => tx.delete(adCreatives).where(eq(adCreatives.id, id)).returning({ id: adCreatives.id }));
  return rows.length > 0;
}
