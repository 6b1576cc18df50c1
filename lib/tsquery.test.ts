import { describe, expect, it } from "vitest";
import { quoteLexeme, tsQueryAllOf, tsQueryAnyOf } from "./tsquery";

describe("quoteLexeme", () => {
  it("quotes a word and escapes what the tsquery parser reads inside quotes", () => {
    expect(quoteLexeme("banjir")).toBe("'banjir'");
    expect(quoteLexeme("jum'at")).toBe("'jum''at'");
    expect(quoteLexeme("a\\b")).toBe("'a\\\\b'");
  });
});

describe("tsQueryAllOf", () => {
  it("ANDs the words, as prefixes from two letters on", () => {
    expect(tsQueryAllOf(["banjir", "di", "x"])).toBe("'banjir':* & 'di':* & 'x'");
  });

  it("counts letters, not UTF-16 units, when deciding on a prefix", () => {
    expect(tsQueryAllOf(["𝒳"])).toBe("'𝒳'");
  });

  it("is empty when there is no word", () => {
    expect(tsQueryAllOf([])).toBe("");
    expect(tsQueryAllOf([""])).toBe("");
  });
});

describe("tsQueryAnyOf", () => {
  it("ORs the words, restricted to the given weights", () => {
    expect(tsQueryAnyOf(["harga", "beras"], "AB")).toBe("'harga':AB | 'beras':AB");
    expect(tsQueryAnyOf([], "AB")).toBe("");
  });
});
