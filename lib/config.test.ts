import { describe, expect, it } from "vitest";
import { readConfig } from "./config";

describe("readConfig", () => {
  it("has working defaults", () => {
    expect(readConfig({})).toEqual({
      name: "Warta",
      datelineName: "WARTA.ID",
      url: "http://localhost:3000",
      databasePath: "data/warta.db",
      mediaDir: "data/media",
    });
  });

  it("takes overrides and trims a trailing slash from the URL", () => {
    const c = readConfig({ SITE_URL: "https://warta.example/", SITE_DATELINE: "KABAR.ID", DATABASE_PATH: "/srv/w.db" });
    expect(c.url).toBe("https://warta.example");
    expect(c.datelineName).toBe("KABAR.ID");
    expect(c.databasePath).toBe("/srv/w.db");
  });

  it("names the bad variable", () => {
    expect(() => readConfig({ SITE_URL: "bukan url" })).toThrow(/SITE_URL/);
  });
});
