import sharp from "sharp";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Larger pictures are refused before decoding: a small file can claim gigapixels (a decompression bomb). */
export const MAX_UPLOAD_PIXELS = 40_000_000;
export const STORED_WIDTH = 1200;
export const VARIANT_WIDTHS = [640] as const;

const ACCEPTED = new Set(["jpeg", "png", "webp"]);
const TOO_MANY_PIXELS = "Resolusi foto terlalu besar (maksimal 40 megapiksel).";

/** The upload at its own size, turned upright and with every metadata block dropped: kept for re-cropping later. */
export type OriginalImage = { data: Buffer; ext: "jpg" | "png" | "webp" };
export type ProcessedImage = { width: number; height: number; full: Buffer; variants: { width: number; data: Buffer }[]; original: OriginalImage };
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

type Checked = { ok: true; width: number; height: number; type: "jpeg" | "png" | "webp" } | { ok: false; message: string };

/**
 * The checks every upload passes before anything is decoded in full: size, real type by
 * its bytes, and a pixel count that rules out decompression bombs.
 */
async function checkUpload(data: Uint8Array): Promise<Checked> {
  if (data.length === 0) return { ok: false, message: "Berkas foto kosong." };
  if (data.length > MAX_UPLOAD_BYTES) return { ok: false, message: "Foto terlalu besar: maksimal 10 MB." };
  const type = sniffImageType(data);
  if (!type) return { ok: false, message: "Berkas bukan foto JPEG, PNG, atau WebP." };
  const meta = await sharp(data, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "error" }).metadata();
  if (!meta.format || !ACCEPTED.has(meta.format) || meta.format !== type) {
    return { ok: false, message: "Berkas bukan foto JPEG, PNG, atau WebP." };
  }
  if (!meta.width || !meta.height) return { ok: false, message: "Ukuran foto tidak terbaca." };
  if (meta.width * meta.height > MAX_UPLOAD_PIXELS) return { ok: false, message: TOO_MANY_PIXELS };
  return { ok: true, width: meta.width, height: meta.height, type };
}

function readFailure(err: unknown): { ok: false; message: string } {
  if (err instanceof Error && /pixel limit/i.test(err.message)) return { ok: false, message: TOO_MANY_PIXELS };
  return { ok: false, message: "Foto rusak atau tidak dapat dibaca." };
}

/**
 * Checks an uploaded photo and turns it into the WebP files the reader pages use:
 * EXIF orientation applied, then every metadata block (GPS, camera serials) dropped.
 * Nothing is written here; the caller stores the buffers only when all is well.
 */
export async function processUpload(data: Uint8Array): Promise<ImageCheck> {
  try {
    const checked = await checkUpload(data);
    if (!checked.ok) return checked;
    if (checked.width < 400) return { ok: false, message: "Foto terlalu kecil: lebar minimal 400 piksel." };
    const base = sharp(data, { limitInputPixels: MAX_UPLOAD_PIXELS }).rotate();
    const { data: full, info } = await base
      .clone()
      .resize({ width: STORED_WIDTH, withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer({ resolveWithObject: true });
    // sharp writes no metadata unless asked (withMetadata), so re-encoding is what strips it;
    // at high quality in the upload's own format, since later crops start from this copy.
    const upright = base.clone();
    const original: OriginalImage =
      checked.type === "png"
        ? { data: await upright.png().toBuffer(), ext: "png" }
        : checked.type === "webp"
          ? { data: await upright.webp({ quality: 92 }).toBuffer(), ext: "webp" }
          : { data: await upright.jpeg({ quality: 92, mozjpeg: true }).toBuffer(), ext: "jpg" };
    const variants = await Promise.all(
      VARIANT_WIDTHS.map(async (width) => ({
        width,
        data: await base.clone().resize({ width, withoutEnlargement: true }).webp({ quality: 74 }).toBuffer(),
      })),
    );
    return { ok: true, image: { width: info.width, height: info.height, full, variants, original } };
  } catch (err) {
    return readFailure(err);
  }
}

export type AdImageCheck = { ok: true; data: Buffer } | { ok: false; message: string };

/**
 * Checks an ad picture like any upload and stores it at its sold size: an ad is drawn for
 * its box, so it is never resized to fit. The exact size, or twice it for sharp phone and
 * retina screens, is accepted; the file becomes a metadata-free WebP at that size.
 */
export async function processAdImage(data: Uint8Array, size: { width: number; height: number }): Promise<AdImageCheck> {
  try {
    const checked = await checkUpload(data);
    if (!checked.ok) return checked;
    const { width, height } = size;
    // Orientation is judged after EXIF rotation, as the reader will see the picture.
    const turned = await sharp(data, { limitInputPixels: MAX_UPLOAD_PIXELS }).rotate().toBuffer({ resolveWithObject: true });
    const w = turned.info.width;
    const h = turned.info.height;
    const fits = (w === width && h === height) || (w === 2 * width && h === 2 * height);
    if (!fits) {
      return {
        ok: false,
        message: `Ukuran gambar iklan harus tepat ${width}×${height} piksel (atau ${2 * width}×${2 * height} untuk layar tajam); berkas ini ${w}×${h}.`,
      };
    }
    return { ok: true, data: await sharp(turned.data).webp({ quality: 85 }).toBuffer() };
  } catch (err) {
    return readFailure(err);
  }
}
