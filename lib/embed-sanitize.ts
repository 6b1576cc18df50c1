import type { DefaultTreeAdapterMap } from "parse5";
import { cleanEmbedTitle, isValidEmbedId } from "./embed-urls";

type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];
type ChildNode = DefaultTreeAdapterMap["childNode"];

/** What sanitize-html lets through for embeds; settleEmbeds then decides which <div> is one. */
export const EMBED_ATTRIBUTES = ["data-embed", "data-id", "data-title"];

/** sanitize-html's transform for a <div> that says it is an embed: its embed attributes and no other. */
export const EMBED_TRANSFORM = (tagName: string, attribs: Record<string, string>) => ({
  tagName,
  attribs: Object.fromEntries(Object.entries(attribs).filter(([name]) => EMBED_ATTRIBUTES.includes(name))),
});

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/**
 * The sanitizer's rule for embeds, on the tree the browser would build (lib/sanitize.ts):
 * a <div> with a known provider and a valid id for it becomes exactly
 * `<div data-embed data-id[ data-title]>` with nothing inside; any other <div> gives way to its
 * content, so that text in a pasted <div> is kept as it always was. Fixed attribute order and an
 * empty element make the stored form one string per embed (lib/embeds.ts reads it with a regex).
 * Returns whether it unwrapped a <div> (the tree may then need parsing again).
 */
export function settleEmbeds(parent: ParentNode): boolean {
  let unwrapped = false;
  const kept: ChildNode[] = [];
  for (const node of parent.childNodes) {
    if (!("tagName" in node)) {
      kept.push(node);
      continue;
    }
    const el = node as Element;
    // A gallery is lib/body-photos-sanitize.ts's to judge.
    if (el.tagName === "div" && attr(el, "data-gallery") !== undefined && attr(el, "data-embed") === undefined) {
      kept.push(el);
      continue;
    }
    if (el.tagName === "div") {
      const provider = attr(el, "data-embed") ?? "";
      const id = attr(el, "data-id") ?? "";
      if (isValidEmbedId(provider, id)) {
        const title = cleanEmbedTitle(attr(el, "data-title") ?? "");
        el.attrs = [
          { name: "data-embed", value: provider },
          { name: "data-id", value: id },
          ...(title ? [{ name: "data-title", value: title }] : []),
        ];
        el.childNodes = [];
        kept.push(el);
      } else {
        settleEmbeds(el);
        unwrapped = true;
        for (const child of el.childNodes) {
          child.parentNode = parent;
          kept.push(child);
        }
      }
      continue;
    }
    if (settleEmbeds(el)) unwrapped = true;
    kept.push(el);
  }
  parent.childNodes = kept;
  return unwrapped;
}
