import { mergeAttributes, Node } from "@tiptap/core";
import { ReactNodeViewRenderer } from "@tiptap/react";
import { PhotoFigureView } from "./PhotoFigureView";
import type { EditorPhoto, PhotoNodeOptions } from "./photos";
import { PhotoGalleryView } from "./PhotoGalleryView";

const idOf = (el: Element) => Number((el as HTMLElement).dataset.photo);
const captionOf = (el: Element) => el.querySelector(":scope > figcaption")?.textContent?.replace(/\s+/g, " ").trim() ?? "";

/** The stored form (lib/body-photos-sanitize.ts): what the textarea carries to the server. */
const figureSpec = (p: { id: number; caption: string }) =>
  ["figure", { "data-photo": String(p.id) }, ...(p.caption ? [["figcaption", p.caption]] : [])] as const;

/** `<figure data-photo="ID">`: a library photo in the text, shown with its preview and caption field. */
export const PhotoFigure = Node.create<PhotoNodeOptions>({
  name: "photoFigure",
  group: "block",
  atom: true,
  draggable: true,
  addOptions: () => ({ photos: new Map(), pick: () => {} }),
  addAttributes() {
    return {
      id: { default: 0, parseHTML: idOf, rendered: false },
      caption: { default: "", parseHTML: captionOf, rendered: false },
      path: { default: null, parseHTML: (el) => this.options.photos.get(idOf(el))?.path ?? null, rendered: false },
    };
  },
  parseHTML: () => [{ tag: "figure[data-photo]" }],
  renderHTML: ({ node, HTMLAttributes }) => {
    const [tag, attrs, ...rest] = figureSpec({ id: node.attrs.id, caption: node.attrs.caption });
    return [tag, mergeAttributes(HTMLAttributes, attrs), ...rest];
  },
  addNodeView: () => ReactNodeViewRenderer(PhotoFigureView),
});

/** `<div data-gallery="">`: 2 to 30 library photos, each with its own caption. */
export const PhotoGallery = Node.create<PhotoNodeOptions>({
  name: "photoGallery",
  group: "block",
  atom: true,
  draggable: true,
  addOptions: () => ({ photos: new Map(), pick: () => {} }),
  addAttributes() {
    return {
      photos: {
        default: [],
        rendered: false,
        parseHTML: (el): EditorPhoto[] =>
          [...el.querySelectorAll(":scope > figure[data-photo]")].map((f) => ({ id: idOf(f), caption: captionOf(f), path: this.options.photos.get(idOf(f))?.path ?? null })),
      },
    };
  },
  // Read before any figure rule: a gallery's figures belong to it. (A parse-rule priority: an extension
  // priority would put this node first in the schema, making it the block ProseMirror fills gaps with.)
  parseHTML: () => [{ tag: "div[data-gallery]", priority: 60 }],
  renderHTML: ({ node }) => ["div", { "data-gallery": "" }, ...(node.attrs.photos as EditorPhoto[]).map(figureSpec)],
  addNodeView: () => ReactNodeViewRenderer(PhotoGalleryView),
});

