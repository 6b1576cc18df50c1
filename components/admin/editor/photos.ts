import type { BodyPhoto } from "@/lib/body-photos";

/** One photo of the body as the editor holds it: the library id, the story's caption, and a preview path. */
export type EditorPhoto = { id: number; caption: string; path: string | null };

export type PhotoNodeOptions = {
  /** The library photos the loaded body refers to, for their previews (the body itself holds ids only). */
  photos: ReadonlyMap<number, BodyPhoto>;
  /** Opens "Pilih dari pustaka" (components/admin/MediaPicker.tsx) and hands back what was picked. */
  pick: (multiple: boolean, onPick: (photos: BodyPhoto[]) => void) => void;
};

export const toEditorPhoto = (p: BodyPhoto): EditorPhoto => ({ id: p.id, caption: "", path: p.path });
