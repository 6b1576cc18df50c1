"use client";

import { type Editor, EditorContent, useEditor } from "@tiptap/react";
import { NodeSelection } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { useRef, useState } from "react";
import type { BodyPhoto } from "@/lib/body-photos";
import { PhotoFigure, PhotoGallery } from "./editor/PhotoNodes";
import { toEditorPhoto } from "./editor/photos";
import { MediaPicker } from "./MediaPicker";
import { EmbedNode } from "./editor/EmbedNode";
import "./prosemirror.css";

type Props = {
  name: string;
  initialHtml: string;
  invalid?: boolean;
  describedBy?: string;
  /** The library photos the body refers to (and any picked since), for the editor's previews. */
  photos?: Map<number, BodyPhoto>;
};

type Picking = { multiple: boolean; onPick: (photos: BodyPhoto[]) => void } | null;

/**
 * Tiptap for the story body. The HTML travels in a plain textarea, which is also the
 * editor when JavaScript is off; the server sanitizes whatever arrives either way.
 */
export function RichTextEditor({ name, initialHtml, invalid, describedBy, photos = new Map() }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [ready, setReady] = useState(false);
  const [picking, setPicking] = useState<Picking>(null);
  const pick = (multiple: boolean, onPick: (picked: BodyPhoto[]) => void) => setPicking({ multiple, onPick });
  // Why a link pasted on its own line did not become an embed (EmbedNode).
  const [embedNotice, setEmbedNotice] = useState<string | null>(null);
  // The body as Tiptap writes it back on load: its HTML differs in form from the stored one.
  const loaded = useRef<string | null>(null);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3] }, link: { openOnClick: false, autolink: true }, code: false, codeBlock: false, horizontalRule: false }),
      PhotoFigure.configure({ photos, pick }),
      PhotoGallery.configure({ photos, pick }),
      EmbedNode.configure({ onNotice: setEmbedNotice }),
    ],
    content: initialHtml,
    immediatelyRender: false,
    // An inline <style> would be refused by the page's CSP (style-src 'self'): see prosemirror.css.
    injectCSS: false,
    editorProps: {
      attributes: {
        class: "article-body min-h-72 px-4 py-3 font-serif text-lg leading-relaxed",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": "Isi berita",
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      },
    },
    onCreate: ({ editor: e }) => {
      loaded.current = e.getHTML();
      setReady(true);
    },
    // A body typed and undone back to what was loaded travels as loaded, byte for byte: the form's
    // unsaved-changes check (useLeaveGuard) then sees no change where there is none.
    onUpdate: ({ editor: e }) => {
      const html = e.getHTML();
      if (textarea.current) textarea.current.value = html === loaded.current ? initialHtml : html;
    },
  });

  const button = (label: string, run: () => void, active = false) => (
    <button
      type="button"
      onClick={run}
      aria-pressed={active}
      className={`rounded px-2.5 py-1.5 text-sm font-semibold ${active ? "bg-slate-800 text-white" : "bg-white text-slate-800 hover:bg-slate-200"}`}
    >
      {label}
    </button>
  );

  return (
    <div className={`rounded border ${invalid ? "border-red-600" : "border-slate-400"} bg-white`}>
      {ready && editor && (
        <div role="toolbar" aria-label="Format teks" className="flex flex-wrap gap-1 border-b border-slate-300 bg-slate-100 p-1.5">
          {button("Paragraf", () => editor.chain().focus().setParagraph().run(), editor.isActive("paragraph"))}
          {button("Subjudul", () => editor.chain().focus().toggleHeading({ level: 2 }).run(), editor.isActive("heading", { level: 2 }))}
          {button("Sub-subjudul", () => editor.chain().focus().toggleHeading({ level: 3 }).run(), editor.isActive("heading", { level: 3 }))}
          {button("Tebal", () => editor.chain().focus().toggleBold().run(), editor.isActive("bold"))}
          {button("Miring", () => editor.chain().focus().toggleItalic().run(), editor.isActive("italic"))}
          {button(
            "Tautan",
            () => {
              const url = window.prompt("Alamat tautan (https://…)", editor.getAttributes("link").href ?? "https://");
              if (url === null) return;
              if (url === "") editor.chain().focus().unsetLink().run();
              else editor.chain().focus().extendMarkRange("link").setLink({ href: url }).run();
            },
            editor.isActive("link"),
          )}
          {button("Daftar", () => editor.chain().focus().toggleBulletList().run(), editor.isActive("bulletList"))}
          {button("Daftar bernomor", () => editor.chain().focus().toggleOrderedList().run(), editor.isActive("orderedList"))}
          {button("Kutipan", () => editor.chain().focus().toggleBlockquote().run(), editor.isActive("blockquote"))}
          {button("Sisipkan foto", () => pick(false, (picked) => insertPhotos(editor, photos, picked)))}
          {button("Sisipkan galeri", () => pick(true, (picked) => insertPhotos(editor, photos, picked)))}
          {button("Urungkan", () => editor.chain().focus().undo().run())}
        </div>
      )}
      <MediaPicker
        open={picking !== null}
        multiple={picking?.multiple}
        onPick={(picked) => picking?.onPick(picked)}
        onClose={() => setPicking(null)}
      />
      {ready && <EditorContent editor={editor} />}
      {ready && (
        <p role="status" className="border-t border-slate-300 px-4 py-2 text-sm text-amber-900 empty:border-0 empty:p-0">
          {embedNotice}
        </p>
      )}
      <textarea
        ref={textarea}
        id={name}
        name={name}
        defaultValue={initialHtml}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        hidden={ready}
        rows={16}
        className="block w-full px-3 py-2 font-mono text-sm"
      />
    </div>
  );
}

/**
 * Puts picked library photos in at the cursor: one as a photo, several as a gallery (one photo is no
 * gallery, as the server would store it). A selected photo or gallery is kept: the new one goes after it.
 */
function insertPhotos(editor: Editor, known: Map<number, BodyPhoto>, picked: BodyPhoto[]) {
  if (picked.length === 0) return;
  for (const p of picked) known.set(p.id, p);
  const node = picked.length === 1 ? { type: "photoFigure", attrs: toEditorPhoto(picked[0]) } : { type: "photoGallery", attrs: { photos: picked.map(toEditorPhoto) } };
  const { selection } = editor.state;
  const at = selection instanceof NodeSelection ? selection.to : selection.from;
  editor.chain().focus().insertContentAt(at, node).run();
}
