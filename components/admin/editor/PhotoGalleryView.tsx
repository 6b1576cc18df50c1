import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { GALLERY_MAX } from "@/lib/body-photos";
import { type EditorPhoto, type PhotoNodeOptions, toEditorPhoto } from "./photos";
import { PhotoPreview } from "./PhotoPreview";

/** A gallery in the editor: each photo with its caption field and Hapus, and Tambah foto from the library. */
export function PhotoGalleryView({ node, updateAttributes, deleteNode, extension, selected }: ReactNodeViewProps) {
  const photos = node.attrs.photos as EditorPhoto[];
  const set = (next: EditorPhoto[]) => updateAttributes({ photos: next });
  const { pick } = extension.options as PhotoNodeOptions;
  return (
    <NodeViewWrapper as="section" aria-label="Galeri" data-gallery-editor="" className={`my-4 rounded border p-2 font-sans text-sm ${selected ? "border-slate-800" : "border-slate-300"}`} contentEditable={false}>
      <p className="font-semibold">Galeri · {photos.length} foto</p>
      {photos.length < 2 && <p className="text-red-800">Galeri perlu minimal 2 foto; dengan satu foto ia tampil sebagai foto biasa.</p>}
      {photos.length > GALLERY_MAX && <p className="text-red-800">Maksimal {GALLERY_MAX} foto per galeri.</p>}
      <ol className="mt-2 grid gap-3 sm:grid-cols-2">
        {photos.map((p, i) => (
          <li key={`${p.id}-${i}`} className="rounded bg-slate-50 p-2">
            <PhotoPreview path={p.path} id={p.id} />
            <label className="mt-1 block">
              <span className="font-semibold">Keterangan foto {i + 1}</span>
              <input
                value={p.caption}
                onChange={(e) => set(photos.map((q, j) => (j === i ? { ...q, caption: e.target.value } : q)))}
                placeholder="Kosongkan untuk memakai keterangan dari pustaka"
                className="mt-1 block w-full rounded border border-slate-400 px-2 py-1"
              />
            </label>
            <button type="button" onClick={() => set(photos.filter((_, j) => j !== i))} className="mt-1 rounded bg-white px-2 py-1 font-semibold text-red-800 ring-1 ring-red-800">
              Hapus foto {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <div className="mt-2 flex gap-2">
        <button type="button" onClick={() => pick(true, (picked) => set([...photos, ...picked.map(toEditorPhoto)]))} className="rounded bg-slate-800 px-2 py-1 font-semibold text-white">
          Tambah foto ke galeri
        </button>
        <button type="button" onClick={deleteNode} className="rounded bg-white px-2 py-1 font-semibold text-red-800 ring-1 ring-red-800">
          Hapus galeri
        </button>
      </div>
    </NodeViewWrapper>
  );
}
