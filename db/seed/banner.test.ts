import { describe, expect, it } from "vitest";
import { AD_SLOT_SIZES } from "@/lib/ads/slots";
import { seedAds } from "./ads";
import { bannerSvg } from "./banner";
import { inkBox, type InkBox } from "./ink";

/** Clear space every piece of text keeps from the picture's edges. */
const MARGIN = 8;

const pictures = seedAds
  .filter((ad) => !ad.html)
  .flatMap((ad) => {
    const { desktop, phone } = AD_SLOT_SIZES[ad.slot];
    return [desktop, ...(phone ? [phone] : [])].map((size) => ({ ad, size, label: `${ad.name} ${size.width}×${size.height}` }));
  });

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const overlaps = (a: InkBox, b: InkBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("seeded ad pictures", () => {
  // Each <text> is drawn alone on a transparent picture of the same size, so its ink is
  // measured by librsvg itself: clipped text shows up as ink touching the edge.
  it.each(pictures)("$label: every line of text is inside the picture, with a margin, and apart", async ({ ad, size }) => {
    const { width: w, height: h } = size;
    const svg = await bannerSvg(ad, size);
    const texts = svg.match(/<text\b[^>]*>[\s\S]*?<\/text>/g) ?? [];
    const boxes: { text: string; box: InkBox | null }[] = [];
    for (const el of texts) {
      const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${el}</svg>`;
      boxes.push({ text: unescape(el.replace(/<[^>]*>/g, "")), box: await inkBox(alone) });
    }
    // No words were dropped or invented while breaking lines; the WARTA mark comes last.
    expect(boxes.flatMap((b) => words(b.text))).toEqual([...words(ad.headline ?? ""), ...words(ad.line ?? ""), "WARTA"]);
    for (const { text, box } of boxes) {
      expect(box, `"${text}" drew nothing`).not.toBeNull();
      const { left, top, right, bottom } = box!;
      expect({ text, left, top, right, bottom }).toEqual({
        text,
        left: expect.toSatisfy((v: number) => v >= MARGIN),
        top: expect.toSatisfy((v: number) => v >= MARGIN),
        right: expect.toSatisfy((v: number) => v <= w - MARGIN),
        bottom: expect.toSatisfy((v: number) => v <= h - MARGIN),
      });
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(overlaps(boxes[i].box!, boxes[j].box!), `"${boxes[i].text}" overlaps "${boxes[j].text}"`).toBe(false);
      }
    }
  });
});
