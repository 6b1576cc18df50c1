// Reads the links and headings of a markdown file, as GitHub renders them, for the docs check
// (scripts/docs.test.ts). Only what Warta's docs use: ATX headings (`## Title`), inline links and
// images, reference definitions, fenced and inline code. Setext headings and `_emphasis_` in a
// heading are not handled: write headings with `#` and emphasis with `*`.

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const INLINE_CODE = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
// [text](target "title") and ![alt](src); the text may hold one level of brackets.
const INLINE_LINK = /!?\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*(?:<([^>]*)>|([^\s)]+))(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
// github-slugger drops every character but letters, marks, numbers, connector punctuation (`_`),
// spaces and hyphens, after lowercasing; spaces then become hyphens.
const NOT_IN_SLUG = /[^\p{L}\p{M}\p{N}\p{Pc} -]/gu;

/** Lines outside fenced code blocks, with their 1-based line numbers. */
function proseLines(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | null = null;
  markdown.split("\n").forEach((text, i) => {
    const open = FENCE.exec(text)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length && text.trim() === open) fence = null;
    } else if (open) {
      fence = open;
    } else {
      out.push({ line: i + 1, text });
    }
  });
  return out;
}

export type MarkdownLink = { line: number; target: string };

/**
 * Every link and image target outside code, in order.
 * @example markdownLinks("See [ops](docs/operations.md#logs) and `[not](a-link)`.") // [{ line: 1, target: "docs/operations.md#logs" }]
 */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const { line, text } of proseLines(markdown)) {
    const prose = text.replace(INLINE_CODE, "code");
    const reference = REFERENCE_DEFINITION.exec(prose);
    if (reference) links.push({ line, target: reference[1] });
    for (const m of prose.matchAll(INLINE_LINK)) links.push({ line, target: m[2] ?? m[3] });
  }
  return links;
}

/** True for a target that leaves the repository: `https:`, `mailto:` and any other scheme. */
export function isExternalLink(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target);
}

/**
 * A heading's text as GitHub renders it: code without its backticks, links as their text,
 * no `*` emphasis and no HTML tags.
 * @example renderedHeading("The ad desk: `/admin/iklan` (**admins** only)") // "The ad desk: /admin/iklan (admins only)"
 */
export function renderedHeading(source: string): string {
  let text = "";
  let last = 0;
  for (const m of source.matchAll(INLINE_CODE)) {
    text += renderedProse(source.slice(last, m.index)) + m[2];
    last = m.index + m[0].length;
  }
  return text + renderedProse(source.slice(last));
}

function renderedProse(s: string): string {
  return s.replace(INLINE_LINK, (_whole, label: string) => label).replace(/<[^>]+>/g, "").replace(/\*/g, "");
}

/**
 * The anchor GitHub gives a heading (github-slugger), before duplicates are numbered.
 * @example headingSlug("Where code lives") // "where-code-lives"
 * @example headingSlug("001: No client runtime on reader pages") // "001-no-client-runtime-on-reader-pages"
 */
export function headingSlug(heading: string): string {
  return renderedHeading(heading).toLowerCase().replace(NOT_IN_SLUG, "").replace(/ /g, "-");
}

/**
 * Every anchor a file's headings get; a repeated heading gets `-1`, `-2`, … as on GitHub.
 * @example headingAnchors("# A\n## Logs\n## Logs") // ["a", "logs", "logs-1"]
 */
export function headingAnchors(markdown: string): string[] {
  // github-slugger's numbering: a count per slug handed out, and the next free `-n`.
  const occurrences = new Map<string, number>();
  const anchors: string[] = [];
  for (const { text } of proseLines(markdown)) {
    const m = ATX_HEADING.exec(text);
    if (!m) continue;
    const base = headingSlug(m[2]);
    let slug = base;
    while (occurrences.has(slug)) {
      const n = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, n);
      slug = `${base}-${n}`;
    }
    occurrences.set(slug, 0);
    anchors.push(slug);
  }
  return anchors;
}
