import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { PhotoPreview } from "./PhotoPreview";

/** A photo in the text, in the editor: its preview, the story's caption over the library's, and Hapus. */
export function PhotoFigureView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { id, caption, path } = node.attrs as { id: number; caption: string; path: string | null };
  return (
    <NodeViewWrapper as="figure" data-photo-editor="" className={`my-4 rounded border p-2 font-sans text-sm ${selected ? "border-slate-800" : "border-slate-300"}`} contentEditable={false}>
      <PhotoPreview path={path} id={id} />
      <label className="mt-2 block">
        <span className="font-semibold">Keterangan foto di berita ini</span>
        <input
          value={caption}
          onChange={(e) => updateAttributes({ caption: e.target.value })}
          placeholder="Kosongkan untuk memakai keterangan dari pustaka"
          className="mt-1 block w-full rounded border border-slate-400 px-2 py-1"
        />
      </label>
      <button type="button" onClick={deleteNode} className="mt-2 rounded bg-white px-2 py-1 font-semibold text-red-800 ring-1 ring-red-800">
        Hapus foto
      </button>
    </NodeViewWrapper>
  );
}
