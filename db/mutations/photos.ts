import type { ProcessedImage } from "@/lib/images";
import type { MediaStore } from "@/lib/media";
import { transaction } from "../engine";
import { media } from "../tables";
import { photoFiles, storePhoto } from "./articles";

export type UploadedPhoto = { id: number; path: string; width: number; height: number };

/**
 * A photo uploaded on its own, ahead of the article form's save (the progress bar's upload): its
 * files in the media store and a media row without words yet; the form's save then names it by id and
 * writes its caption, credit and alt text. A row that cannot be written takes its files with it.
 */
export async function storeUploadedPhoto(mediaStore: MediaStore, image: ProcessedImage, now = new Date()): Promise<UploadedPhoto> {
  const stored = await storePhoto(mediaStore, image, now);
  try {
    const [row] = await transaction(async (tx) => tx.insert(media).values({ ...stored, createdAt: now }).returning({ id: media.id }));
    return { id: row.id, ...stored };
  } catch (error) {
    await mediaStore.remove(photoFiles(stored.path, image));
    throw error;
  }
}
