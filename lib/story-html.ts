import { expandPhotos, type BodyPhoto, type PhotoOptions } from "./body-photos";
import { expandEmbeds } from "./embeds";

/**
 * A stored (sanitized) body as the reader page prints it: library photos and galleries drawn from the
 * photos given, embeds as their previews. The one place reader HTML is made from a stored body, used
 * by the article body and by live-report updates alike (each update with an anchor prefix of its own).
 */
export function expandStoryHtml(html: string, photos: ReadonlyMap<number, BodyPhoto>, options: PhotoOptions = {}): string {
  return expandEmbeds(expandPhotos(html, photos, options));
}
