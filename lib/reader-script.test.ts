import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { currentReaderScriptPath, readerScriptPath } from "./reader-script";

describe("readerScriptPath", () => {
  it("versions the script by its bytes", () => {
    expect(readerScriptPath("abc")).toBe("/warta.js?v=a9993e36");
    expect(readerScriptPath("abd")).not.toBe(readerScriptPath("abc"));
  });

  it("reads the shipped script", () => {
    expect(currentReaderScriptPath()).toBe(readerScriptPath(readFileSync("public/warta.js")));
  });
});

describe("public/warta.js", () => {
  // The budget of docs/performance.md: Warta's own script stays at most 10 kB gzip, whatever the
  // features it carries (beacons, ads, share, galleries, embeds, live reports).
  it("stays within 10 kB gzip", () => {
    expect(gzipSync(readFileSync("public/warta.js")).length).toBeLessThanOrEqual(10 * 1024);
  });
});
