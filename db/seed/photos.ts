import sharp from "sharp";
import type { MediaStore } from "@/lib/media";
import { mediaVariantPath } from "@/lib/urls";
import type { Random } from "./random";

export const PHOTO_WIDTH = 1200;
export const PHOTO_HEIGHT = 675;
export const PHOTO_VARIANT_WIDTHS = [640] as const;

/**
 * Draws a landscape-like illustration (sky, sun, hills, a skyline) in the kanal's colour.
 * Demo photos are made here rather than downloaded, so a fresh install needs no network.
 */
function illustrationSvg(color: string, rnd: Random): string {
  const w = PHOTO_WIDTH;
  const h = PHOTO_HEIGHT;
  const sunX = rnd.int(150, w - 150);
  const sunY = rnd.int(110, 260);
  const hill = (base: number, amp: number) => {
    let d = `M0 ${base}`;
    for (let x = 0; x <= w; x += 150) d += ` Q${x + 75} ${base - rnd.int(0, amp)} ${x + 150} ${base + rnd.int(-20, 20)}`;
    return `${d} L${w} ${h} L0 ${h} Z`;
  };
  let skyline = "";
  for (let x = rnd.int(-40, 40); x < w; x += rnd.int(60, 130)) {
    const bw = rnd.int(40, 100);
    const bh = rnd.int(80, 260);
    skyline += `<rect x="${x}" y="${h - 180 - bh}" width="${bw}" height="${bh + 180}" fill="#0f172a" opacity="${(0.25 + rnd.next() * 0.3).toFixed(2)}"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${color}"/><stop offset="1" stop-color="#fde68a"/>
  </linearGradient></defs>
  <rect width="${w}" height="${h}" fill="url(#sky)"/>
  <circle cx="${sunX}" cy="${sunY}" r="${rnd.int(50, 90)}" fill="#fff7ed" opacity="0.85"/>
  ${skyline}
  <path d="${hill(h - 170, 90)}" fill="${color}" opacity="0.55"/>
  <path d="${hill(h - 90, 60)}" fill="#0f172a" opacity="0.55"/>
</svg>`;
}

/** Renders one demo photo and its smaller variants into the media store; returns the stored path. */
export async function renderSeedPhoto(opts: { media: MediaStore; name: string; color: string; rnd: Random }): Promise<string> {
  const path = `seed/${opts.name}.webp`;
  const svg = Buffer.from(illustrationSvg(opts.color, opts.rnd));
  await opts.media.put(path, await sharp(svg).webp({ quality: 72 }).toBuffer());
  for (const width of PHOTO_VARIANT_WIDTHS) {
    await opts.media.put(mediaVariantPath(path, width), await sharp(svg).resize({ width }).webp({ quality: 70 }).toBuffer());
  }
  return path;
}
