import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, processAdImage, processUpload, sniffImageType } from "./images";

const photo = (format: "jpeg" | "png" | "webp", width = 1600, height = 900) =>
  sharp({ create: { width, height, channels: 3, background: "#b91c1c" } })
    .withMetadata({ exif: { IFD0: { Copyright: "rahasia-gps" } } })
    [format]()
    .toBuffer();

describe("processUpload", () => {
  it.each(["jpeg", "png", "webp"] as const)("accepts %s and makes WebP files without metadata", async (format) => {
    const result = await processUpload(await photo(format));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.image.width).toBe(1200);
    expect(result.image.height).toBe(675);
    const meta = await sharp(result.image.full).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();
    expect((await sharp(result.image.variants[0].data).metadata()).width).toBe(640);
  });

  it.each(["jpeg", "png", "webp"] as const)("keeps the %s original at its own size and format, upright and without metadata", async (format) => {
    // EXIF orientation 6: the camera held sideways; the kept original is turned upright like the rest.
    const sideways = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#1d4ed8" } })
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: "rahasia-gps" } } })
      [format]()
      .toBuffer();
    const result = await processUpload(sideways);
    if (!result.ok) throw new Error(result.message);
    const meta = await sharp(result.image.original.data).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif, meta.orientation]).toEqual([format, 900, 1600, undefined, undefined]);
    expect(result.image.original.ext).toBe(format === "jpeg" ? "jpg" : format);
  });

  it("judges by content, not by name: text and SVG are refused", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await processUpload(svg)).toEqual({ ok: false, message: "Berkas bukan foto JPEG, PNG, atau WebP." });
    expect((await processUpload(Buffer.from("GIF89a....")))).toMatchObject({ ok: false });
    expect(sniffImageType(Buffer.from("hello"))).toBeNull();
  });

  it("refuses oversize files before decoding", async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0xff);
    expect(await processUpload(big)).toEqual({ ok: false, message: "Foto terlalu besar: maksimal 10 MB." });
  });

  it("refuses a decompression bomb: tiny file, huge declared size", async () => {
    // A real 1×1 PNG whose header is rewritten to claim 30000×30000 pixels.
    const png = Buffer.from(await sharp({ create: { width: 1, height: 1, channels: 3, background: "#fff" } }).png().toBuffer());
    png.writeUInt32BE(30000, 16);
    png.writeUInt32BE(30000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    expect((await sharp(png, { limitInputPixels: false }).metadata()).width).toBe(30000);
    expect(await processUpload(png)).toEqual({ ok: false, message: "Resolusi foto terlalu besar (maksimal 40 megapiksel)." });
  });

  it("refuses a truncated file", async () => {
    const good = await photo("jpeg");
    expect((await processUpload(good.subarray(0, 200))).ok).toBe(false);
  });
});

describe("processAdImage", () => {
  const banner = (width: number, height: number, format: "png" | "jpeg" = "png") =>
    sharp({ create: { width, height, channels: 3, background: "#0e7490" } })
      .withMetadata({ exif: { IFD0: { Copyright: "rahasia" } } })
      [format]()
      .toBuffer();

  it("keeps an ad at its exact size, or at twice it, as WebP without metadata", async () => {
    for (const [w, h] of [
      [728, 90],
      [1456, 180],
    ]) {
      const result = await processAdImage(await banner(w, h), { width: 728, height: 90 });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const meta = await sharp(result.data).metadata();
      expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["webp", w, h, undefined]);
    }
  });

  it("refuses any other size with the size it needs, in Indonesian", async () => {
    expect(await processAdImage(await banner(300, 250), { width: 728, height: 90 })).toEqual({
      ok: false,
      message: "Ukuran gambar iklan harus tepat 728×90 piksel (atau 1456×180 untuk layar tajam); berkas ini 300×250.",
    });
  });

  it("applies the same checks as photos: type by content, no decompression bombs", async () => {
    expect(await processAdImage(Buffer.from("<svg/>"), { width: 300, height: 250 })).toEqual({
      ok: false,
      message: "Berkas bukan foto JPEG, PNG, atau WebP.",
    });
    const png = Buffer.from(await sharp({ create: { width: 1, height: 1, channels: 3, background: "#fff" } }).png().toBuffer());
    png.writeUInt32BE(30000, 16);
    png.writeUInt32BE(30000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    expect(await processAdImage(png, { width: 300, height: 250 })).toMatchObject({ ok: false });
  });
});
