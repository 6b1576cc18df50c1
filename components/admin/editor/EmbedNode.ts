import { Node } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import { EMBED_TITLE_MAX, embedKind, isValidEmbedId, originalUrl, parseEmbedUrl, PROVIDER_NAMES, type Embed } from "@/lib/embed-urls";

type Options = {
  /** Told why a link pasted on a line of its own cannot be embedded (null once one could). */
  onNotice: (message: string | null) => void;
};

/** A pasted line that is one address and nothing else. */
const LONE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * A typed embed in the editor, stored as `<div data-embed data-id[ data-title]>` (lib/embeds.ts).
 * Pasting a supported link into an empty top-level paragraph makes one; an unsupported link is pasted
 * as usual (a link) and the editor says why it is no embed. The editor shows a preview that loads
 * nothing from the provider, and the optional title ("Judul sematan") the reader's preview prints.
 */
export const EmbedNode = Node.create<Options>({
  name: "embed",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  // Before the link extension's own paste handling.
  priority: 1000,

  addOptions() {
    return { onNotice: () => {} };
  },

  addAttributes() {
    return {
      provider: { default: null, parseHTML: (el) => el.getAttribute("data-embed"), renderHTML: (a) => ({ "data-embed": a.provider }) },
      id: { default: null, parseHTML: (el) => el.getAttribute("data-id"), renderHTML: (a) => ({ "data-id": a.id }) },
      title: { default: "", parseHTML: (el) => el.getAttribute("data-title") ?? "", renderHTML: (a) => (a.title ? { "data-title": a.title } : {}) },
    };
  },

  parseHTML() {
    return [{ tag: "div[data-embed][data-id]", getAttrs: (el) => (isValidEmbedId(el.getAttribute("data-embed") ?? "", el.getAttribute("data-id") ?? "") ? null : false) }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["div", HTMLAttributes];
  },

  addNodeView() {
    return ({ node, getPos, editor }) => {
      const embed = { provider: node.attrs.provider, id: node.attrs.id } as Embed;
      const name = PROVIDER_NAMES[embed.provider];
      const title = `Sematan ${name} (${embedKind(embed) === "video" ? "video" : "unggahan"})`;
      const dom = document.createElement("div");
      dom.contentEditable = "false";
      // A group named for the embed, so that its "Hapus sematan" says which one it removes.
      dom.setAttribute("role", "group");
      dom.setAttribute("aria-label", title);
      dom.className = "my-4 rounded border border-slate-300 bg-slate-100 p-3 font-sans text-base";
      const heading = document.createElement("p");
      heading.className = "m-0 font-semibold";
      heading.textContent = title;
      // The address as text: nothing here loads from the provider, in the newsroom either.
      const address = document.createElement("p");
      address.className = "m-0 break-all text-sm text-slate-700";
      address.textContent = originalUrl(embed);
      const label = document.createElement("label");
      label.className = "mt-2 block text-sm font-semibold";
      label.textContent = "Judul sematan";
      const input = document.createElement("input");
      input.type = "text";
      input.maxLength = EMBED_TITLE_MAX;
      input.value = node.attrs.title;
      input.className = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1 font-normal";
      input.addEventListener("input", () => {
        const pos = getPos();
        if (typeof pos === "number") editor.view.dispatch(editor.view.state.tr.setNodeAttribute(pos, "title", input.value));
      });
      label.append(input);
      // As the photo and gallery boxes have theirs: selecting an atom to press Delete is not obvious.
      const remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "Hapus sematan";
      remove.className = "mt-2 rounded bg-white px-2 py-1 text-sm font-semibold text-red-800 ring-1 ring-red-800";
      remove.addEventListener("click", () => {
        const pos = getPos();
        if (typeof pos !== "number") return;
        const { state } = editor.view;
        const current = state.doc.nodeAt(pos);
        if (!current) return;
        // The cursor goes where the embed was, so the editor keeps the focus the button had.
        const tr = state.tr.delete(pos, pos + current.nodeSize);
        editor.view.dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(pos, tr.doc.content.size)))));
        editor.view.focus();
      });
      dom.append(heading, address, label, remove);
      return {
        dom,
        update: (next) => {
          if (next.type.name !== "embed" || next.attrs.provider !== embed.provider || next.attrs.id !== embed.id) return false;
          if (document.activeElement !== input) input.value = next.attrs.title;
          return true;
        },
        // Typing in the title field and pressing Hapus sematan are theirs, not the editor's.
        stopEvent: (event) => event.target === input || event.target === remove,
        ignoreMutation: () => true,
      };
    };
  },

  addProseMirrorPlugins() {
    const { onNotice } = this.options;
    const type = this.type;
    return [
      new Plugin({
        key: new PluginKey("embedPaste"),
        props: {
          handlePaste: (view, event) => {
            const text = event.clipboardData?.getData("text/plain").trim() ?? "";
            const { $from, empty } = view.state.selection;
            // A link on a line of its own: an empty paragraph at the top of the body.
            if (!LONE_URL.test(text) || !empty || $from.depth !== 1 || $from.parent.type.name !== "paragraph" || $from.parent.content.size > 0) return false;
            const parsed = parseEmbedUrl(text);
            if (!parsed.ok) {
              onNotice(parsed.error);
              return false;
            }
            onNotice(null);
            const embed = type.create({ ...parsed.embed, title: "" });
            const start = $from.before();
            const end = $from.after();
            // Keep a line to type on after the embed when it ends the body.
            const nodes = end === view.state.doc.content.size ? [embed, view.state.schema.nodes.paragraph.create()] : [embed];
            const tr = view.state.tr.replaceWith(start, end, nodes);
            view.dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(start + embed.nodeSize))).scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});
