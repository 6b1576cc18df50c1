import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "./origin";

describe("isAllowedOrigin", () => {
  const site = ["https://warta.id", "http://127.0.0.1:3100"];
  it("accepts the site's own origins", () => {
    expect(isAllowedOrigin("https://warta.id", site)).toBe(true);
    expect(isAllowedOrigin("http://127.0.0.1:3100", site)).toBe(true);
  });
  it("refuses missing, null, foreign and look-alike origins", () => {
    for (const o of [undefined, null, "", "null", "https://evil.example", "https://warta.id.evil.example", "http://warta.id", "bukan url"]) {
      expect(isAllowedOrigin(o, site), String(o)).toBe(false);
    }
  });
});
