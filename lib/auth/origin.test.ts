import { describe, expect, it } from "vitest";
import { allowedOriginsFor, isAllowedOrigin, originCheck } from "./origin";

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

describe("allowedOriginsFor", () => {
  it("adds the host the request reached, with the forwarded scheme when a proxy names one", () => {
    expect(allowedOriginsFor(new Headers({ host: "127.0.0.1:3100" }), "http://localhost:3000")).toEqual([
      "http://localhost:3000",
      "http://127.0.0.1:3100",
    ]);
    expect(
      allowedOriginsFor(new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "warta.id", "x-forwarded-proto": "https" }), "https://warta.id"),
    ).toEqual(["https://warta.id", "https://warta.id"]);
    expect(allowedOriginsFor(new Headers(), "https://warta.id")).toEqual(["https://warta.id"]);
  });
});

describe("originCheck", () => {
  const site = "https://warta.id";
  const h = (origin?: string) => new Headers({ host: "127.0.0.1:3100", ...(origin === undefined ? {} : { origin }) });
  it("tells this site, no Origin and anything else apart", () => {
    expect(originCheck(h("https://warta.id"), site)).toBe("same");
    expect(originCheck(h("https://127.0.0.1:3100"), site)).toBe("same");
    expect(originCheck(h(), site)).toBe("absent");
    expect(originCheck(h(""), site)).toBe("absent");
    for (const o of ["null", "https://evil.example", "http://warta.id", "https://warta.id.evil.example", "bukan url"]) {
      expect(originCheck(h(o), site), o).toBe("foreign");
    }
  });
});
