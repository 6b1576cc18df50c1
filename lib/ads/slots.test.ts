import { describe, expect, it } from "vitest";
import { adSlots } from "@/lib/domain";
import { AD_SLOT_SIZES, adBoxClass, adSizeText, hasPhoneSize, isAboveTheFold } from "./slots";

describe("ad slots", () => {
  it("reserves exactly the sold size, per breakpoint", () => {
    for (const slot of adSlots) {
      const { desktop, phone } = AD_SLOT_SIZES[slot];
      const box = adBoxClass(slot);
      const small = phone ?? desktop;
      expect(box, slot).toContain(`w-[${small.width}px]`);
      expect(box, slot).toContain(`h-[${small.height}px]`);
      if (phone) expect(box, slot).toContain(`md:w-[${desktop.width}px]`);
    }
    expect(adBoxClass("leaderboard")).toBe("h-[100px] w-[320px] md:h-[90px] md:w-[728px]");
  });

  it("fits every phone box in a 360 px screen with the page's padding", () => {
    for (const slot of adSlots) {
      const { desktop, phone, desktopOnly } = AD_SLOT_SIZES[slot];
      if (!desktopOnly) expect((phone ?? desktop).width, slot).toBeLessThanOrEqual(360 - 32);
    }
  });

  it("names sizes for the ad desk", () => {
    expect(adSizeText("leaderboard")).toBe("728×90 / 320×100");
    expect(adSizeText("half-page")).toBe("300×600");
  });

  it("knows which slots change shape on phones and which one is above the fold", () => {
    expect(adSlots.filter(hasPhoneSize)).toEqual(["leaderboard", "between-sections", "above-footer"]);
    expect(adSlots.filter(isAboveTheFold)).toEqual(["leaderboard"]);
  });
});
