/**
 * Library photos inside a story body. The stored body refers to a photo only by its library id
 * (`<figure data-photo="12">`, alone or inside `<div data-gallery="">`); the reader page expands that
 * reference with the photo's current file, size, caption and credit, so an edit in the photo library
 * reaches every story that uses it. See docs/decisions (rich story body).
 */

import { escapeHtml } from "./html";
import { mediaSrcSet, mediaUrl } from "./urls";
import { shareLinksHtml } from "./share-html";

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

/** A gallery holds 2 to 30 photos (docs/decisions, rich story body). */
export const GALLERY_MAX = 30;

// The stored forms, exactly as lib/sanitize.ts writes them (lib/body-photos-sanitize.ts).
const STORED_FIGURE = '<figure data-photo="(\\d{1,9})">(?:<figcaption>([^<]*)</figcaption>)?</figure>';
const STORED_GALLERY = `<div data-gallery="">((?:${STORED_FIGURE.replace(/\((?!\?)/g, "(?:")})*)</div>`;
const FIGURE = new RegExp(STORED_FIGURE, "g");
const GALLERY = new RegExp(STORED_GALLERY);
const GALLERY_OR_FIGURE = new RegExp(`${STORED_GALLERY}|${STORED_FIGURE}`, "g");

/**
 * Why a sanitized body cannot be saved as it is, for the "Isi berita" field, or null. The sanitizer
 * keeps a gallery over the limit whole, so the editor chooses what to take out.
 * @example galleryProblem('<div data-gallery="">' + '<figure data-photo="1"></figure>'.repeat(31) + "</div>") // "Galeri berisi 31 foto; …"
 */
export function galleryProblem(html: string): string | null {
  for (const [gallery] of html.matchAll(new RegExp(GALLERY, "g"))) {
    const count = [...gallery.matchAll(FIGURE)].length;
    if (count > GALLERY_MAX) return `Galeri berisi ${count} foto; maksimal ${GALLERY_MAX} foto per galeri. Hapus sebagian atau bagi menjadi dua galeri.`;
  }
  return null;
}

/**
 * The first gallery of a stored body and the body without it, for the "Foto" story's layout (the
 * gallery large and first, the text after); null when the body holds no gallery.
 * @example leadGallery('<p>a</p><div data-gallery="">…</div>') // { gallery: '<div data-gallery="">…</div>', rest: "<p>a</p>" }
 */
export function leadGallery(html: string): { gallery: string; rest: string } | null {
  const m = GALLERY.exec(html);
  if (!m) return null;
  return { gallery: m[0], rest: html.slice(0, m.index) + html.slice(m.index + m[0].length) };
}

/** How wide a body photo shows: the article column, or the whole phone screen. */
export const BODY_PHOTO_SIZES = "(min-width: 1024px) 720px, 100vw";

/** How the photos of one body are named and shared on the page. */
export type PhotoOptions = {
  /** Prefix of each photo's anchor: "foto-" for the story, one of its own for each live update,
   *  so that anchors stay unique on a page that prints several bodies. */
  anchorPrefix?: string;
  /** The story's URL and title: each gallery photo then gets share links for its own anchor. */
  share?: { url: string; title: string };
};

function figureHtml(photo: BodyPhoto, anchor: string, captionOverride: string | undefined, share: string): string {
  // The override is stored as sanitized text, already escaped; the library's words are not.
  const caption = captionOverride ?? escapeHtml(photo.caption);
  const credit = photo.credit ? `<span class="photo-credit">Foto: ${escapeHtml(photo.credit)}</span>` : "";
  const figcaption = caption || credit ? `<figcaption>${[caption, credit].filter(Boolean).join(" ")}</figcaption>` : "";
  return (
    `<figure id="${anchor}" class="body-photo">` +
    `<img src="${mediaUrl(photo.path)}" srcset="${mediaSrcSet(photo)}" sizes="${BODY_PHOTO_SIZES}" width="${photo.width}" height="${photo.height}" alt="${escapeHtml(photo.alt)}" loading="lazy" decoding="async">` +
    `${figcaption}${share}</figure>`
  );
}

/**
 * The stored body with each photo reference drawn as a reader figure: the library photo with its
 * srcset, size, caption (the story's override, else the library's) and "Foto:" credit. Every figure
 * gets an anchor, `foto-1`, `foto-2`… in reading order, so one photo can be shared by link. A gallery
 * is a scrolling track of such figures (public/warta.js adds next and previous; without JavaScript
 * they stack). A photo no longer in the library is left out; a gallery left with one is a figure.
 * @example expandPhotos('<figure data-photo="1"></figure>', new Map([[1, photo]])) // '<figure id="foto-1" class="body-photo"><img …></figure>'
 */
export function expandPhotos(html: string, photos: ReadonlyMap<number, BodyPhoto>, options: PhotoOptions = {}): string {
  const { anchorPrefix = "foto-", share } = options;
  let n = 0;
  const draw = (id: string, caption: string | undefined, inGallery = false) => {
    const photo = photos.get(Number(id));
    if (!photo) return "";
    const anchor = `${anchorPrefix}${++n}`;
    const links = share && inGallery ? shareLinksHtml({ url: `${share.url}#${anchor}`, title: share.title, compact: true, label: `Bagikan foto ${n}` }) : "";
    return figureHtml(photo, anchor, caption, links);
  };
  return html.replace(GALLERY_OR_FIGURE, (whole, galleryInner: string | undefined, id: string | undefined, caption: string | undefined) => {
    if (galleryInner === undefined) return draw(id!, caption);
    const figures = [...galleryInner.matchAll(FIGURE)].map(([, fid, fcaption]) => draw(fid, fcaption, true)).filter(Boolean);
    if (figures.length < 2) return figures.join("");
    return (
      `<div class="gallery" data-gallery="">` +
      `<div class="gallery-track" tabindex="0" role="region" aria-label="Galeri foto, ${figures.length} foto">${figures.join("")}</div></div>`
    );
  });
}
