import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { headlineCard, logoImage, photoToOgJpeg } from "./og-image";

describe("photoToOgJpeg", () => {
  it("cuts any photo to a 1200×630 JPEG", async () => {
    for (const [width, height] of [[1200, 675], [800, 1200], [300, 200]]) {
      const photo = await sharp({ create: { width, height, channels: 3, background: "#336699" } }).webp().toBuffer();
      const meta = await sharp(await photoToOgJpeg(photo)).metadata();
      expect([meta.format, meta.width, meta.height], `${width}×${height}`).toEqual(["jpeg", 1200, 630]);
    }
  });

  it("keeps the focal point: a portrait photo, red above and blue below, cut around a low point shows blue", async () => {
    const top = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#ff0000" } }).png().toBuffer();
    const photo = await sharp({ create: { width: 800, height: 1200, channels: 3, background: "#0000ff" } })
      .composite([{ input: top, top: 0, left: 0 }])
      .webp()
      .toBuffer();
    const colour = async (focus: { x: number; y: number }) => {
      const { data } = await sharp(await photoToOgJpeg(photo, focus)).resize(1, 1).raw().toBuffer({ resolveWithObject: true });
      return data[0] > data[2] ? "red" : "blue";
    };
    expect(await colour({ x: 50, y: 0 })).toBe("red");
    expect(await colour({ x: 50, y: 100 })).toBe("blue");
  });
});

describe("generated images", () => {
  it("draws a 1200×630 headline card", async () => {
    const res = headlineCard({ title: "Tarif Terintegrasi Kereta Komuter dan Bus Kota Diuji Coba di Jabodetabek — “uji” é", kanal: "Nasional", siteName: "Warta" });
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
  }, 30_000);

  it("draws a square logo", async () => {
    const meta = await sharp(Buffer.from(await logoImage("Warta").arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 512, 512]);
  }, 30_000);
});
