// Private-use characters mark matches in FTS5 snippet()/highlight() output. They never occur in
// typed text, and they are not markup, so nothing from an article can pose as a highlight tag.
export const HIGHLIGHT_OPEN = "\uE000";
export const HIGHLIGHT_CLOSE = "\uE001";

export type HighlightPart = { text: string; hit: boolean };

/**
 * Splits text marked with HIGHLIGHT_OPEN/CLOSE into plain and matched parts, for rendering as
 * text nodes and <mark> elements. The text itself is never treated as HTML. A stray or
 * unbalanced marker only ends or starts a highlight; it never leaks into the output.
 * @example splitHighlights("harga \uE000cabai\uE001 naik") // [{ text: "harga ", hit: false }, { text: "cabai", hit: true }, { text: " naik", hit: false }]
 */
export function splitHighlights(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let hit = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += text;
    else parts.push({ text, hit });
    text = "";
  };
  for (const ch of marked) {
    if (ch === HIGHLIGHT_OPEN || ch === HIGHLIGHT_CLOSE) {
      flush();
      hit = ch === HIGHLIGHT_OPEN;
    } else {
      text += ch;
    }
  }
  flush();
  return parts;
}
