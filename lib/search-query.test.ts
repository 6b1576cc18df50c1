import { describe, expect, it } from "vitest";
import { searchTerms, toFtsQuery } from "./search-query";

describe("searchTerms", () => {
  it("splits Indonesian text into lower-case words", () => {
    expect(searchTerms("  Harga CABAI naik, pedagang: \"pasokan seret\" ")).toEqual(["harga", "cabai", "naik", "pedagang", "pasokan", "seret"]);
  });

  it("keeps accented letters for the tokenizer to fold", () => {
    expect(searchTerms("Kafé di Bogor")).toEqual(["kafé", "di", "bogor"]);
    // A decomposed accent (e + combining acute) becomes one letter.
    expect(searchTerms("Kafe\u0301")).toEqual(["kafé"]);
  });

  it("splits on apostrophes and hyphens as the index does", () => {
    expect(searchTerms("Jum'at U-19")).toEqual(["jum", "at", "u", "19"]);
  });

  it("drops FTS5 syntax and operators", () => {
    expect(searchTerms('"tarif* NEAR(kereta bus) AND ^judul OR -x NOT title:y {a b}: c+d')).toEqual([
      "tarif", "kereta", "bus", "judul", "x", "title", "y", "a",
    ]);
  });

  it("keeps lower-case operator words, which are plain words", () => {
    expect(searchTerms("near and far")).toEqual(["near", "and", "far"]);
  });

  it("removes duplicates and caps the number and length of terms", () => {
    expect(searchTerms("banjir Banjir BANJIR")).toEqual(["banjir"]);
    expect(searchTerms("a b c d e f g h i j k")).toHaveLength(8);
    expect(searchTerms("x".repeat(100))[0]).toHaveLength(40);
  });

  it("finds nothing in punctuation, emoji or blank input", () => {
    for (const input of ["", "   ", '"', "*", "()", "\"\"*", "😀 🇮🇩", "\u0301", "AND OR NOT NEAR"]) {
      expect(searchTerms(input), JSON.stringify(input)).toEqual([]);
    }
  });
});

describe("toFtsQuery", () => {
  it("quotes every term and matches prefixes", () => {
    expect(toFtsQuery("Banjir Jakarta")).toBe('"banjir"* "jakarta"*');
  });

  it("matches a single character exactly", () => {
    expect(toFtsQuery("Timnas U 19")).toBe('"timnas"* "u" "19"*');
  });

  it("never lets a quote, star, colon or parenthesis through", () => {
    const q = toFtsQuery('") OR 1=1 -- NEAR("a" b)* "unbalanced ( title:x ^y');
    expect(q).toBe('"1" "a" "b" "unbalanced"* "title"* "x" "y"');
    expect(q.replace(/"[^"]*"\*?/g, "").trim()).toBe("");
  });

  it("is empty when there is nothing to search for", () => {
    expect(toFtsQuery(' "*" ')).toBe("");
  });
});
