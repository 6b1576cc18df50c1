import { eq } from "drizzle-orm";
import type { AdInput } from "@/lib/ad-form";
import type { MediaStore } from "@/lib/media";
import { getDb, transaction } from "../engine";
import { adCreativeKanal, adCreatives, media } from "../tables";
import { type StoredAdImage, writeAdImage } from "./ads";

/**
 * Creates (id null) or updates a creative with its kanal targeting in one transaction.
 * A newly written picture (from writeAdImage) gets its media row here and replaces the old one;
 * `dropMobileImage` clears the phone picture, for a creative moved to a slot that has no
 * phone size. Returns the id, or null when the creative to update no longer exists.
 */
export async function saveAdCreative(params: {
  id: number | null;
  input: AdInput;
  image: StoredAdImage | null;
  mobileImage: StoredAdImage | null;
  dropMobileImage: boolean;
  now?: Date;
}): Promise<number | null> {
  const { input } = params;
  const now = params.now ?? new Date();
  return transaction(async (tx) => {
    const [current] = params.id ? await tx.select().from(adCreatives).where(eq(adCreatives.id, params.id)) : [];
    if (params.id && !current) return null;
    const addMedia = async (picture: StoredAdImage | null) => {
      if (!picture) return null;
      const [row] = await tx.insert(media).values({ ...picture, alt: input.altText }).returning({ id: media.id });
      return row.id;
    };
    let imageId = (await addMedia(params.image)) ?? current?.imageId ?? null;
    let mobileImageId = (await addMedia(params.mobileImage)) ?? current?.mobileImageId ?? null;
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

export type SaveAdResult = { ok: true; id: number } | { ok: false; reason: "missing" } | { ok: false; reason: "picture"; variant: "desktop" | "phone"; message: string };

/**
 * saveAdCreative with the form's new pictures. A save that does not go through must leave no files
 * in the media store and no media rows: a creative already gone is found before anything is written, and
 * files written for a save that fails after all (deleted meanwhile, or an error) are removed again.
 */
export async function saveAdWithPictures(
  params: { media: MediaStore; id: number | null; input: AdInput; picture: Uint8Array | null; phonePicture: Uint8Array | null; dropMobileImage: boolean },
): Promise<SaveAdResult> {
  const { input, media } = params;
  if (params.id && (await getDb().select({ id: adCreatives.id }).from(adCreatives).where(eq(adCreatives.id, params.id))).length === 0) {
    return { ok: false, reason: "missing" };
  }
  const written: string[] = [];
  let result: SaveAdResult | undefined;
  try {
    const pictures: Record<"desktop" | "phone", StoredAdImage | null> = { desktop: null, phone: null };
    for (const [variant, data] of [["desktop", params.picture], ["phone", params.phonePicture]] as const) {
      if (!data) continue;
      const r = await writeAdImage({ media, slot: input.slot, variant, data });
      if (!r.ok) {
        result = { ok: false, reason: "picture", variant, message: r.message };
        return result;
      }
      written.push(r.image.path);
      pictures[variant] = r.image;
    }
    const id = await saveAdCreative({ id: params.id, input, image: pictures.desktop, mobileImage: pictures.phone, dropMobileImage: params.dropMobileImage });
    result = id === null ? { ok: false, reason: "missing" } : { ok: true, id };
    return result;
  } finally {
    if (!result?.ok) await media.remove(written);
  }
}
