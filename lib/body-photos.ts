/**
 * Library photos inside a story body. The stored body refers to a photo only by its library id
 * (`<figure data-photo="12">`, alone or inside `<div data-gallery="">`); the reader page expands that
 * reference with the photo's current file, size, caption and credit, so an edit in the photo library
 * reaches every story that uses it. See docs/decisions (rich story body).
 */

/** What the reader page needs of one library photo to draw it. */
export type BodyPhoto = {
  id: number;
  path: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
};

const PHOTO_REF = /<figure\b[^>]*?\sdata-photo="(\d{1,9})"/g;

/**
 * The library ids a stored body refers to, each once, in order of first use.
 * @example photoIdsIn('<figure data-photo="3"></figure><figure data-photo="3"></figure>') // [3]
 */
export function photoIdsIn(html: string): number[] {
  const ids = new Set<number>();
  for (const [, id] of html.matchAll(PHOTO_REF)) ids.add(Number(id));
  return [...ids];
}

/**
 * The stored body with each photo reference drawn as a reader figure.
 * (Placeholder until the figure renderer lands: returns the body unchanged.)
 */
export function expandPhotos(html: string, photos: ReadonlyMap<number, BodyPhoto>): string {
  void photos;
  return html;
}
