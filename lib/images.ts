import sharp from "sharp";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Larger pictures are refused before decoding: a small file can claim gigapixels (a decompression bomb). */
export const MAX_UPLOAD_PIXELS = 40_000_000;
export const STORED_WIDTH = 1200;
export const VARIANT_WIDTHS = [640] as const;

const ACCEPTED = new Set(["jpeg", "png", "webp"]);
const TOO_MANY_PIXELS = "Resolusi foto terlalu besar (maksimal 40 megapiksel).";

export type ProcessedImage = { width: number; height: number; full: Buffer; variants: { width: number; data: Buffer }[] };
export type ImageCheck = { ok: true; image: ProcessedImage } | { ok: false; message: string };

/** Sniffs the real type from the first bytes; the file name and the browser's MIME type are not trusted. */
export function sniffImageType(bytes: Uint8Array): "jpeg" | "png" | "webp" | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return "png";
  if (
    bytes.length >= 12 &&
    String.fromCharCode(...bytes.subarray(0, 4)) === "RIFF" &&
    String.fromCharCode(...bytes.subarray(8, 12)) === "WEBP"
  )
    return "webp";
  return null;
}

/**
 * Checks an uploaded photo and turns it into the WebP files the reader pages use:
 * EXIF orientation applied, then every metadata block (GPS, camera serials) dropped.
 * Nothing is written here; the caller stores the buffers only when all is well.
 */
export async function processUpload(data: Uint8Array): Promise<ImageCheck> {
  if (data.length === 0) return { ok: false, message: "Berkas foto kosong." };
  if (data.length > MAX_UPLOAD_BYTES) return { ok: false, message: "Foto terlalu besar: maksimal 10 MB." };
  const type = sniffImageType(data);
  if (!type) return { ok: false, message: "Berkas bukan foto JPEG, PNG, atau WebP." };
  try {
    const input = sharp(data, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "error" });
    const meta = await input.metadata();
    if (!meta.format || !ACCEPTED.has(meta.format) || meta.format !== type) {
      return { ok: false, message: "Berkas bukan foto JPEG, PNG, atau WebP." };
    }
    if (!meta.width || !meta.height) return { ok: false, message: "Ukuran foto tidak terbaca." };
    if (meta.width * meta.height > MAX_UPLOAD_PIXELS) return { ok: false, message: TOO_MANY_PIXELS };
    if (meta.width < 400) return { ok: false, message: "Foto terlalu kecil: lebar minimal 400 piksel." };
    const base = sharp(data, { limitInputPixels: MAX_UPLOAD_PIXELS }).rotate();
    const { data: full, info } = await base
      .clone()
      .resize({ width: STORED_WIDTH, withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer({ resolveWithObject: true });
    const variants = await Promise.all(
      VARIANT_WIDTHS.map(async (width) => ({
        width,
        data: await base.clone().resize({ width, withoutEnlargement: true }).webp({ quality: 74 }).toBuffer(),
      })),
    );
    return { ok: true, image: { width: info.width, height: info.height, full, variants } };
  } catch (err) {
    if (err instanceof Error && /pixel limit/i.test(err.message)) return { ok: false, message: TOO_MANY_PIXELS };
    return { ok: false, message: "Foto rusak atau tidak dapat dibaca." };
  }
}
