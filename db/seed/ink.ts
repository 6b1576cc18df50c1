import sharp from "sharp";

/** Pixel bounds of what a drawing actually painted: left/top inclusive, right/bottom exclusive. */
export type InkBox = { left: number; top: number; right: number; bottom: number };

/**
 * Renders an SVG with sharp (librsvg and this machine's fonts, the same path the seed's
 * pictures take) and returns the bounds of every pixel that is not fully transparent,
 * or null when nothing was drawn. Text must be measured this way, not from a table of
 * glyph widths: which font fontconfig picks for "sans-serif" differs between machines.
 */
export async function inkBox(svg: string): Promise<InkBox | null> {
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  let left = width;
  let top = height;
  let right = 0;
  let bottom = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[(y * width + x) * channels + channels - 1] === 0) continue;
      if (x < left) left = x;
      if (x >= right) right = x + 1;
      if (y < top) top = y;
      if (y >= bottom) bottom = y + 1;
    }
  }
  return right === 0 ? null : { left, top, right, bottom };
}
