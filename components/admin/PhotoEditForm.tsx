"use client";

import { useActionState } from "react";
import { deletePhotoAction, savePhotoAction } from "@/app/(admin)/admin/_actions/media";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FocalPointChooser } from "./FocalPointChooser";
import { FormMessage } from "./FormMessage";
import { SubmitButton } from "./SubmitButton";

type Props = {
  id: number;
  preview: string;
  width: number;
  height: number;
  initial: Record<"keterangan" | "kredit" | "alt" | "fokus_x" | "fokus_y", string>;
  /** Editors and admins may delete a photo no story uses. */
  canDelete: boolean;
};

/** "Edit foto" of the photo library: words kept with the photo, its focal point, and "Hapus foto". */
export function PhotoEditForm({ id, preview, width, height, initial, canDelete }: Props) {
  const [state, action] = useActionState<FormState, FormData>(savePhotoAction, {});
  const [removal, remove] = useActionState<FormState, FormData>(deletePhotoAction, {});
  const v = { ...initial, ...state.values };
  const e = state.errors ?? {};
  // Remounting on every answer makes the uncontrolled fields show what was posted.
  const key = JSON.stringify(state.values ?? null);
  return (
    <div className="space-y-6">
      <form key={key} action={action} noValidate className="space-y-4">
        <input type="hidden" name="id" value={id} />
        <FormMessage message={state.message} />
        <FocalPointChooser src={preview} width={width} height={height} initial={{ x: v.fokus_x, y: v.fokus_y }} errors={{ fokus_x: e.fokus_x, fokus_y: e.fokus_y }} />
        <Field label="Keterangan foto" name="keterangan" error={e.keterangan} hint="Berita dapat mengganti keterangan ini di badan beritanya.">
          <textarea {...describe("keterangan", e.keterangan, "x")} defaultValue={v.keterangan} rows={2} className={inputClass} />
        </Field>
        <Field label="Kredit foto" name="kredit" error={e.kredit} hint="Tampil sebagai “Foto: …”.">
          <input {...describe("kredit", e.kredit, "x")} defaultValue={v.kredit} className={inputClass} />
        </Field>
        <Field label="Teks alternatif" name="alt" error={e.alt} hint="Gambarkan isi foto untuk pembaca tunanetra.">
          <input {...describe("alt", e.alt, "x")} defaultValue={v.alt} className={inputClass} />
        </Field>
        <SubmitButton className="rounded bg-brand px-4 py-2.5 font-semibold text-white">Simpan foto</SubmitButton>
      </form>
      {canDelete && (
        <form action={remove} className="space-y-2 rounded border border-red-300 bg-red-50 p-3">
          <input type="hidden" name="id" value={id} />
          <FormMessage message={removal.message} />
          <p className="text-sm">Foto yang masih dipakai berita tidak dapat dihapus.</p>
          <SubmitButton className="rounded border border-red-700 bg-white px-4 py-2 font-semibold text-red-800">Hapus foto</SubmitButton>
        </form>
      )}
    </div>
  );
}
