import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasSearchableWord, readSearchQuery, searchTerms, toFtsQuery } from "./search-query";

describe("readSearchQuery", () => {
  it("takes the first value, trimmed", () => {
    expect(readSearchQuery("  banjir  ")).toBe("banjir");
    expect(readSearchQuery(["harga cabai ", "AND"])).toBe("harga cabai");
  });

  it("is empty for a missing or blank value", () => {
    for (const value of [undefined, null, "", "   ", []]) expect(readSearchQuery(value), JSON.stringify(value)).toBe("");
  });

  it("caps the text at the form's 200 characters", () => {
    expect(readSearchQuery("a".repeat(500))).toHaveLength(200);
  });
});

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

describe("hasSearchableWord", () => {
  it("is false for queries made only of FTS5 operators and symbols", () => {
    for (const input of ["AND", "OR NOT", "*", '"', "NEAR(", "^", "-", ":", "( )", "AND OR NOT NEAR", 'NEAR("" *) - ^:', "AND-OR", "\u0301"]) {
      expect(hasSearchableWord(input), JSON.stringify(input)).toBe(false);
    }
  });

  it("is true as soon as one word is left, operators or not", () => {
    for (const input of ["banjir", "banjir AND", "NOT kereta", '"harga cabai', "NEAR(tarif", "and", "ANDY", "AND1", "19", "kafé"]) {
      expect(hasSearchableWord(input), JSON.stringify(input)).toBe(true);
    }
  });
});

describe("next.config.js cached-search pattern", () => {
  // The rewrite sends plain-word searches to the cached route; a query without a word must stay
  // on the per-request /cari, which answers it 400. The pattern is a regex of its own (a rewrite
  // cannot call this module), so it is checked against hasSearchableWord on its whole alphabet.
  async function cachedPattern(): Promise<RegExp> {
    const nextConfig = (await import("../next.config.js")).default as { rewrites(): Promise<{ beforeFiles: { source: string; has?: { key: string; value?: string }[] }[] }> };
    const rule = (await nextConfig.rewrites()).beforeFiles.find((r) => r.source === "/cari")!;
    // How Next matches a `has` value: anchored, no flags.
    return new RegExp(`^${rule.has!.find((h) => h.key === "q")!.value}$`);
  }

  it("leaves queries without a word to the per-request page", async () => {
    const pattern = await cachedPattern();
    for (const q of ["AND", "OR NOT", "-", "NEAR", "AND-OR", "NOT -", "- AND  NEAR -"]) expect(pattern.test(q), q).toBe(false);
    for (const q of ["banjir", "ANDY", "AND1", "and", "banjir AND", "NOT kereta", "harga-cabai", "U-19"]) expect(pattern.test(q), q).toBe(true);
  });

  it("agrees with hasSearchableWord on every plain-word query", async () => {
    const pattern = await cachedPattern();
    const token = fc.constantFrom("AND", "OR", "NOT", "NEAR", "ANDY", "ORA", "and", "a", "19", "-", " ", "--", "  ");
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 8 }), (tokens) => {
        const q = tokens.join("");
        // Only what the rest of the pattern lets through: a first character that is not a space.
        fc.pre(!q.startsWith(" ") && q.length <= 100);
        expect(pattern.test(q), JSON.stringify(q)).toBe(hasSearchableWord(q));
      }),
      { numRuns: 2000 },
    );
  });
});
