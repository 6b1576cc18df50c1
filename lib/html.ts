const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** @example escapeHtml('<b>"Hai"</b>') // "&lt;b&gt;&quot;Hai&quot;&lt;/b&gt;" */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Plain-text paragraphs to body HTML. @example paragraphsToHtml(["A", "B"]) // "<p>A</p><p>B</p>" */
export function paragraphsToHtml(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p.trim())}</p>`).join("");
}

const VOID_TAGS = new Set(["br", "hr", "img", "wbr", "source", "col", "area", "embed", "input", "track"]);

export type HtmlBlock = { tag: string; html: string };

/**
 * Splits stored body HTML into its top-level blocks, so that the reader page can place
 * Baca Juga and ads between paragraphs. It expects well-formed, sanitized HTML (the only
 * kind the database holds); stray top-level text becomes a paragraph of its own.
 * @example splitBlocks("<p>a</p><h2>b</h2>") // [{ tag: "p", html: "<p>a</p>" }, { tag: "h2", html: "<h2>b</h2>" }]
 */
export function splitBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const tagRe = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
  let depth = 0;
  let blockStart = 0;
  let blockTag = "";
  let cursor = 0;
  const pushText = (text: string) => {
    if (text.trim()) blocks.push({ tag: "p", html: `<p>${text.trim()}</p>` });
  };
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    const [token, rawName] = m;
    const name = rawName.toLowerCase();
    const closing = token.startsWith("</");
    const selfClosing = !closing && (VOID_TAGS.has(name) || token.endsWith("/>"));
    if (depth === 0 && !closing) {
      pushText(html.slice(cursor, m.index));
      if (selfClosing) {
        blocks.push({ tag: name, html: token });
        cursor = m.index + token.length;
        continue;
      }
      blockStart = m.index;
      blockTag = name;
      depth = 1;
      continue;
    }
    if (selfClosing) continue;
    depth += closing ? -1 : 1;
    if (depth === 0) {
      cursor = m.index + token.length;
      blocks.push({ tag: blockTag, html: html.slice(blockStart, cursor) });
    }
    if (depth < 0) depth = 0;
  }
  if (depth > 0) blocks.push({ tag: blockTag, html: html.slice(blockStart) });
  else pushText(html.slice(cursor));
  return blocks;
}

/**
 * Index of the block after which the Baca Juga box goes: after the second paragraph,
 * or after the first when the story has only two. Null when there is no paragraph at all.
 * @example bacaJugaAfter([{ tag: "p" }, { tag: "p" }, { tag: "p" }]) // 1
 */
export function bacaJugaAfter(blocks: Pick<HtmlBlock, "tag">[]): number | null {
  const paragraphIndexes = blocks.flatMap((b, i) => (b.tag === "p" ? [i] : []));
  if (paragraphIndexes.length === 0) return null;
  if (paragraphIndexes.length <= 2) return paragraphIndexes[0];
  return paragraphIndexes[1];
}

/**
 * Puts inline markup at the start of a block, inside its opening tag, so that the
 * dateline reads as the first words of the first paragraph.
 * @example withLeadIn("<p>Isi</p>", "<b>X --</b> ") // "<p><b>X --</b> Isi</p>"
 */
export function withLeadIn(blockHtml: string, leadInHtml: string): string {
  const open = /^<[a-zA-Z][^>]*>/.exec(blockHtml);
  if (!open) return `${leadInHtml}${blockHtml}`;
  return `${open[0]}${leadInHtml}${blockHtml.slice(open[0].length)}`;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

/**
 * Plain text of body HTML, for the search index and descriptions: tags dropped,
 * blocks separated by a blank line, common entities decoded.
 * @example htmlToText("<p>Satu &amp; dua</p><p>Tiga</p>") // "Satu & dua\n\nTiga"
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|hr)\b[^>]*>/gi, "\n")
    .replace(/<\/(p|h[1-6]|li|blockquote|ul|ol|div|figure)>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#39|#x27|amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) => ENTITIES[e === "#x27" ? "#39" : e])
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/[ \t]+/g, " ")
    .split(/\n\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join("\n\n");
}
