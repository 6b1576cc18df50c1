import { crc32 } from "node:zlib";
import sharp from "sharp";
import { MAX_UPLOAD_BYTES } from "@/lib/images";

export type HostileFile = {
  /** What the test calls it. */
  label: string;
  /** The name the browser sends; the server must never use it. */
  name: string;
  mimeType: string;
  /** The message shown next to the field. */
  message: string;
  bytes: () => Promise<Buffer>;
};

/**
 * A real 1×1 PNG whose header is rewritten (CRC fixed) to claim width×height pixels: a few dozen
 * bytes that would need gigabytes once decoded.
 */
export async function bombPng(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await sharp({ create: { width: 1, height: 1, channels: 3, background: "#fff" } }).png().toBuffer());
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** A photo the upload checks accept. */
export function goodJpeg(width = 1600, height = 900): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#0e7490" } }).jpeg().toBuffer();
}

const NOT_A_PHOTO = "Berkas bukan foto JPEG, PNG, atau WebP.";

/** Every upload the photo and ad forms must refuse before anything reaches MEDIA_DIR, with its message. */
export const HOSTILE_FILES: HostileFile[] = [
  {
    label: "oversize (10 MB + 1 byte, JPEG magic)",
    name: "besar.jpg",
    mimeType: "image/jpeg",
    message: "Foto terlalu besar: maksimal 10 MB.",
    bytes: async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(MAX_UPLOAD_BYTES + 1 - 4, 0x20)]),
  },
  {
    label: "wrong magic bytes (text named .jpg)",
    name: "foto.jpg",
    mimeType: "image/jpeg",
    message: NOT_A_PHOTO,
    bytes: async () => Buffer.from("Ini bukan foto, hanya teks biasa yang diberi nama .jpg.\n".repeat(20)),
  },
  {
    label: "PNG magic bytes, then HTML",
    name: "poliglot.png",
    mimeType: "image/png",
    message: "Foto rusak atau tidak dapat dibaca.",
    bytes: async () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("<html><script>alert(1)</script></html>")]),
  },
  {
    label: "SVG with a script",
    name: "logo.svg",
    mimeType: "image/svg+xml",
    message: NOT_A_PHOTO,
    bytes: async () =>
      Buffer.from(
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" onload="alert(1)"><script>alert(2)</script><rect width="800" height="600"/></svg>',
      ),
  },
  {
    label: "SVG named .png and sent as image/png",
    name: "gambar.png",
    mimeType: "image/png",
    message: NOT_A_PHOTO,
    bytes: async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  },
  {
    label: "decompression bomb (PNG declaring 50000×50000)",
    name: "bom.png",
    mimeType: "image/png",
    message: "Resolusi foto terlalu besar (maksimal 40 megapiksel).",
    bytes: () => bombPng(50_000, 50_000),
  },
];

/** A valid photo under a name that tries to climb out of MEDIA_DIR: the name is ignored, the file stored under a random one. */
export const TRAVERSAL_NAME = "../../evil.jpg";
