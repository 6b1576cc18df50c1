import { type DefaultTreeAdapterMap, defaultTreeAdapter, html as parse5Html } from "parse5";
import type sanitizeHtml from "sanitize-html";

/**
 * The sanitizer's rules for library photos in a story body (lib/sanitize.ts calls these). What may be
 * stored, and nothing else:
 * - `<figure data-photo="ID"></figure>`, ID a library id (1 to 9 digits, no leading zero), optionally
 *   holding one `<figcaption>` of plain text (the story's caption override);
 * - `<div data-gallery="">` holding such figures only, at least 2 (a gallery left with one photo
 *   becomes that figure; with none, nothing). More than GALLERY_MAX is kept here and refused at save
 *   (`galleryProblem` in lib/body-photos.ts), so nothing an editor chose is cut silently.
 * Both sit at the top level of the body only (a gallery's figures inside it): a figure inside a
 * paragraph, list or quote is dropped, as a stray `<figcaption>` is unwrapped to its text.
 */

type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];
type ChildNode = DefaultTreeAdapterMap["childNode"];

export const PHOTO_ID = /^[1-9]\d{0,8}$/;

/** Added to the sanitizer's allowlist; the tree pass below decides where each may stand. */
export const PHOTO_TAGS = ["figure", "figcaption", "div"];
export const PHOTO_ATTRIBUTES: Record<string, string[]> = { figure: ["data-photo"], div: ["data-gallery"] };
/** Written out as `data-gallery=""`, the stored form, rather than as a bare attribute name. */
export const PHOTO_EMPTY_ATTRIBUTES = ["data-gallery"];

/**
 * A `<div>` survives only as a gallery (with its one attribute, empty); any other div is renamed to a
 * tag the allowlist lacks, so the sanitizer drops the tag and keeps its text, as it always did.
 */
export const PHOTO_TRANSFORMS: Record<string, sanitizeHtml.Transformer> = {
  div: (tagName, attribs) => ("data-gallery" in attribs ? { tagName, attribs: { "data-gallery": "" } } : { tagName: "x-unwrap", attribs: {} as sanitizeHtml.Attributes }),
};

const isElement = (n: ChildNode): n is Element => "tagName" in n;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function textOf(node: ChildNode): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return isElement(node) ? node.childNodes.map(textOf).join("") : "";
}

function element(tagName: string, attrs: Record<string, string>, children: ChildNode[] = []): Element {
  const el = defaultTreeAdapter.createElement(tagName, parse5Html.NS.HTML, Object.entries(attrs).map(([name, value]) => ({ name, value })));
  for (const c of children) defaultTreeAdapter.appendChild(el, c);
  return el;
}

/** The figure in its stored form, or null when it names no library photo. */
function settledFigure(fig: Element): Element | null {
  const id = attr(fig, "data-photo") ?? "";
  if (!PHOTO_ID.test(id)) return null;
  const caption = fig.childNodes.find((c) => isElement(c) && c.tagName === "figcaption");
  const text = caption ? textOf(caption).replace(/\s+/g, " ").trim() : "";
  const children = text ? [element("figcaption", {}, [createText(text)])] : [];
  return element("figure", { "data-photo": id }, children);
}

function createText(value: string): ChildNode {
  const holder = element("span", {});
  defaultTreeAdapter.insertText(holder, value);
  const [text] = holder.childNodes;
  defaultTreeAdapter.detachNode(text);
  return text;
}

/** The gallery's valid figures, in order; everything else inside it is dropped. */
function galleryFigures(div: Element): Element[] {
  return div.childNodes.flatMap((c) => (isElement(c) && c.tagName === "figure" ? [settledFigure(c)].filter((f) => f !== null) : []));
}

function replace(parent: ParentNode, old: ChildNode, replacements: ChildNode[]): void {
  for (const r of replacements) defaultTreeAdapter.insertBefore(parent, r, old);
  defaultTreeAdapter.detachNode(old);
}

/** Below the top level: no figure, no gallery; a figcaption gives up its text. */
function settleInner(parent: ParentNode): void {
  for (const child of [...parent.childNodes]) {
    if (!isElement(child)) continue;
    if (child.tagName === "figure" || child.tagName === "div") defaultTreeAdapter.detachNode(child);
    else if (child.tagName === "figcaption") {
      settleInner(child);
      replace(parent, child, [...child.childNodes]);
    } else settleInner(child);
  }
}

/**
 * Brings the photo nodes of a parsed body (the fragment lib/sanitize.ts parses as a browser would)
 * into their stored form, in place. Running it on its own output changes nothing.
 */
export function settlePhotoNodes(fragment: ParentNode): void {
  for (const child of [...fragment.childNodes]) {
    if (!isElement(child)) continue;
    if (child.tagName === "figure") {
      const fig = settledFigure(child);
      replace(fragment, child, fig ? [fig] : []);
    } else if (child.tagName === "div") {
      // An embed, which lib/embed-sanitize.ts has settled already.
      if (attr(child, "data-embed") !== undefined) continue;
      const figures = attr(child, "data-gallery") === undefined ? [] : galleryFigures(child);
      replace(fragment, child, figures.length >= 2 ? [element("div", { "data-gallery": "" }, figures)] : figures);
    } else if (child.tagName === "figcaption") {
      settleInner(child);
      replace(fragment, child, [...child.childNodes]);
    } else settleInner(child);
  }
}
