import { describe, expect, it } from "vitest";
import { decodeSettings, defaultSettings, encodeSetting } from "./settings";

describe("site settings", () => {
  it("gives every default for an empty table", () => {
    expect(decodeSettings([])).toEqual({ adsEnabled: true, adLabel: "Advertisement", inArticleAdAfter: 3, adsTxt: "" });
  });

  it("round-trips every kind of value", () => {
    const rows = [
      { key: "adsEnabled", value: encodeSetting("adsEnabled", false) },
      { key: "adLabel", value: encodeSetting("adLabel", "Iklan") },
      { key: "inArticleAdAfter", value: encodeSetting("inArticleAdAfter", 5) },
      { key: "adsTxt", value: encodeSetting("adsTxt", "google.com, pub-1, DIRECT") },
    ];
    expect(decodeSettings(rows)).toEqual({
      adsEnabled: false,
      adLabel: "Iklan",
      inArticleAdAfter: 5,
      adsTxt: "google.com, pub-1, DIRECT",
    });
  });

  it("falls back to the default for unparsable or out-of-range rows and ignores unknown keys", () => {
    const rows = [
      { key: "adsEnabled", value: "{nope" },
      { key: "inArticleAdAfter", value: "99" },
      { key: "adLabel", value: "   " },
      { key: "somethingElse", value: "x" },
    ];
    expect(decodeSettings(rows)).toEqual(defaultSettings);
  });
});
