import { describe, expect, it } from "vitest";
import { type AdCandidate, type AdContext, isEligible, isRunning, pageAllowsAds } from "./eligibility";

const NOW = new Date("2026-11-28T03:00:00Z");
const HOUR = 3600_000;

const creative = (over: Partial<AdCandidate> = {}): AdCandidate => ({
  id: 1,
  slot: "sidebar",
  startsAt: new Date(NOW.getTime() - HOUR),
  endsAt: new Date(NOW.getTime() + HOUR),
  paused: false,
  weight: 1,
  kanalIds: [],
  ...over,
});
const page = (over: Partial<AdContext> = {}): AdContext => ({ now: NOW, adsEnabled: true, noAds: false, kanalIds: [], ...over });

describe("isRunning", () => {
  it("runs from its start, inclusive, to its end, exclusive", () => {
    expect(isRunning(creative({ startsAt: NOW }), NOW)).toBe(true);
    expect(isRunning(creative({ endsAt: NOW }), NOW)).toBe(false);
    expect(isRunning(creative({ endsAt: new Date(NOW.getTime() + 1) }), NOW)).toBe(true);
    expect(isRunning(creative({ startsAt: new Date(NOW.getTime() + 1) }), NOW)).toBe(false);
  });

  it("stops when paused or weighted out", () => {
    expect(isRunning(creative({ paused: true }), NOW)).toBe(false);
    expect(isRunning(creative({ weight: 0 }), NOW)).toBe(false);
  });
});

describe("isEligible", () => {
  it("shows an untargeted creative everywhere", () => {
    expect(isEligible(creative(), page())).toBe(true);
    expect(isEligible(creative(), page({ kanalIds: [4] }))).toBe(true);
  });

  it("shows a targeted creative only on its kanal's pages and articles", () => {
    const olahraga = creative({ kanalIds: [5] });
    expect(isEligible(olahraga, page({ kanalIds: [5] }))).toBe(true);
    expect(isEligible(olahraga, page({ kanalIds: [2] }))).toBe(false);
    expect(isEligible(olahraga, page())).toBe(false);
  });

  it("shows a creative targeted at a parent kanal on its sub-kanal too, but not the other way round", () => {
    // A Dunia Islam (3) article passes its kanal and the parent, Internasional (2).
    expect(isEligible(creative({ kanalIds: [2] }), page({ kanalIds: [3, 2] }))).toBe(true);
    expect(isEligible(creative({ kanalIds: [3] }), page({ kanalIds: [2] }))).toBe(false);
  });

  it("honours the kill switch and the article's Tanpa iklan before anything else", () => {
    expect(isEligible(creative(), page({ adsEnabled: false }))).toBe(false);
    expect(isEligible(creative(), page({ noAds: true }))).toBe(false);
    expect(pageAllowsAds(page())).toBe(true);
    expect(pageAllowsAds(page({ noAds: true }))).toBe(false);
  });

  it("never shows a creative outside its time", () => {
    expect(isEligible(creative({ startsAt: new Date(NOW.getTime() + HOUR) }), page())).toBe(false);
    expect(isEligible(creative({ endsAt: new Date(NOW.getTime() - 1) }), page())).toBe(false);
  });
});
