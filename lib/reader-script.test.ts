import { readFileSync } from "node:fs";
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
