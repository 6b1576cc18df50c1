import { describe, expect, it } from "vitest";
import { HIGHLIGHT_CLOSE as C, HIGHLIGHT_OPEN as O, splitHighlights } from "./highlight";

describe("splitHighlights", () => {
  it("separates matched words from the rest", () => {
    expect(splitHighlights(`…tarif ${O}terintegrasi${C} pekan ${O}ini${C}`)).toEqual([
      { text: "…tarif ", hit: false },
      { text: "terintegrasi", hit: true },
      { text: " pekan ", hit: false },
      { text: "ini", hit: true },
    ]);
  });

  it("keeps markup in the text as plain text", () => {
    expect(splitHighlights(`<script>alert(1)</script> ${O}<b>${C}`)).toEqual([
      { text: "<script>alert(1)</script> ", hit: false },
      { text: "<b>", hit: true },
    ]);
  });

  it("survives unbalanced and adjacent markers", () => {
    expect(splitHighlights(`${C}a${O}b${O}c${C}${C}d${O}`)).toEqual([
      { text: "a", hit: false },
      { text: "bc", hit: true },
      { text: "d", hit: false },
    ]);
  });

  it("returns nothing for empty text", () => {
    expect(splitHighlights("")).toEqual([]);
    expect(splitHighlights(`${O}${C}`)).toEqual([]);
  });
});
